"""Block records for a live preview: a stretch of blocks rendered from a known entry state.

`pipeline.render_document` renders a whole document and forgets how it got there. A live
preview needs to re-render a few blocks in the middle, so it keeps, per block, what the
rendering of the blocks after it depends on (see the pipeline's docstring): the open quote
counts it starts and ends with and the heading ids it takes. This module makes those records,
for a whole document (`render_full`, what the preview's worker process runs) and for a window
of lines parsed on its own (`parse_window` + `render_segment`, what the incremental engine
runs). Both go through the pipeline's own block renderer, so they cannot drift from
`render_html`; a test compares them with it after thousands of random edits.

It uses the pipeline's and the shortcode scanner's private helpers on purpose: it is the
pipeline's incremental half, kept in its own module so the pipeline stays as it was.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Final

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from . import disk_cache, footnotes, headings, shortcodes, typographer
from .blocks import BlockCache
from .chars import is_go_digit, is_go_letter
from .context import ENV_LINE_OF, ENV_RAW_HTML, ENV_UNSAFE
from .highlight import Colouring, Highlighting
from .parser import goldmark_parser
from .pipeline import (
    CachedBlock,
    EntryState,
    _inner_renderer,
    _load,
    _phases,
    _render_block,
    _segments,
    shift_lines,
)
from .sanitize import sanitize

if TYPE_CHECKING:
    from .parallel import Ahead
    from .request import RenderRequest

Quotes = tuple[int, int]
NO_QUOTES: Final[Quotes] = (0, 0)
NO_NOTES: Final = footnotes.NotesState()
_NONE: Final[frozenset[str]] = frozenset()
# Rendering a footnote definition collects its note: such blocks are always rendered.
_DEFINITION: Final = "footnote_reference_open"


@dataclass(frozen=True, slots=True)
class Reference:
    """One link reference definition: where it is and what it says (first one wins)."""

    line: int
    label: str
    href: str
    title: str

    def __reduce__(self) -> tuple[type[Reference], tuple[int, str, str, str]]:
        """Pickled as its fields (see `BlockRecord.__reduce__`): the 1,419 references of a 5 MB
        article took the GUI thread 10.6 ms to unpickle by the generic path, 4.2 ms so."""
        return (Reference, (self.line, self.label, self.href, self.title))


@dataclass(frozen=True, slots=True)
class BlockRecord:
    """One rendered top-level block and the state it was rendered in.

    `html` has `data-line` relative to `start` (shift with `pipeline.shift_lines`).
    """

    start: int
    end: int
    html: str
    raw: bool
    quotes_in: Quotes
    quotes_out: Quotes
    ids: frozenset[str]  # heading ids this block took
    shown: str | None = None  # `html` with fenced code coloured (the render worker's), or None
    digest: bytes = b""  # of `html` (`html_digest`): a confirming render compares these

    def __reduce__(self) -> tuple[type[BlockRecord], tuple[Any, ...]]:
        """Pickled as its fields: a frozen dataclass with slots unpickles by a generic path
        (`_dataclass_setstate`, a `fields()` call per record) that took 3 of the 4 s the GUI
        spent unpickling a 5 MB article's records."""
        fields = (self.start, self.end, self.html, self.raw, self.quotes_in, self.quotes_out)
        return (BlockRecord, (*fields, self.ids, self.shown, self.digest))


@dataclass(frozen=True)
class FullRendering:
    """A whole document as block records, with the facts incremental updates check."""

    blocks: tuple[BlockRecord, ...]
    footnotes: str
    references: tuple[Reference, ...]
    labels: frozenset[str]  # footnote labels defined anywhere
    spans: tuple[tuple[int, int], ...]  # top-level shortcode spans, first and last line
    raw: bool  # raw HTML let through: only the sanitized whole (`html`) is exact
    spans_clean: bool = True  # every `{{<` / `{{%` scanned as a tag (`shortcode_scan`)
    notes_raw: bool = False  # the footnotes section let raw HTML through

    @property
    def html(self) -> str:
        """Exactly `render_html` of the document (front matter already cut)."""
        body = "".join(shift_lines(b.html, b.start) for b in self.blocks) + self.footnotes
        return sanitize(body) if self.raw else body


def effective_references(references: list[Reference] | tuple[Reference, ...]) -> dict[str, Any]:
    """markdown-it's `env["references"]`: the first definition of each label counts."""
    result: dict[str, Any] = {}
    for ref in sorted(references, key=lambda r: r.line):
        if ref.label not in result:
            result[ref.label] = {"href": ref.href, "title": ref.title}
    return result


def shortcode_spans(text: str) -> tuple[tuple[int, int], ...]:
    """First and last line of each top-level shortcode (a tag, or a pair with its inside)."""
    return shortcode_scan(text)[0]


def shortcode_scan(text: str) -> tuple[tuple[tuple[int, int], ...], bool]:
    """`shortcode_spans`, and whether every `{{<` and `{{%` scanned as a tag (then an edit
    without `{{` that no span crosses leaves the spans elsewhere as they are)."""
    if "{{" not in text:
        return (), True
    failed: list[int] = []
    tags = shortcodes._scan(text, failed)
    pairs = shortcodes._pair(tags)
    spans: list[tuple[int, int]] = []
    line = 0
    pos = 0
    i = 0
    while i < len(tags):
        tag = tags[i]
        close = pairs.get(i) if tag.kind != "escaped" else None
        end = tags[close].end if close is not None else tag.end
        line += text.count("\n", pos, tag.start)
        last = line + text.count("\n", tag.start, end)
        spans.append((line, last))
        line, pos = last, end
        i = close + 1 if close is not None else i + 1
    return tuple(spans), not failed


@dataclass
class Window:
    """Lines parsed as top-level blocks on their own, ready to render one by one."""

    md: MarkdownIt
    env: dict[str, Any]
    found: shortcodes.Extracted
    segments: list[tuple[int, int, list[Token]]]  # absolute start, end, tokens
    references: list[Reference]
    labels: frozenset[str]
    source_lines: list[str]
    first_line: int
    definitions: footnotes.Definitions = field(default_factory=dict)

    def source(self, start: int, end: int) -> str:
        """The source text of absolute lines [start, end)."""
        return "\n".join(self.source_lines[start - self.first_line : end - self.first_line])


def parse_window(
    text: str, first_line: int = 0, *, unsafe: bool = False, shortcodes_before: int = 0
) -> Window:
    """Run the block phase over `text`, whose first line is line `first_line` of the document.

    `shortcodes_before` is the number of top-level shortcodes before it: placeholders are
    numbered through the document, and the number shows in the id of a heading holding one.
    """
    found = shortcodes.extract(text, first_line)
    if shortcodes_before and found.shortcodes:
        found = _renumbered(found, shortcodes_before)
    md = goldmark_parser()
    env: dict[str, Any] = {ENV_UNSAFE: unsafe}
    block_phase, _, _ = _phases(md)
    core = StateCore(found.text, md, env)
    for rule in block_phase:
        rule(core)
    segments: list[tuple[int, int, list[Token]]] = []
    end = first_line
    for segment in _segments(core.tokens):
        span = segment[0].map
        start = found.lines(span[0]) if span else end
        end = found.lines(span[1]) if span else start
        segments.append((start, end, segment))
    references = [
        Reference(found.lines(ref["map"][0]), label, ref["href"], ref["title"])
        for label, ref in env.get("references", {}).items()
    ]
    references += [
        Reference(found.lines(ref["map"][0]), ref["label"], ref["href"], ref["title"])
        for ref in env.get("duplicate_refs", [])
    ]
    labels = footnotes.labels(env)
    return Window(md, env, found, segments, references, labels, text.split("\n"), first_line)


def _renumbered(found: shortcodes.Extracted, offset: int) -> shortcodes.Extracted:
    text = shortcodes.PLACEHOLDER_RE.sub(
        lambda m: shortcodes.placeholder(int(m.group(1)) + offset), found.text
    )
    filler = [shortcodes.Shortcode("", "")] * offset
    return shortcodes.Extracted(text, filler + found.shortcodes, found.lines)


def prepare_inline(window: Window, references: Mapping[str, Any], shortcode_count: int) -> None:
    """Give the window the whole document's link references before rendering its blocks.

    A reference defined elsewhere may hold a shortcode placeholder (in its URL); the
    renderer drops those from tags only when it knows the document has that many.
    """
    window.env["references"] = dict(references)
    missing = shortcode_count - len(window.found.shortcodes)
    if missing > 0:
        window.found.shortcodes.extend([shortcodes.Shortcode("", "")] * missing)


def render_segment(
    window: Window, index: int, quotes: Quotes, ids: frozenset[str] | set[str]
) -> BlockRecord:
    """Render the window's `index`-th block from the given open quotes and ids taken."""
    start, end, segment = window.segments[index]
    _load(window.env, EntryState(quotes, frozenset(ids), NO_NOTES))
    _, inline_phase, _ = _phases(window.md)
    cached = _render_block(
        window.md, window.env, inline_phase, segment, window.found, start, window.definitions
    )
    taken = cached.exit.ids.difference(ids)
    return BlockRecord(start, end, cached.html, cached.raw_html, quotes, cached.exit.quotes, taken)


class _SharedIds(headings.HeadingIds):
    """Heading ids whose snapshot is one shared frozenset until another id is taken.

    The pipeline snapshots the ids after every block; copying them each time makes a long
    document with many headings quadratic. Most blocks take no id, so most snapshots are
    the same object, and restoring that object again costs nothing.
    """

    def __init__(self) -> None:
        super().__init__()
        self._frozen: frozenset[str] | None = frozenset()
        self.added: list[str] = []  # new ids in the order taken: a block's are a slice

    def snapshot(self) -> frozenset[str]:
        if self._frozen is None:
            self._frozen = super().snapshot()
        return self._frozen

    def restore(self, saved: frozenset[str]) -> None:
        if saved is not self._frozen:
            super().restore(saved)
            self._frozen = saved

    def put(self, value: str) -> None:
        if value not in self._taken:
            self.added.append(value)
        super().put(value)
        self._frozen = None

    def generate(self, text: str) -> str:
        self._frozen = None
        value = super().generate(text)
        self.added.append(value)
        return value


@dataclass(frozen=True)
class Stream:
    """Hand out the blocks of a full render in parts as they are done (a long article's
    first open shows each part at once): the first part once a block reaches line
    `first_line` (the page's first screen ends there), then one per `part_chars` of HTML."""

    first_line: int
    part_chars: int
    helped: bool = False  # a helper process renders the second half ahead (`parallel`)


@dataclass(frozen=True)
class Part:
    """The next blocks of the full render of `revision`, in order (see `Stream`)."""

    revision: int
    blocks: tuple[BlockRecord, ...]


def render_full(
    text: str,
    *,
    unsafe: bool = False,
    cache: BlockCache | None = None,
    stream: Stream | None = None,
    parts: Callable[[tuple[BlockRecord, ...]], None] | None = None,
    colour: Callable[[str], str | None] | None = None,
    ahead: Ahead | None = None,
    from_line: int = 0,
    from_quotes: Quotes = NO_QUOTES,
) -> FullRendering:
    """The whole document as block records: the same fold as `pipeline.render_document`.

    Unlike the pipeline's, the cache key leaves out what a block cannot depend on: the
    heading ids taken before a block without a heading (so a full render stays linear in
    the number of blocks however many headings come before), the open quote count of a
    kind the block has no quote of and the count beyond its number of quotes (`_relevant`:
    opening a quote near the top leaves most blocks cached), and the footnote numbering
    before a block without `[^` (it cannot take a number, so a note near the top leaves the
    rest cached; a render ahead of the real entry state, `parallel`, starts from no notes).
    Heading ids are shared snapshots (`_SharedIds`), compared by identity first.

    The cache holds the ids taken before a heading as a digest of them (`_advance`), and as a
    block's exit only the ids it took: holding every id taken so far, per heading, was
    quadratic (3,408 headings in a 5 MB article: 330 MiB in the worker's cache).

    With `stream` and `parts`, the records also go to `parts` as they are done. With `colour`
    (the render worker's `Colouring.shown` in the site's settings) each record carries its
    HTML with fenced code coloured as well (`shown`), so the GUI thread need not colour it.
    With `ahead`, the blocks a helper process rendered ahead go into the cache on reaching
    its line; the helper itself renders only the blocks from `from_line` on, from open quotes
    `from_quotes` (`parallel`).
    """
    window = parse_window(text, 0, unsafe=unsafe)
    md, env, found = window.md, window.env, window.found
    env[headings._IDS] = ids = _SharedIds()
    _, inline_phase, _ = _phases(md)
    parsed_lines = found.text.split("\n")
    references = effective_references(window.references)
    document_key = (
        unsafe,
        tuple(sorted((k, v["href"], v["title"]) for k, v in references.items())),
        tuple(sorted(window.labels)),
    )
    disk = cache.disk if cache is not None else None
    document = disk_cache.document_digest(document_key) if disk is not None else b""
    records: list[BlockRecord] = []
    digest = _NO_IDS
    sent = pending = 0
    if ahead is not None and cache is None:
        cache = BlockCache(65536)
    typographer.restore(env, from_quotes)
    for start, end, segment in window.segments:
        if start < from_line:
            continue
        if ahead is not None and start >= ahead.line:
            assert cache is not None
            ahead.fill(cache, document_key, digest, ids.snapshot())
            ahead = None
        quotes = typographer.snapshot(env)
        notes = footnotes.snapshot(env)
        span = segment[0].map or [0, 0]
        source = window.source(start, end)
        parsed = "\n".join(parsed_lines[span[0] : span[1]])
        cacheable = cache is not None and not any(t.type == _DEFINITION for t in segment)
        heading = any(t.type == "heading_open" for t in segment)
        before = len(ids.added)  # a set difference per heading was quadratic in headings
        relevant = _relevant(quotes, parsed)
        referring = "[^" in parsed  # without it a block leaves the numbering as it was
        noted = notes if referring else None
        key = (source, parsed, relevant, noted, digest if heading else None, document_key)
        cached = cache.get(key) if cache is not None and cacheable else None
        # On disk: blocks whose HTML follows from the key without ids or notes.
        stored = disk is not None and cacheable and not heading and not referring
        disk_key = b""
        if cached is None and stored:
            assert disk is not None and cache is not None
            disk_key = disk_cache.block_digest(document, source, parsed, relevant)
            found_block = disk.get(disk_key)
            if found_block is not None:  # no heading: it takes no ids
                exit_state = EntryState(found_block.quotes, _NONE, notes)
                cached = CachedBlock(found_block.html, found_block.raw, exit_state)
                cache.put(key, cached)
        if cached is None:
            cached = _render_block(md, env, inline_phase, segment, found, start, window.definitions)
            taken = frozenset(ids.added[before:]) if len(ids.added) > before else _NONE
            if cache is not None and cacheable:  # the exit holds only the ids it took
                kept = _from_relevant(cached.exit.quotes, quotes, relevant)
                cache.put(key, replace(cached, exit=replace(cached.exit, quotes=kept, ids=taken)))
            if disk_key and not taken:  # looked for on disk, not there
                assert disk is not None
                kept = _from_relevant(cached.exit.quotes, quotes, relevant)
                block = disk_cache.StoredBlock(cached.html, cached.raw_html, kept)
                disk.put(disk_key, block)
            out = cached.exit.quotes
        else:
            taken = cached.exit.ids
            for taken_id in taken:  # the ids are those the digest in the key stands for
                ids.put(taken_id)
            out = _to_actual(cached.exit.quotes, quotes, relevant)
        if taken:
            digest = _advance(digest, taken)
        typographer.restore(env, out)
        footnotes.restore(env, cached.exit.notes if referring else notes)
        shown = colour(cached.html) if colour is not None else None
        key_of_html = html_digest(cached.html)  # (not `digest`: the ids' digest above)
        record = BlockRecord(
            start, end, cached.html, cached.raw_html, quotes, out, taken, shown, key_of_html
        )
        records.append(record)
        if stream is not None and parts is not None:
            pending += len(cached.html)
            if end >= stream.first_line and (pending >= stream.part_chars or not sent):
                parts(tuple(records[sent:]))
                sent, pending = len(records), 0
    if stream is not None and parts is not None and sent < len(records):
        parts(tuple(records[sent:]))
    if disk is not None:
        disk.flush()
    notes_html, notes_raw = footnotes_section(window)
    spans, clean = shortcode_scan(text)
    return FullRendering(
        tuple(records),
        notes_html,
        tuple(window.references),
        window.labels,
        spans,
        raw=notes_raw or any(r.raw for r in records),
        spans_clean=clean,
        notes_raw=notes_raw,
    )


def _relevant(quotes: Quotes, parsed: str) -> tuple[int | None, int | None]:
    """The open quote counts a block's HTML depends on: none of a kind it has no quote of,
    and at most as many as it has quotes of that kind that may ask for the count. The
    typographer only asks whether the count is above zero, and a block with m such quotes
    can close m at most, so from a count of m or more it decides the same; Dutch apostrophes
    (`'s avonds`) leave a count of 10-30 open in a long article, which would make every later
    block with a quote depend on it (and a render ahead, `parallel`, miss them all)."""
    single, double = _single_quotes(parsed), parsed.count('"')
    return (min(quotes[0], single) if single else None, min(quotes[1], double) if double else None)


_IN_WORD: Final = re.compile(r"(?<=\w)'(?=\w)")


def _single_quotes(parsed: str) -> int:
    """The `'` that may ask for the open count: not one between a letter or digit and a
    letter (`zo'n`, `Alice's`), which the typographer makes an apostrophe first."""
    count = parsed.count("'")
    if count:
        for match in _IN_WORD.finditer(parsed):
            at = match.start()
            before, after = parsed[at - 1], parsed[at + 1]
            if (is_go_digit(before) or is_go_letter(before)) and is_go_letter(after):
                count -= 1
    return count


def _from_relevant(out: Quotes, quotes: Quotes, relevant: tuple[int | None, int | None]) -> Quotes:
    """A block's exit counts as kept in the cache: as if it had started from `relevant`."""
    return (
        out[0] - quotes[0] + relevant[0] if relevant[0] is not None else out[0],
        out[1] - quotes[1] + relevant[1] if relevant[1] is not None else out[1],
    )


def _to_actual(kept: Quotes, quotes: Quotes, relevant: tuple[int | None, int | None]) -> Quotes:
    """The exit counts of a cached block entered with `quotes` (see `_from_relevant`); a
    count the block has no quote for passes through it unchanged."""
    return (
        kept[0] + quotes[0] - relevant[0] if relevant[0] is not None else quotes[0],
        kept[1] + quotes[1] - relevant[1] if relevant[1] is not None else quotes[1],
    )


_NO_IDS: Final = b""


def html_digest(html: str) -> bytes:
    """A block's HTML as 16 bytes: what a confirming render compares (`confirm`)."""
    return hashlib.blake2b(html.encode(), digest_size=16).digest()


def _advance(digest: bytes, taken: frozenset[str]) -> bytes:
    """The digest of the heading ids taken so far, after a block took `taken`: equal states
    have equal digests (one block's ids in sorted order); 128 bits, never wrongly equal."""
    step = hashlib.blake2b(digest, digest_size=16)
    step.update(repr(sorted(taken)).encode())
    return step.digest()


def footnotes_section(window: Window) -> tuple[str, bool]:
    """The footnotes section after all blocks were rendered, and whether it has raw HTML."""
    section = footnotes.section_tokens(window.definitions, window.env)
    if not section:
        return "", False
    env = window.env
    env[ENV_LINE_OF] = window.found.lines
    env[ENV_RAW_HTML] = False
    html = window.md.renderer.render(section, window.md.options, env)
    raw = [False]
    html = shortcodes.substitute(
        html, window.found.shortcodes, _inner_renderer(bool(env.get(ENV_UNSAFE)), 0, raw)
    )
    return html, bool(env.get(ENV_RAW_HTML)) or raw[0]


def serve(connection: Connection, helper: Connection | None = None) -> None:
    """A render worker's loop: a `RenderRequest` in, (revision, answer) out.

    Runs in a process of its own, so that a long render never holds the GUI's GIL; it keeps
    a block cache between renders, and between sessions in the user's cache folder. A failed
    render answers None (the caller renders itself). With a `Stream`, each part of the blocks
    goes out as a `Part` when it is done, and the rendering at the end comes without its
    blocks (the caller joins the parts). With `Highlighting` (the site's; None: not coloured)
    each block's fenced code is coloured here too (`BlockRecord.shown`), once per block and
    settings (`Colouring`): the block caches hold the renderer's HTML, the same in any
    settings, so their keys (and the disk's) need not name them. With `compare_with` (a
    `confirm.PageState`: what the page holds) the render is compared with it here and the
    answer is a `confirm.Confirmation`, only what differs (see `confirm`).
    A stream that says `helped` has a helper process on `helper` render its second half
    ahead (`parallel`).
    """
    from . import parallel  # it imports this module

    # More blocks than a 5 MB article has, at most 96 MiB: two versions of a 5 MB article;
    # behind it the blocks of earlier sessions, on disk.
    cache = BlockCache(65536, max_bytes=96 * 1024 * 1024, disk=disk_cache.DiskBlockStore())
    colouring = Colouring()
    while True:
        try:
            request: RenderRequest = connection.recv()
        except (EOFError, OSError):
            return
        revision, text, stream = request.revision, request.text, request.stream
        colour = _colour_in(colouring, request.highlighting)

        def send_part(blocks: tuple[BlockRecord, ...], revision: int = revision) -> None:
            connection.send(Part(revision, blocks))

        ahead = None
        if helper is not None and stream is not None and stream.helped:
            ahead = parallel.Ahead(helper, revision, text, request.unsafe)
        answer: object = None
        try:
            result = render_full(
                text,
                unsafe=request.unsafe,
                cache=cache,
                stream=stream,
                parts=send_part,
                colour=colour,
                ahead=ahead,
            )
            answer = replace(result, blocks=()) if stream is not None else result
            if request.compare_with is not None and stream is None:
                from .confirm import compare  # it builds on this module

                answer = compare(result, request.compare_with)
        except (BrokenPipeError, OSError):
            return
        except Exception:  # a renderer bug must not take the preview down with it
            answer = None
        try:
            connection.send((revision, answer))
        except (BrokenPipeError, OSError):
            return


def _colour_in(
    colouring: Colouring, settings: Highlighting | None
) -> Callable[[str], str | None] | None:
    if settings is None or not settings.code_fences:
        return None
    return lambda block_html: colouring.shown(block_html, settings)
