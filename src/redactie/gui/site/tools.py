"""Hooks the site features into a main window: a Site menu, a checks dock, a status part.

Kept outside `main_window.py` so the window grows by one line (`site.install(self)`), and so
these parts can be tested on the real window without the window knowing their insides.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from redactie.gui.site.checks_panel import ChecksPanel
from redactie.gui.site.checks_runner import ChecksRunner
from redactie.gui.site.controller import SiteController
from redactie.gui.site.export_dialog import ExportDialog
from redactie.gui.site.scan_status import ScanStatus
from redactie.gui.site.tag_warnings import TagWarnings

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow


class SiteTools(QObject):
    """Everything site-related of one window; `install()` makes one."""

    def __init__(self, window: MainWindow, *, sites_file: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.sites = SiteController(window.form, window, sites_file=sites_file)
        self.scan_status = ScanStatus(self.sites, window)
        self.checks_panel = ChecksPanel(window)
        self.checks_dock = QDockWidget(self.tr("Checks"), window)
        self.checks_dock.setObjectName("checks_dock")
        self.checks_dock.setWidget(self.checks_panel)
        self.checks = ChecksRunner(window, self.checks_panel, self.sites)
        self.tag_warnings = TagWarnings(window, self.sites)
        self.export_action = QAction(self.tr("&Export to Site…"), window)
        self.export_action.setObjectName("export_to_site")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_to_site())
        self.export_dialog: ExportDialog | None = None
        self.sites.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        scans = self.sites  # cancel a running scan when the window goes (not when asked)
        window.destroyed.connect(lambda _obj=None: scans.abandon_scan())

    def add_to_window(self) -> None:
        """The dock under the editor, the scan status in the status bar, a Site menu.

        Below, not beside: at 1280x720 three columns (form, editor, preview) already fill
        the width, and a short list of findings fits under them.
        """
        window = self.window
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        window.resizeDocks([self.checks_dock], [110], Qt.Orientation.Vertical)
        window.statusBar().addPermanentWidget(self.scan_status)
        menu = QMenu(self.tr("S&ite"), window)
        menu.setObjectName("site_menu")
        menu.addAction(self.sites.open_action)
        menu.addMenu(self.sites.sites_menu)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.checks_dock.toggleViewAction())
        window.menuBar().addMenu(menu)

    def export_to_site(self) -> ExportDialog | None:
        """Open the export dialog (window-modal, never blocking); asks for a site first."""
        if self.sites.site is None:
            QMessageBox.information(
                self.window,
                self.tr("No site chosen"),
                self.tr("Choose the Hugo site to export to first."),
            )
            if not self.sites.choose_site():
                return None
        site = self.sites.site
        assert site is not None
        document = self.window.document
        document.current_bytes()  # the editor's body into the article
        dialog = ExportDialog(
            document.article,
            site,
            source=document.path,
            known_tags=self.sites.known_tags(exclude=document.path),
            confirmed_tags=self.checks.confirmed_tags,
            parent=self.window,
        )
        dialog.tagConfirmed.connect(self.checks.confirm_tag)  # the panel agrees with the dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.export_dialog = dialog
        dialog.finished.connect(lambda _code: self._after_export(dialog))
        dialog.start()
        dialog.open()
        return dialog

    def _after_export(self, dialog: ExportDialog) -> None:
        """An exported article adds its tags to the site: bring the index up to date."""
        if dialog.export_result is not None and dialog.export_result.written:
            self.sites.start_scan()


def install(window: MainWindow, *, sites_file: Path | None = None) -> SiteTools:
    """Build the site features for `window` and add their menu, dock and status part."""
    tools = SiteTools(window, sites_file=sites_file)
    tools.add_to_window()
    return tools
