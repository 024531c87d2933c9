"""The live preview: the article as the site will show it, patched block by block as you type.

Edits arrive as the editor document's `contentsChange`; the changed lines go to the
`IncrementalRenderer` and its patch goes to the page with `runJavaScript` at once (no fixed
delay; many edits in one event, like a replace-all, are taken together), one patch in
flight at a time (edits made meanwhile wait and go together). What
the engine cannot patch on its own is rendered whole in a worker process and replayed. Only
the first page is loaded (from the `redactie:` scheme, so size is no issue); everything after
is patches. A long article opens with its first screen; the rest streams from the worker in
parts, and every patch goes to the page in pieces of `piece_chars` of HTML, one in flight, so
neither the GUI thread nor the page is held long by one. The window wires the editor in
(see `attach_document` and the slots below).
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QTextDocument
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from redactie.core.article import Article
from redactie.core.article.textstats import TextStats, text_stats
from redactie.core.render import confirm
from redactie.core.render.blocks import BlockCache
from redactie.core.render.disk_cache import DiskBlockStore
from redactie.core.render.fold import BlockRecord, FullRendering, Stream, render_full
from redactie.core.render.highlight import Highlighting, highlight_fences, uncoloured
from redactie.core.render.incremental import IncrementalRenderer
from redactie.core.render.patch import Op, as_json, take_piece
from redactie.core.render.request import RenderRequest
from redactie.core.render.sanitize import page_gate
from redactie.core.site.site import find_site_root
from redactie.gui.preview import template
from redactie.gui.preview.view import PageBridge, PreviewView
from redactie.gui.preview.web import PreviewPage, make_profile, page_url, register_scheme
from redactie.gui.preview.worker import RenderWorker
from redactie.gui.theme import is_dark

log = logging.getLogger(__name__)
_BLANK_LINE_RE: Final = re.compile(r"\n[ \t]*(?=\n|\Z)")

SYNC_RENDER_CHARS: Final = 16_000  # full renders this small run on the GUI thread
FIRST_OPEN_CHARS: Final = 48_000  # articles this small open fully rendered
FIRST_SCREEN_CHARS: Final = 8_000  # longer ones open with this much (2-3 screens); the rest follows
CONFIRM_PAUSE_MS: Final = 2_000  # a typing pause this long: a full render confirms the page
# ... on a site that allows raw HTML only up to this long: there the worker's whole render is
# taken in (~8 ms of GUI thread at 200 KB, ~220 ms at 5 MB); elsewhere it sends only what
# differs (`render.confirm`), at any length.
CONFIRM_WHOLE_MAX_CHARS: Final = 200_000
COUNT_ON_OPEN_CHARS: Final = 100_000  # below this the reading time is counted on open
PIECE_CHARS: Final = 24_000  # HTML per patch sent to the page, and per streamed part


class PreviewPane(QWidget):
    """Shows the article; `updated(revision)` once the page holds that edit."""

    scrolledToLine = Signal(int)  # noqa: N815 (the reader scrolled the preview to this line)
    updated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        register_scheme()
        self.sync_action = QAction(self.tr("Synchronized Scrolling"), self)
        self.sync_action.setCheckable(True)
        self.sync_action.setChecked(True)
        # The view first: children are deleted in order, and a page must go before its profile.
        self.view = PreviewView(self.sync_action, self)
        self._profile, self._handler = make_profile(self)
        self.page = PreviewPage(self._profile, self.view)
        self.view.setPage(self.page)
        self._bridge = PageBridge(self)
        channel = QWebChannel(self.page)
        channel.registerObject("bridge", self._bridge)
        self.page.setWebChannel(channel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._engine = IncrementalRenderer()
        self._cache = BlockCache(disk=DiskBlockStore())  # opened on first use, written in a thread
        self._worker = RenderWorker(self)
        self._document: QTextDocument | None = None
        self._article: Article | None = None
        self._base_folder: Path | None = None
        self._static_folders: list[Path] = []
        self._site_set = False  # until the window says, the site is found from the file
        self._unsafe = False
        self._highlighting = Highlighting()  # Hugo's defaults until a site says otherwise
        self._reading: int | None = None
        self._version = 0
        self._page_ready = False
        self._queue: list[Op] = []
        self._queued_revision = 0
        self._in_flight = False
        self.piece_chars = PIECE_CHARS  # tests set a small one
        self._full_wanted = False
        self._reload_wanted = False
        self._shown_header: dict[str, str] = {}
        self._cursor_line = -1
        self._following_reader = False
        self._reveal_wanted = False
        self._process_timer = QTimer(self)
        self._process_timer.setSingleShot(True)
        self._process_timer.setInterval(0)
        self._turn_timer = QTimer(self)  # running: an edit was handled in this turn
        self._turn_timer.setSingleShot(True)
        self._turn_timer.setInterval(0)

        self.confirm_timer = QTimer(self)  # a typing pause: confirm the patched page
        self.confirm_timer.setSingleShot(True)
        self.confirm_timer.setInterval(CONFIRM_PAUSE_MS)  # tests set a shorter one

        self._process_timer.timeout.connect(self._process)
        self.confirm_timer.timeout.connect(self._confirm)
        self._worker.rendered.connect(self._on_rendered)
        self._worker.part.connect(self._on_part)
        self.page.loadFinished.connect(self._on_load_finished)
        self._bridge.scrolled.connect(self._on_page_scrolled)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_scheme)

    # -- the window's interface ------------------------------------------------------------

    def attach_document(self, document: QTextDocument) -> None:
        """The editor's document: the preview reads the changed lines from it."""
        self._document = document

    def set_article(self, article: Article, base_folder: Path | None) -> None:
        """A new article: render it and load the page (the only page load per article)."""
        self._article = article
        self._base_folder = base_folder
        self._handler.article_folder = base_folder
        self._handler.static_folders = (
            self._static_folders if self._site_set else find_static_folders(base_folder)
        )
        text = self._editor_text(article)
        self._reading = (
            text_stats(text).reading_minutes if len(text) <= COUNT_ON_OPEN_CHARS else None
        )
        self._worker.cancel()
        self._full_wanted = self._reload_wanted = False
        self._process_timer.stop()
        self.confirm_timer.stop()
        self._engine.unsafe = self._unsafe
        self._engine.reset(text)
        revision, snapshot = self._engine.snapshot()
        if len(snapshot) <= FIRST_OPEN_CHARS:
            self._engine.install(
                revision, render_full(snapshot, unsafe=self._unsafe, cache=self._cache)
            )
        else:
            screen = first_screen(snapshot)
            first = render_full(screen, unsafe=self._unsafe, cache=self._cache)
            self._engine.provisional(first)
            stream = Stream(screen.count("\n") + 1, self.piece_chars)
            self._render_in_worker(revision, snapshot, stream=stream)
        self._load_page()

    def body_changed(self, position: int, removed: int, added: int) -> None:
        """An edit in the editor's document (its `contentsChange`)."""
        document = self._document
        if document is None or self._article is None:
            return
        if added > 100_000 or (position == 0 and added >= document.characterCount() - 1):
            self._reload_wanted = True  # the whole text was replaced: read it whole
            self._process_timer.start()
            return
        lines = self._engine.lines
        first = document.findBlock(position)
        last = document.findBlock(position + added)
        first = first if first.isValid() else document.lastBlock()
        last = last if last.isValid() else document.lastBlock()
        new_lines: list[str] = []
        block = first
        for _ in range(last.blockNumber() - first.blockNumber() + 1):
            new_lines.append(block.text())
            block = block.next()
        removed_lines = len(new_lines) - (document.blockCount() - len(lines))
        start = first.blockNumber()
        if removed_lines < 0 or start + removed_lines > len(lines):
            self._reload_wanted = True
            self._process_timer.start()
        elif self._engine.change(start, removed_lines, new_lines):
            self._schedule()

    def _schedule(self) -> None:
        """Update now, before the editor even repaints; but when an edit was already handled
        in this turn of the event loop (a replace-all makes hundreds), update once after it."""
        if self._process_timer.isActive():
            return
        if self._turn_timer.isActive():
            self._process_timer.start()
            return
        self._turn_timer.start()
        self._process()

    def front_matter_changed(self) -> None:
        """The form changed the front matter: show the new header now."""
        if self._article is None:
            return
        parts = self._header().parts()
        changed = {k: v for k, v in parts.items() if self._shown_header.get(k) != v}
        if self._page_ready and changed:
            self._shown_header = parts
            self._run(f"redactie.setHeader({json.dumps(changed)})")

    def scroll_to_line(self, line: int) -> None:
        """The editor's cursor is on `line` (0-based): keep its block in view."""
        if line == self._cursor_line:
            return
        self._cursor_line = line
        self._reveal()

    def align_to_line(self, line: int) -> None:
        """The editor scrolled to show `line` at its top: scroll the preview along."""
        if not self._syncing() or self._following_reader:
            return
        block = self._engine.block_at(line)
        if block is None:
            return
        span = max(1, block.end - block.start)
        fraction = min(1.0, max(0.0, (line - block.start) / span))
        self._run(f"redactie.align({block.id}, {fraction:.4f})")

    def show_stats(self, stats: TextStats) -> None:
        """The editor's word count (its `statsChanged`): the header's reading time."""
        if stats.reading_minutes != self._reading:
            self._reading = stats.reading_minutes
            self.front_matter_changed()

    def set_site(
        self,
        static_folders: Sequence[Path] = (),
        *,
        unsafe: bool = False,
        stylesheet: Path | None = None,
        highlighting: Highlighting | None = None,
    ) -> None:
        """The site's settings (`Site.static_dirs`, `hugo.unsafe_html`, a preview CSS file
        that replaces the bundled PaperMod look, its `[markup.highlight]`, None for Hugo's
        defaults); re-renders the article shown."""
        self._site_set = True
        self._static_folders = list(static_folders)
        self._unsafe = unsafe
        self._highlighting = highlighting or Highlighting()
        self._handler.stylesheet = stylesheet
        self._cache.clear()
        if self._article is not None:
            self.set_article(self._article, self._base_folder)

    def show_alternate(self, widget: QWidget | None) -> None:
        """Show `widget` (the Site preview) in place of the quick preview, or None to show the
        quick preview again; it keeps following the edits meanwhile."""
        layout = self.layout()
        assert layout is not None
        if widget is not None and layout.indexOf(widget) < 0:
            layout.addWidget(widget)
        for index in range(layout.count()):
            entry = layout.itemAt(index)
            item = entry.widget() if entry is not None else None
            if item is not None and item is not self.view:
                item.setVisible(item is widget)
        self.view.setVisible(widget is None)

    def body_html(self) -> str:
        """The body as the page holds it once every patch has arrived, before the page gate
        colours its code (for tests)."""
        return self._engine.html()

    def is_current(self) -> bool:
        """Whether the page shows the text as it is now, exactly (nothing left to send)."""
        return (
            self._page_ready
            and not self._in_flight
            and not self._queue
            and not self._process_timer.isActive()
            and not self._reload_wanted
            and not self._engine.needs_full
        )

    @property
    def revision(self) -> int:
        """The number of the latest edit (`updated` reports it once the page has it)."""
        return self._engine.revision

    # -- rendering -------------------------------------------------------------------------

    def _editor_text(self, article: Article) -> str:
        if self._document is not None:
            return self._document.toRawText().replace("\u2029", "\n")
        return article.body.replace("\r\n", "\n").replace("\r", "\n")

    def _process(self) -> None:
        if self._reload_wanted and self._article is not None:
            self._reload_wanted = False
            self._engine.reset(self._editor_text(self._article))
            self._request_full()
            return
        update = self._engine.update()
        self._send(update.ops)
        if update.full:
            self._request_full()
        elif self._engine.confirming and self._can_confirm():
            self.confirm_timer.start()

    def _can_confirm(self) -> bool:
        document = self._document
        short = document is not None and document.characterCount() <= CONFIRM_WHOLE_MAX_CHARS
        return short or not self._unsafe

    def _confirm(self) -> None:
        """A typing pause after patches: a full render in the background (the worker, or here
        when the text is short) confirms the page. The worker compares it with what the page
        holds and answers with what differs (`render.confirm`), normally nothing; a difference
        is sent and logged, as it is a fault of the incremental path."""
        if self._engine.confirming and not self._worker.busy and not self._full_wanted:
            self._request_full(confirming=True)

    def _request_full(self, *, confirming: bool = False) -> None:
        if self._worker.busy:
            self._full_wanted = True
            return
        revision, text = self._engine.snapshot()
        if len(text) <= SYNC_RENDER_CHARS:
            self._on_rendered(revision, render_full(text, unsafe=self._unsafe, cache=self._cache))
        else:
            page = confirm.page_state(self._engine) if confirming else None
            self._render_in_worker(revision, text, compare_with=page)

    def _render_in_worker(
        self,
        revision: int,
        text: str,
        *,
        stream: Stream | None = None,
        compare_with: confirm.PageState | None = None,
    ) -> None:
        """A full render of `text` in the worker process, in this site's settings."""
        request = RenderRequest(
            revision, text, self._unsafe, stream, self._highlighting, compare_with
        )
        self._worker.render(request)

    def _on_part(self, revision: int, records: tuple[BlockRecord, ...]) -> None:
        """The next blocks of a streamed render (a long article's first open): shown now."""
        update = self._engine.install_part(revision, records)
        if update.ops:
            self._send(update.ops)

    def _on_rendered(
        self, revision: int, result: FullRendering | confirm.Confirmation | None
    ) -> None:
        if result is None:  # the worker failed: render here rather than show nothing
            revision, text = self._engine.snapshot()
            result = render_full(text, unsafe=self._unsafe)
        corrections = self._engine.corrections
        if isinstance(result, confirm.Confirmation):  # compared in the worker
            update = confirm.apply(self._engine, revision, result)
        else:
            update = self._engine.install(revision, result)
        if self._engine.corrections > corrections:
            log.warning("the live preview differed from a full render; the page was corrected")
        self._send(update.ops)
        wanted = self._full_wanted or update.full
        self._full_wanted = False
        if wanted and self._engine.needs_full and not self._worker.busy:
            revision, text = self._engine.snapshot()
            if len(text) > SYNC_RENDER_CHARS:
                self._render_in_worker(revision, text)
            else:
                follow = self._engine.install(revision, render_full(text, unsafe=self._unsafe))
                self._send(follow.ops)

    # -- the page --------------------------------------------------------------------------

    def _header(self) -> template.Header:
        assert self._article is not None
        header = template.render_header(self._article, self._reading, unsafe=self._unsafe)
        gate = self._gate()
        return template.Header(gate(header.header), gate(header.cover), gate(header.summary))

    def _gate(self) -> Callable[[str], str]:
        """The page gate (`render.sanitize.page_gate`), fenced code coloured first as the
        site's Hugo colours it (`render.highlight`): every piece of HTML passes here. What
        the worker rendered comes coloured already (`LiveBlock.shown`); only blocks rendered
        here (the first screen, a keystroke's few) are coloured here."""
        gate = page_gate(self._unsafe)
        settings = self._highlighting
        if not settings.code_fences:
            return gate
        return lambda html: gate(highlight_fences(html, settings) if uncoloured(html) else html)

    def _load_page(self) -> None:
        assert self._article is not None
        self._version += 1
        nonce = template.new_nonce()
        engine = self._engine
        gate = self._gate()
        if engine.whole is not None:  # the whole body, footnotes included, as one piece
            body = template.block_marker(nonce, 0) + gate(engine.whole)
            body += template.notes_marker(nonce)
        else:
            body = "".join(
                template.block_marker(nonce, b.id) + gate(b.page_html()) for b in engine.blocks
            )
            body += template.notes_marker(nonce) + gate(engine.footnotes)
        header = self._header()
        self._shown_header = header.parts()
        title = str(self._article.get("title", "") or "")
        html = template.page_html(header, body, nonce=nonce, dark=self._dark(), title=title)
        self._handler.page = html.encode("utf-8")
        self._page_ready = False
        self._queue = []
        self._in_flight = False
        url = page_url(self._version)
        self.page.expected = url
        self.page.load(url)

    def _on_load_finished(self, ok: bool) -> None:
        self._page_ready = ok
        if not ok:
            log.warning("the preview page did not load")
            return
        self.front_matter_changed()  # the form may have changed while the page loaded
        self._flush()

    def _send(self, ops: tuple[Op, ...]) -> None:
        self._queued_revision = self._engine.revision
        self._queue.extend(ops)
        if self._queue and self._page_ready and not self._in_flight:
            self._flush()
        elif not self._queue and not self._in_flight:
            self.updated.emit(self._queued_revision)

    def _flush(self) -> None:
        if not self._queue:
            return
        revision = self._queued_revision
        gate = self._gate()
        piece = take_piece(self._queue, self.piece_chars)
        patch: dict[str, object] = {
            "revision": revision,
            "ops": [as_json(op, gate) for op in piece],
        }
        block = self._engine.block_at(self._cursor_line)
        syncing = self._syncing() and block is not None and self._cursor_line >= 0
        patch["reveal"] = [block.id, self._cursor_line] if syncing and block else None
        self._in_flight = True
        done = functools.partial(self._on_applied, self._version, revision)
        self.page.runJavaScript(f"redactie.apply({json.dumps(patch)})", 0, done)

    def _on_applied(self, version: int, revision: int, result: object) -> None:
        if version != self._version:
            return  # a patch for a page that was replaced since
        self._in_flight = False
        if result != revision:
            log.warning("the preview page failed to apply a patch; reloading it")
            self._load_page()
            return
        if self._queue:
            self._flush()
        else:
            self.updated.emit(self._queued_revision)
            if self._reveal_wanted:
                self._reveal()

    def _run(self, script: str) -> None:
        if self._page_ready:
            self.page.runJavaScript(script, 0)

    # -- scrolling and colours -------------------------------------------------------------

    def _syncing(self) -> bool:
        return self.sync_action.isChecked() and self._page_ready

    def _reveal(self) -> None:
        """Ask the page to keep the cursor's block in view (after the patch in flight)."""
        self._reveal_wanted = self._in_flight
        block = self._engine.block_at(self._cursor_line)
        if self._syncing() and block is not None and self._cursor_line >= 0 and not self._in_flight:
            self._run(f"redactie.reveal({block.id}, {self._cursor_line})")

    def _on_page_scrolled(self, block_id: int, fraction: float) -> None:
        if not self.sync_action.isChecked():
            return
        block = next((b for b in self._engine.blocks if b.id == block_id), None)
        if block is None:
            return
        span = block.end - block.start
        line = block.start + min(span - 1, int(fraction * span))
        self._following_reader = True
        try:
            self.scrolledToLine.emit(max(block.start, line))
        finally:
            self._following_reader = False

    def _dark(self) -> bool:
        return is_dark(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        """The user picked Light or Dark (a new palette): the page follows."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_scheme()

    def _apply_scheme(self) -> None:
        self._run(f"redactie.setScheme({json.dumps(self._dark())})")


def find_static_folders(folder: Path | None) -> list[Path]:
    """The `static/` folder of the Hugo site that `folder` is in, if it is in one."""
    root = find_site_root(folder) if folder is not None else None
    static = root / "static" if root is not None else None
    return [static] if static is not None and static.is_dir() else []


def first_screen(text: str) -> str:
    """The start of a long text, cut at a blank line: enough to fill the first screens (only
    the start is looked at: splitting a 5 MB text into lines took longer than rendering it)."""
    blank = _BLANK_LINE_RE.search(text, FIRST_SCREEN_CHARS)
    return text[: blank.start()] if blank is not None else text
