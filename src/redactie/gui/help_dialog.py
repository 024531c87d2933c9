"""Help: every keyboard shortcut of the window, and a Markdown cheat sheet for Hugo articles.

The shortcut list is made from the window's own actions, so it can never disagree with the
menus; the cheat sheet is Markdown in `resources/help/`, shown with the app's own renderer.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from redactie.core.render import render_html
from redactie.gui.i18n import window_language
from redactie.resources import resources_dir


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action with a shortcut, in menu order, once each."""
    rows: dict[str, str] = {}
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if keys and text and text not in rows:
            rows[text] = keys
    return [(text.rstrip("…"), keys) for text, keys in rows.items()]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        _finish(self, self.table)


class CheatSheetDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheat_sheet_dialog")
        self.setWindowTitle(self.tr("Markdown Cheat Sheet"))
        language = "nl" if window_language() == "nl" else "en"
        source = resources_dir() / "help" / f"markdown.{language}.md"
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(render_html(source.read_text(encoding="utf-8")))
        _finish(self, self.browser)


def _finish(dialog: QDialog, body: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
