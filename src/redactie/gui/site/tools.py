"""The site features of one window: choosing the site, the checks dock, export, tag warnings,
and the newsroom over git (site status, article history, someone else on it, review).

`SiteTools(session, form, parent)` builds them on the article session; the window puts the
menu, the dock and the scan status where they belong and connects the rest (main_window.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QVBoxLayout, QWidget

from redactie.gui.form import FrontMatterForm
from redactie.gui.session import ArticleSession
from redactie.gui.site.checks_panel import ChecksPanel
from redactie.gui.site.checks_runner import ChecksRunner
from redactie.gui.site.controller import SiteController
from redactie.gui.site.link_checks import LinkChecks
from redactie.gui.site.others_notice import OthersNotice
from redactie.gui.site.publishing import Publishing
from redactie.gui.site.review_tools import ReviewTools
from redactie.gui.site.scan_status import ScanStatus
from redactie.gui.site.tag_warnings import TagWarnings
from redactie.gui.site.team_status import TeamStatus

if TYPE_CHECKING:  # the dialogs are imported when first opened: export alone cost ~50 ms a start
    from redactie.gui.site.export_dialog import ExportDialog
    from redactie.gui.site.history_dialog import HistoryDialog


class SiteTools(QObject):
    """Everything site-related of one window."""

    message = Signal(str)  # for the status bar

    def __init__(
        self,
        session: ArticleSession,
        form: FrontMatterForm,
        parent: QWidget,
        *,
        sites_file: Path | None = None,
        new_window: Callable[[], QWidget] | None = None,
        menu: QMenu | None = None,
    ) -> None:
        """`new_window`: the app's window factory, its window whole (later parts built: Reviews ▸
        Open shows a review in one, by its review tools); `menu`: the Site menu to fill (the
        window's, there before these tools), else a new one."""
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.sites = SiteController(session, form, parent, sites_file=sites_file)
        self.scan_status = ScanStatus(self.sites, parent)
        self.checks_panel = ChecksPanel(parent)
        self.checks_dock = QDockWidget(self.tr("Checks"), parent)
        self.checks_dock.setObjectName("checks_dock")
        self.checks_dock.setWidget(self.checks_panel)
        self.checks = ChecksRunner(session, self.checks_panel)
        self.link_checks = LinkChecks(session, self.checks)
        self.tag_warnings = TagWarnings(session)
        self.publishing = Publishing(session, parent)
        self.team_status = TeamStatus(session, parent)
        self.team_status.message.connect(self.message)
        self.others_notice = OthersNotice(session, self.team_status, parent)
        self.review = ReviewTools(
            session,
            self.checks,
            self.team_status,
            parent,
            form=form,
            open_site=lambda root: self.sites.open_site(root, quiet=True),
            new_window=new_window,
        )
        self.review.message.connect(self.message)
        self.notices = QWidget(parent)  # the strips above the editor: a review, someone else on it
        self.notices.setObjectName("site_notices")
        notices = QVBoxLayout(self.notices)
        notices.setContentsMargins(0, 0, 0, 0)
        notices.setSpacing(0)
        notices.addWidget(self.review.banner)
        notices.addWidget(self.others_notice)
        self.export_action = QAction(self.tr("&Export to Site…"), parent)
        self.export_action.setObjectName("export_to_site")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_to_site())
        self.export_dialog: ExportDialog | None = None
        self.history_action = QAction(self.tr("Article &History…"), parent)
        self.history_action.setObjectName("article_history")
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        self.history_dialog: HistoryDialog | None = None
        self.history_zone: tzinfo | None = None  # None: the computer's own (tests set one)
        self.sites.message.connect(self.message)
        self.tag_warnings.warned.connect(self.message)
        scans = self.sites  # cancel a running scan when the window goes (not when asked)
        parent.destroyed.connect(lambda _obj=None: scans.abandon_scan())
        self.menu = self._build_menu(menu)

    def _build_menu(self, menu: QMenu | None) -> QMenu:
        if menu is None:
            menu = QMenu(self.tr("S&ite"), self.parent_widget)
            menu.setObjectName("site_menu")
        menu.addAction(self.sites.open_action)
        menu.addMenu(self.sites.sites_menu)
        menu.addSeparator()
        menu.addAction(self.publishing.publish_at_action)
        menu.addAction(self.link_checks.action)
        menu.addAction(self.export_action)
        menu.addAction(self.checks_dock.toggleViewAction())
        menu.addSeparator()
        menu.addAction(self.history_action)
        menu.addAction(self.review.submit_action)
        menu.addAction(self.review.reviews_action)
        return menu

    def show_history(self) -> HistoryDialog:
        """The open article's versions (window-modal, read in a worker)."""
        from redactie.gui.site.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.session, self.parent_widget, zone=self.history_zone)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.message.connect(self.message)
        dialog.finished.connect(lambda _code: self._history_closed(dialog))
        self.history_dialog = dialog
        dialog.start()
        dialog.open()
        return dialog

    def _history_closed(self, dialog: HistoryDialog) -> None:
        if self.history_dialog is dialog:
            self.history_dialog = None
        dialog.deleteLater()

    def export_to_site(self) -> ExportDialog | None:
        """Open the export dialog (window-modal, never blocking); asks for a site first."""
        if self.sites.site is None and not self._ask_for_site():
            return None
        site = self.sites.site
        assert site is not None
        self.others_notice.check_now()  # someone else on it? said beside the export
        session = self.session
        from redactie.gui.site.export_dialog import ExportDialog

        dialog = ExportDialog(
            session.current_article(),
            site,
            source=session.path,
            known_tags=session.known_tags(),
            confirmed_tags=self.checks.confirmed_tags,
            parent=self.parent_widget,
            link_checks=self.link_checks,
        )
        dialog.tagConfirmed.connect(self.checks.confirm_tag)  # the panel agrees with the dialog
        dialog.draftOffRequested.connect(lambda: self._turn_off_draft(dialog))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.export_dialog = dialog
        dialog.finished.connect(lambda _code: self._after_export(dialog))
        dialog.start()
        dialog.open()
        return dialog

    def _turn_off_draft(self, dialog: ExportDialog) -> None:
        """`draft: false` in the window's article as one undoable edit, then export that."""
        self.session.edit_article(
            lambda article: article.set("draft", False), self.tr("Turn Off Draft"), keys=["draft"]
        )
        dialog.replan(self.session.current_article())

    def _ask_for_site(self) -> bool:
        """Export without a site: offer the remembered sites and the folder picker at once."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Export to Site"),
            self.tr("Which Hugo site should the article go to?"),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setObjectName("choose_site_for_export")
        offered: dict[object, Path] = {}
        for known in [k for k in self.sites.known_sites() if k.available][:4]:
            button = box.addButton(known.name or known.path.name, QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName(f"site:{known.path}")
            button.setToolTip(str(known.path))
            offered[button] = known.path
        choose = box.addButton(self.tr("Choose Site &Folder…"), QMessageBox.ButtonRole.ActionRole)
        choose.setObjectName("choose_site_folder")
        box.exec()
        clicked = box.clickedButton()
        if clicked in offered:
            return self.sites.open_site(offered[clicked])
        if clicked is choose:
            return self.sites.choose_site()
        return False

    def _after_export(self, dialog: ExportDialog) -> None:
        """An exported article adds its tags to the site: bring the index up to date."""
        if dialog.export_result is not None and dialog.export_result.written:
            self.sites.start_scan()
