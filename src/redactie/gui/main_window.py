"""A minimal main window: raw front matter above, the body below, open and save.

The full window (front-matter form, highlighted editor, preview) is built on this in its own
issue; this one already goes through `Article`, so an unchanged article saves byte-exact and an
edit keeps the file's BOM, fences and line ends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPlainTextEdit, QSplitter

from redactie.core import storage
from redactie.core.article import Article, ArticleError


class MainWindow(QMainWindow):
    """The article's raw front matter and body, each in a plain text editor."""

    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        self.article = Article.new()
        self.front_matter = QPlainTextEdit(self)
        self.front_matter.setObjectName("front_matter")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("editor")
        for widget in (self.front_matter, self.editor):
            widget.document().modificationChanged.connect(self._update_title)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.front_matter)
        splitter.addWidget(self.editor)
        splitter.setSizes([200, 500])
        self.setCentralWidget(splitter)
        self.resize(1000, 700)
        menu = self.menuBar().addMenu(self.tr("&File"))
        for text, key, slot in (
            (self.tr("&Open…"), QKeySequence.StandardKey.Open, self._choose_file),
            (self.tr("&Save"), QKeySequence.StandardKey.Save, self.save),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(slot)
            menu.addAction(action)
        self._update_title()

    def open_path(self, path: Path) -> bool:
        """Load `path`; on failure a message names the file and the editor stays as it was."""
        try:
            article = Article.from_path(path)
        except (ArticleError, storage.StorageError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot open file"),
                self.tr("{0} cannot be opened:\n{1}").format(path, exc),
            )
            return False
        self.path = Path(path)
        self.article = article
        self.front_matter.setPlainText(article.front_matter_text)
        self.editor.setPlainText(article.body)
        for widget in (self.front_matter, self.editor):
            widget.document().setModified(False)
        self._update_title()
        return True

    def _modified(self) -> bool:
        return any(w.document().isModified() for w in (self.front_matter, self.editor))

    def _sync_article(self) -> None:
        """Copy edited text into the article; untouched parts keep their exact bytes."""
        newline = self.article.newline
        if self.front_matter.document().isModified():
            text = self.front_matter.toPlainText().replace("\n", newline)
            self.article.front_matter_text = text
        if self.editor.document().isModified():
            self.article.body = self.editor.toPlainText().replace("\n", newline)

    def save(self) -> bool:
        if self.path is None:
            return False
        self._sync_article()
        try:
            self.article.save(self.path)
        except storage.StorageError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot save file"),
                self.tr("{0} was not saved; your text is still here.\n{1}").format(self.path, exc),
            )
            return False
        for widget in (self.front_matter, self.editor):
            widget.document().setModified(False)
        self._update_title()
        return True

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open article"), "", self.tr("Markdown (*.md *.markdown);;All files (*)")
        )
        if name:
            self.open_path(Path(name))

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("Untitled")
        marker = "*" if self._modified() else ""
        self.setWindowTitle(f"{marker}{name} — redactie")
