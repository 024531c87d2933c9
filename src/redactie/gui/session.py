"""The open article of one window, and the one object its feature modules know.

A window's parts (form, preview, checks, tag warnings, Pexels, spelling, site tools) never
reach into the window or into each other: they read the article, the site and the resolved
options here, make their front-matter edits here (one undo step each), and listen to what
happened. `main_window.py` builds the parts and connects them; nothing else does.

Every front-matter change, whoever makes it, ends in `frontMatterChanged`, so the checks
panel, the preview header and the form can never miss one (a chosen cover once left the
checks saying "no cover image" until the next keystroke).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QUndoCommand, QUndoStack

from redactie.core.article import Article
from redactie.core.settings import Settings
from redactie.gui.document import ArticleDocument, to_editor_text

if TYPE_CHECKING:  # the site's code loads with the site (not before the window's first paint)
    from redactie.core.options import ArticleOptions
    from redactie.core.site import Site
    from redactie.core.site.tags import KnownTags, TaxonomyIndex


@dataclass(frozen=True)
class FrontMatterChange:
    """What changed in the front matter: the keys (empty when unknown) and who changed it."""

    keys: frozenset[str] = frozenset()
    origin: object | None = None  # the widget that made the edit; None for session edits


class ArticleSession(QObject):
    """One window's article: its document, its site, the options and the edits on it."""

    loaded = Signal()  # another article (open, new, revert, reload)
    saved = Signal(object)  # Path
    modifiedChanged = Signal(bool)  # noqa: N815 (Qt signal naming)
    frontMatterChanged = Signal(object)  # noqa: N815 - FrontMatterChange
    bodyChanged = Signal(int, int, int)  # noqa: N815 - position, removed, added
    siteChanged = Signal(object)  # noqa: N815 - Site | None
    tagIndexChanged = Signal(object)  # noqa: N815 - TaxonomyIndex | None

    def __init__(self, body: QTextDocument, settings: Settings, *, parent: QObject) -> None:
        super().__init__(parent)
        self.document = ArticleDocument(body)
        self.document.setParent(self)
        self.settings = settings
        self.site: Site | None = None
        self.tag_index: TaxonomyIndex | None = None
        self.undo_stack = QUndoStack(self)  # front-matter edits made by the app's actions
        self.document.loaded.connect(self._on_loaded)
        self.document.modifiedChanged.connect(self.modifiedChanged)
        body.contentsChange.connect(self.bodyChanged)

    # -- what is open --------------------------------------------------------------------------

    @property
    def article(self) -> Article:
        """The article as last synchronized; `current_article()` brings the body in first."""
        return self.document.article

    @property
    def path(self) -> Path | None:
        return self.document.path

    @property
    def folder(self) -> Path | None:
        return self.document.path.parent if self.document.path else None

    def current_article(self) -> Article:
        """The article with the editor's body in it, as saving now would write it."""
        self.document.current_bytes()
        return self.document.article

    def text_field(self, key: str) -> str:
        value = self.article.get(key, "")
        return value if isinstance(value, str) else ""

    def tags(self) -> list[str]:
        value = self.article.get("tags", None)
        items = value if isinstance(value, list) else [] if value in (None, "") else [value]
        return [str(item) for item in items]

    def known_tags(self) -> KnownTags | None:
        """The site's tags as this file's checks see them (counts without its own saved use;
        a tag only it uses, as saved, is still not new); None before the site's scan."""
        if self.tag_index is None:
            return None
        return self.tag_index.known("tags", exclude=self.path)

    # -- the site and the options --------------------------------------------------------------

    def set_site(self, site: Site | None) -> None:
        self.site = site
        self.tag_index = None
        self.siteChanged.emit(site)

    def set_tag_index(self, index: TaxonomyIndex | None) -> None:
        self.tag_index = index
        self.tagIndexChanged.emit(index)

    @property
    def options(self) -> ArticleOptions:
        """Each option's one value: the site's `redactie.toml`, else the user's, else default.

        Resolved on every read (it is cheap), so a changed setting is never stale."""
        from redactie.core.options import resolve

        return resolve(self.site, self.settings)

    # -- edits ---------------------------------------------------------------------------------

    def front_matter_edited(self, origin: object | None = None, keys: Iterable[str] = ()) -> None:
        """A widget (the form, the raw panel) changed the front matter itself."""
        self.document.front_matter_edited()
        self.frontMatterChanged.emit(FrontMatterChange(frozenset(keys), origin))

    def edit_front_matter(self, values: Mapping[str, object], text: str) -> None:
        """Set these keys as one undo step (`values` in file order, dotted keys allowed)."""
        self.edit_article(lambda article: _set_all(article, values), text, keys=values)

    def replace_in_body(self, start: int, end: int, old: str, new: str) -> bool:
        """Replace `old` at body offsets [start, end) by `new`, as one undo step of the text;
        False (nothing changed) when the text there is no longer `old`."""
        body = self.current_article().body
        if body[start:end] != old:
            return False
        cursor = QTextCursor(self.document.body_document)
        cursor.setPosition(_body_position(body, start))
        cursor.setPosition(_body_position(body, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(new)
        cursor.endEditBlock()
        return True

    def edit_article(
        self, change: Callable[[Article], object], text: str, *, keys: Iterable[str] = ()
    ) -> bool:
        """Run `change` on the article as one undo step; False when nothing changed.

        A change to the body (a check's fix such as link-entity) goes into the editor as one
        edit of the changed stretch, undone with the editor's own Undo."""
        article = self.current_article()
        before, body_before = article.front_matter_text, article.body
        change(article)
        after = article.front_matter_text
        body_changed = article.body != body_before
        if body_changed:
            self._replace_body(to_editor_text(body_before), to_editor_text(article.body))
        if after == before:
            return body_changed
        self.undo_stack.push(_FrontMatterEdit(self, before, after, text, frozenset(keys)))
        return True

    def _replace_body(self, old: str, new: str) -> None:
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end = 0
        while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
            end += 1
        cursor = QTextCursor(self.document.body_document)
        cursor.beginEditBlock()
        cursor.setPosition(_utf16(old[:start]))
        cursor.setPosition(_utf16(old[: len(old) - end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[start : len(new) - end])
        cursor.endEditBlock()

    def _set_front_matter_text(self, text: str, keys: frozenset[str]) -> None:
        self.document.article.front_matter_text = text
        self.front_matter_edited(None, keys)

    def _on_loaded(self) -> None:
        self.undo_stack.clear()  # another article: undoing a cover of the last one is wrong
        self.loaded.emit()

    # -- file ----------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Write atomically; raises `storage.SaveError` (the document stays unsaved then)."""
        self.document.save(path)
        self.saved.emit(self.document.path)


class _FrontMatterEdit(QUndoCommand):
    """An app edit of the front matter: undo and redo swap the whole front-matter text."""

    def __init__(
        self, session: ArticleSession, before: str, after: str, text: str, keys: frozenset[str]
    ) -> None:
        super().__init__(text)
        self._session = session
        self._before = before
        self._after = after
        self._keys = keys

    def redo(self) -> None:
        self._session._set_front_matter_text(self._after, self._keys)

    def undo(self) -> None:
        self._session._set_front_matter_text(self._before, self._keys)


def _utf16(text: str) -> int:
    """A position in a QTextDocument: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _set_all(article: Article, values: Mapping[str, object]) -> None:
    for key, value in values.items():
        article.set(key, value)


def _body_position(text: str, index: int) -> int:
    """An index in the article's body as a position in the editor: an emoji counts two there,
    and a CRLF file's line ends are one character (the editor holds `\n` only)."""
    before = text[:index]
    return len(before.encode("utf-16-le")) // 2 - before.count("\r\n")
