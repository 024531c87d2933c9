"""A stand-in for the live preview with the interface the real one will have.

The window talks to the preview only through these methods, so the live preview can replace
this class without the window changing: it is told about a new article, about body edits
(with the position, as QTextDocument.contentsChange reports them), about front-matter changes,
and about the cursor's line for scroll sync.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from redactie.core.article import Article


class PreviewPane(QWidget):
    """Shows the article's title and a note that the live preview comes here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self._title = QLabel(self)
        self._title.setObjectName("preview_title")
        self._title.setWordWrap(True)
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        note = QLabel(self.tr("The live preview of the published page appears here."), self)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(note)
        layout.addStretch(2)
        self._article: Article | None = None

    def set_article(self, article: Article, base_folder: Path | None) -> None:
        self._article = article
        self.front_matter_changed()

    def body_changed(self, position: int, removed: int, added: int) -> None:
        """An edit in the body (the live preview patches only the blocks it touched)."""

    def front_matter_changed(self) -> None:
        title = self._article.get("title", "") if self._article is not None else ""
        self._title.setText(str(title) if title else "")

    def scroll_to_line(self, line: int) -> None:
        """Keep the block of the editor's `line` in view (live preview only)."""
