"""A whole other version of the article (an earlier one, a chosen mix) as ONE undo step.

The body lives in the editor's document and the front matter in the article, each with its own
undo history. The new body goes in as one edit block on the editor's document; the front
matter follows that step: undoing it in the editor puts the old front matter back, redoing it
the new one. A new edit after the undo drops the restore for good (as it drops any redo).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from redactie.core.article import Article
from redactie.gui.document import to_editor_text
from redactie.gui.session import ArticleSession


def replace_article_text(session: ArticleSession, text: str) -> bool:
    """Make the open article `text` as one undoable edit; False when it already was.

    Raises `ArticleError` when `text` is not an article (nothing changed then)."""
    new = Article.from_bytes(text.encode("utf-8"))
    article = session.current_article()
    before, after = article.front_matter_text, new.front_matter_text
    body = session.document.body_document
    new_body = to_editor_text(new.body)
    if before == after and body.toPlainText() == new_body:
        return False
    cursor = QTextCursor(body)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(new_body)
    cursor.endEditBlock()
    if before != after:
        _FrontMatterFollower(session, before, after, body.toPlainText())
        _set_front_matter(session, after)
    return True


def _set_front_matter(session: ArticleSession, text: str) -> None:
    session.document.article.front_matter_text = text
    session.front_matter_edited(None)


class _FrontMatterFollower(QObject):
    """Keeps the front matter with the editor's restore step while that step is undone/redone."""

    def __init__(self, session: ArticleSession, before: str, after: str, body: str) -> None:
        super().__init__(session)
        self.session = session
        self.before, self.after, self.body = before, after, body
        self.document = session.document.body_document
        self.steps = self.document.availableUndoSteps()  # with the restore on top
        self.applied = True
        self.document.contentsChanged.connect(self._check)
        session.loaded.connect(self._detach)

    def _check(self) -> None:
        count = self.document.availableUndoSteps()
        if self.applied and count < self.steps:
            self.applied = False
            _set_front_matter(self.session, self.before)
        elif not self.applied and count >= self.steps:
            if self.document.toPlainText() != self.body:  # a new edit, not the redo
                self._detach()
                return
            self.applied = True
            _set_front_matter(self.session, self.after)

    def _detach(self) -> None:
        self.document.contentsChanged.disconnect(self._check)
        self.session.loaded.disconnect(self._detach)
        self.deleteLater()
