"""One open article: its file, its `Article`, and whether it differs from what is on disk.

The body lives in the editor's QTextDocument while editing (Qt uses `\\n` internally); it is
copied into the `Article` with the file's own line ends only when it was edited, so an untouched
body saves byte-for-byte, CRLF, mixed line ends and all.

That copy (`editor_body`) is read from the editor once per edit, not once per reader: after a
typing pause the checks, the readability view and the recovery copy each asked for the whole
text (a 5 MB `toRawText` is 10-15 ms of the GUI thread, issue 18); now the first one reads it
and the others share it until the document's revision moves.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument

from redactie.core import storage
from redactie.core.article import Article, read_article_bytes
from redactie.core.article.dates import parse_date_text
from redactie.core.article.schema import DEFAULT_SCHEMA, Schema
from redactie.core.recovery import new_document_id
from redactie.gui.form.text_sync import document_text, editor_text, merge_line_ends

log = logging.getLogger(__name__)


class ArticleDocument(QObject):
    """The article behind a window; the window's widgets edit it, this class loads and saves."""

    modifiedChanged = Signal(bool)  # noqa: N815 (Qt signal naming)
    loaded = Signal()  # a new article replaced the old one (open, new, revert, reload)

    def __init__(self, body: QTextDocument, schema: Schema = DEFAULT_SCHEMA) -> None:
        super().__init__()
        self.schema = schema
        self.body_document = body
        self.document_id = new_document_id()
        self.path: Path | None = None
        self.article = Article.new()
        self.disk_hash: str | None = None
        self._saved_front_matter = ""
        self._clean_body = self.article.body  # the body as read or saved: the unmodified state
        self._front_matter_modified = False
        self._body_text = ""  # the editor's text as last read, at `_body_revision`
        self._body_revision = -1
        body.modificationChanged.connect(lambda _: self._emit_modified())

    # -- state ---------------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.body_document.isModified() or self._front_matter_modified

    def front_matter_edited(self) -> None:
        """The form or the raw panel changed the article's front matter."""
        self._front_matter_modified = self.article.front_matter_text != self._saved_front_matter
        self._emit_modified()

    def _emit_modified(self) -> None:
        self.modifiedChanged.emit(self.is_modified())

    def display_name(self) -> str:
        return self.path.name if self.path else ""

    # -- load ----------------------------------------------------------------------------------

    def new(self) -> None:
        """A new article from the schema's defaults (date now, in the site's timezone)."""
        article = Article.new()
        for key, value in self.schema.defaults().items():
            parsed = parse_date_text(value) if isinstance(value, str) else None
            article.set(key, parsed[0] if parsed else value)  # a date, not a date string
        self._replace(article, None, None)
        self._front_matter_modified = False

    def read(self, path: Path) -> tuple[bytes, Article]:
        """Read and parse `path` without showing it: raises `ArticleError`/`StorageError`, so
        the window can tell whether a file opens before asking about the current one."""
        data = read_article_bytes(path)
        return data, Article.from_bytes(data)

    def adopt(self, path: Path, data: bytes, article: Article) -> None:
        """Show an article `read` gave. One read: the bytes shown are the bytes hashed, so the
        change watcher compares against exactly what the journalist saw."""
        storage.remove_leftovers(path.parent)  # temp files of saves a crash interrupted
        self._replace(article, path.resolve(), storage.content_hash(data))
        log.info("opened %s (%d bytes)", self.path, len(data))

    def load(self, path: Path) -> None:
        """Open `path`; raises `ArticleError`/`StorageError` and keeps the old state then."""
        self.adopt(path, *self.read(path))

    def load_bytes(self, data: bytes, path: Path | None, *, disk_hash: str | None) -> None:
        """Show `data` as the document's content (recovery, "load theirs")."""
        self._replace(Article.from_bytes(data), path, disk_hash)

    def _replace(self, article: Article, path: Path | None, disk_hash: str | None) -> None:
        self.article = article
        self.path = path
        self.disk_hash = disk_hash
        self._saved_front_matter = article.front_matter_text
        self._clean_body = article.body
        self._front_matter_modified = False
        self.body_document.setPlainText(to_editor_text(article.body))
        self.body_document.setModified(False)
        self.body_document.clearUndoRedoStacks()
        self.loaded.emit()
        self._emit_modified()

    # -- save ----------------------------------------------------------------------------------

    def current_bytes(self) -> bytes:
        """What saving now would write: edits applied, untouched parts exactly as read."""
        self._sync_body()
        return self.article.to_bytes()

    def current_pieces(self) -> tuple[str, str]:
        """`current_bytes` as (head, body) strings, taken now but joined and encoded by the
        caller (the recovery writer's worker): no copy of the body on the GUI thread beyond
        the editor's one read, which the typing pause's other work shares."""
        self._sync_body()
        return self.article.head(), self.article.body

    def save(self, path: Path | None = None) -> None:
        """Write atomically to `path` (or the current file); raises `storage.SaveError`."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        data = self.current_bytes()
        storage.write_atomic(target, data)
        log.info("saved %s (%d bytes)", target, len(data))
        self.path = target.resolve()
        self.disk_hash = storage.content_hash(data)
        self._saved_front_matter = self.article.front_matter_text
        self._clean_body = self.article.body
        self._front_matter_modified = False
        self.body_document.setModified(False)
        self._emit_modified()

    def editor_body(self) -> str:
        """The editor's text ("\\n" line ends, no-break spaces kept), read again only when the
        document's revision moved (every edit, undo and redo moves it; so does highlighting,
        which then costs a read too many, never a stale text)."""
        revision = self.body_document.revision()
        if revision != self._body_revision:
            self._body_text = document_text(self.body_document.toRawText())
            self._body_revision = revision
        return self._body_text

    def _sync_body(self) -> None:
        if self.body_document.isModified():
            text = self.editor_body()
            self.article.body = from_editor_text(text, self.article.body, self.article.newline)
        else:  # undone back to the clean state: the body as read or saved, byte for byte
            self.article.body = self._clean_body


def to_editor_text(body: str) -> str:
    """Qt keeps paragraphs, not line ends: show `\\r\\n` and `\\r` as plain line breaks."""
    return editor_text(body)


def from_editor_text(text: str, old_body: str, newline: str) -> str:
    """Back to the file's line ends; with mixed line ends, unchanged lines keep their own."""
    # Scanned, never copied: this runs on the GUI thread for every recovery copy (issue 18).
    if "\r" not in old_body:
        return text if newline == "\n" else text.replace("\n", newline)
    crlf = old_body.count("\r\n")
    if old_body.count("\r") == crlf == old_body.count("\n"):  # CRLF throughout
        return text if newline == "\n" else text.replace("\n", newline)
    return merge_line_ends(old_body, text, newline)
