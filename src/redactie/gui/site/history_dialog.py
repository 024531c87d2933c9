"""Site ▸ History: the commits that touched the open article, renames followed.

Loaded in a pool worker (`core.team.article_history`); each version can be compared with the
text in the window (the side-by-side comparison, taking per change) or put back whole. Either
way the result goes into the editor as ONE undoable edit (`version_restore.py`); nothing is
saved or committed here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redactie.core.article import ArticleError
from redactie.core.team import HistoryEntry, article_history, text_at
from redactie.gui.compare_dialog import CompareDialog
from redactie.gui.messages import describe
from redactie.gui.session import ArticleSession
from redactie.gui.site.team_worker import TeamWorkers
from redactie.gui.site.version_restore import replace_article_text

PAGE = 200  # versions per page: a long-lived article can have thousands


def local_time(entry: HistoryEntry, zone: tzinfo | None = None) -> str:
    """The commit's time in `zone` (the computer's own when None), in the UI's language."""
    moment = entry.when.astimezone(zone)
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(when, "d MMMM yyyy HH:mm")


class HistoryDialog(QDialog):
    """The open article's versions; Compare and Restore act on the chosen one."""

    message = Signal(str)  # for the status bar

    def __init__(
        self, session: ArticleSession, parent: QWidget | None = None, *, zone: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.session = session
        self.zone = zone
        self.path: Path | None = session.path
        self.entries: list[HistoryEntry] = []
        self.page = PAGE  # versions read at a time
        self.loading = False
        self.compare_dialog: CompareDialog | None = None
        self.workers = TeamWorkers(self)
        name = self.path.name if self.path else session.document.display_name()
        self.setWindowTitle(self.tr("History of {0}").format(name))
        self.status = QLabel(self)
        self.status.setObjectName("history_status")
        self.status.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("history_list")
        self.list.setHeaderLabels([self.tr("When"), self.tr("Author"), self.tr("Message")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 150)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.more_button = self._button(buttons, self.tr("&Older Versions"), "history_more")
        self.more_button.setToolTip(self.tr("Read the next older versions"))
        self.more_button.clicked.connect(lambda _checked=False: self.load_more())
        self.more_button.setAutoDefault(False)  # Enter compares, as before; it never pages
        self.more_button.hide()
        self.compare_button = self._button(buttons, self.tr("&Compare"), "history_compare")
        self.restore_button = self._button(
            buttons, self.tr("&Restore This Version"), "history_restore"
        )
        self.compare_button.clicked.connect(lambda _checked=False: self.compare())
        self.restore_button.clicked.connect(lambda _checked=False: self.restore())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.compare())
        self._update_buttons()
        self.resize(720, 420)

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    # -- loading -------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the history in a worker; the list fills when it is there."""
        path = self.path
        if path is None:
            self.status.setText(self.tr("Save the article first: only a saved file has a history."))
            return
        self.loading = True
        self.status.setText(self.tr("Reading the history…"))
        self._read(path, 0)

    def load_more(self) -> None:
        """The next page of older versions, added below the ones shown."""
        if self.path is None or self.loading:
            return
        self.loading = True
        self.more_button.setEnabled(False)
        self._read(self.path, len(self.entries))

    def _read(self, path: Path, skip: int) -> None:
        page = self.page
        self.workers.run(
            lambda: article_history(path, limit=page, skip=skip), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, entries: list[HistoryEntry]) -> None:
        self.loading = False
        first_page = not self.entries
        self.entries.extend(entries)
        self.more_button.setVisible(len(entries) == self.page)  # a full page: maybe more
        self.more_button.setEnabled(True)
        if not self.entries:
            self.status.setText(self.tr("No commit has touched this file yet."))
        else:
            self.status.setText(
                self.tr("Choose a version to compare with your text or to put back.")
            )
        items = []
        for entry in entries:
            item = QTreeWidgetItem([local_time(entry, self.zone), entry.author, entry.message])
            item.setToolTip(0, entry.sha[:12])
            item.setToolTip(1, entry.email)
            item.setToolTip(2, entry.path)
            self.list.addTopLevelItem(item)
            items.append(item)
        if items and first_page:
            self.list.setCurrentItem(items[0])
        self._update_buttons()

    def _on_failed(self, error: BaseException) -> None:
        self.loading = False
        self.status.setText(describe(error))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.chosen() is not None
        self.compare_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def chosen(self) -> HistoryEntry | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- acting on a version -------------------------------------------------------------------

    def compare(self) -> None:
        """The chosen version beside the window's text; the choices become one undo step."""
        self._with_text(self._compare)

    def restore(self) -> None:
        """The chosen version, whole, in the editor as one undo step (not saved)."""
        self._with_text(self._restore)

    def _with_text(self, then: Callable[[HistoryEntry, str], None]) -> None:
        entry, path = self.chosen(), self.path
        if entry is None or path is None or self.loading:
            return
        self.loading = True
        self._update_buttons()

        def done(text: str) -> None:
            self.loading = False
            self._update_buttons()
            then(entry, text)

        self.workers.run(lambda: text_at(path.parent, entry.sha, entry.path), done, self._on_failed)

    def _compare(self, entry: HistoryEntry, text: str) -> None:
        mine = self.session.current_article().to_bytes().decode("utf-8", "replace")
        when = local_time(entry, self.zone)
        dialog = CompareDialog(
            mine,
            text,
            self,
            title=self.tr("Your Text and the Version of {0}").format(when),
            theirs_label=f"{when}, {entry.author}",
            take_theirs=self.tr("Take &That Version"),
            intro=self.tr(
                "Tick the changes to take from the earlier version; the rest stays as it is now. "
                "Your choice is one step you can undo; nothing is saved until you save."
            ),
        )
        dialog.setObjectName("history_compare_dialog")
        self.compare_dialog = dialog
        dialog.finished.connect(lambda _code: self._after_compare(dialog, entry))
        dialog.open()

    def _after_compare(self, dialog: CompareDialog, entry: HistoryEntry) -> None:
        self.compare_dialog = None
        dialog.deleteLater()
        if dialog.merged is not None:
            self._apply(entry, dialog.merged, self.tr("Took changes from the version of {0}."))

    def _restore(self, entry: HistoryEntry, text: str) -> None:
        self._apply(entry, text, self.tr("Put back the version of {0}; Undo takes it back."))

    def _apply(self, entry: HistoryEntry, text: str, said: str) -> None:
        try:
            changed = replace_article_text(self.session, text)
        except ArticleError as exc:
            self.status.setText(describe(exc))
            return
        when = local_time(entry, self.zone)
        self.message.emit(said.format(when) if changed else self.tr("That is already your text."))
        if changed:
            self.accept()
