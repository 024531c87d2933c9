"""A read-only unified diff in a monospace font, added lines green and removed lines red, so
the journalist sees at a glance what the export will change in the site."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def _format(foreground: str, background: str | None = None, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(foreground))
    if background is not None:
        fmt.setBackground(QColor(background))
    if bold:
        fmt.setFontWeight(700)
    return fmt


class DiffHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.added = _format("#1e5e2a", "#e6f4ea")
        self.removed = _format("#8a1c1c", "#fbe9e9")
        self.header = _format("#555555", bold=True)
        self.hunk = _format("#5a3d99")

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        if text.startswith(("+++", "---")):
            fmt = self.header
        elif text.startswith("+"):
            fmt = self.added
        elif text.startswith("-"):
            fmt = self.removed
        elif text.startswith("@@"):
            fmt = self.hunk
        else:
            return
        self.setFormat(0, len(text), fmt)


class DiffView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_diff")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = DiffHighlighter(self.document())
