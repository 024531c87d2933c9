"""Footnotes renumbered after an edit, without a full render of the document.

Notes are numbered by first reference, and the notes section lists every referenced
definition; so an edit of a block with `[^` (a reference, a definition, or text typed below
one that the definition takes in) may change the numbers in other blocks and the section.
Only blocks whose text holds `[^` can show a number or feed the section, and markdown-it's
block parser does not need the rest of the document to parse one of them (it looks only
forward). `renumber` parses each such block on its own, gives them one shared numbering
(`footnotes.share_numbering`: all labels defined in any of them, one count), renders them in
document order from the entry state the live preview keeps per block, and writes the
section item by item, each with the line numbers of the block its definition sits in.

That costs the blocks with `[^` (a handful in a real article) instead of the whole text: an
edit of a footnote reference took a full render per key (148 ms at 500 KB, 3.2 s at 5 MB).
Whatever it cannot vouch for (a block that does not parse alone, another quote or heading id
state after it, raw HTML left open, more blocks than the limit) answers None: a full render.
The property tests compare the result with `render_html` after random edits.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from . import fold, footnotes, headings, raw_blocks, shortcodes, typographer
from .context import ENV_LINE_OF, ENV_RAW_HTML
from .patch import LiveBlock
from .pipeline import CachedBlock, EntryState, _inner_renderer, _phases, _render_block

Spans = tuple[tuple[int, int], ...]
_TAKES_BLANK_LINES: Final = frozenset({"fence", "code_block", "html_block"})


@dataclass(frozen=True)
class Renumbered:
    """The blocks with `[^` whose HTML changed (index, new block without id) and the
    section after them."""

    changed: list[tuple[int, LiveBlock]]
    notes: str
    notes_raw: bool
    labels: frozenset[str]


def noted(blocks: Sequence[LiveBlock]) -> list[int]:
    """The indexes of the blocks that may hold a footnote reference or definition."""
    return [index for index, block in enumerate(blocks) if "[^" in block.source]


def alone(block: LiveBlock, lines: int) -> str:
    """The block's text to parse on its own: with the line break after it when the
    document goes on (a raw HTML block keeps it in its HTML)."""
    return block.source + "\n" if block.end < lines else block.source


def parses_alone(window: fold.Window, block: LiveBlock) -> bool:
    """Whether the block's text parsed on its own is that one block (blank lines after its
    end belong to it in the document, not alone: only where no code or raw HTML could take
    them in)."""
    if len(window.segments) != 1:
        return False
    start, end, tokens = window.segments[0]
    if start != block.start or end > block.end:
        return False
    if end == block.end:
        return True
    tail = window.source_lines[end - block.start :]
    return not any(line.strip() for line in tail) and not any(
        token.type in _TAKES_BLANK_LINES for token in tokens
    )


@dataclass
class _Rendered:
    """One block with `[^` rendered in the shared numbering, and what it left behind."""

    block: CachedBlock
    window: fold.Window  # the parse its tokens (and its notes' tokens) come from
    definitions: footnotes.Definitions
    notes_out: footnotes.NotesState


@dataclass
class NotesCache:
    """The blocks with `[^` rendered at the last renumbering (by text, place and entry
    state), kept for the next: a key then renders only the block it changed and those
    whose numbering moved, not every block with `[^`. Holds only what the last one used.
    (A parse is rendered once: rendering fills its tokens.)"""

    labels: dict[tuple[Any, ...], frozenset[str]] = field(default_factory=dict)
    rendered: dict[tuple[Any, ...], _Rendered] = field(default_factory=dict)
    references: Mapping[str, Any] | None = None


def renumber(
    blocks: Sequence[LiveBlock],
    *,
    unsafe: bool,
    references: Mapping[str, Any],
    spans: Spans,
    limit: int,
    lines: int,
    cache: NotesCache | None = None,
) -> Renumbered | None:
    """Render the blocks with `[^` and the notes section again, as a full render would;
    `lines` is the document's line count."""
    cache = cache or NotesCache()
    if cache.references is not references:  # rendered with the references they had
        cache.labels, cache.rendered, cache.references = {}, {}, references
    indexes = noted(blocks)
    if len(indexes) > limit:
        return None
    starts = sorted(span[0] for span in spans)
    keys: list[tuple[Any, ...]] = []
    parsed: dict[tuple[Any, ...], fold.Window] = {}
    labels_of: dict[tuple[Any, ...], frozenset[str]] = {}
    for index in indexes:
        block = blocks[index]
        if isinstance(block, raw_blocks.RawGroup):
            return None  # several blocks (raw HTML held open): its text is no one block
        key = (alone(block, lines), block.start, block.end,
               bisect_left(starts, block.start), len(spans), unsafe)  # fmt: skip
        known = cache.labels.get(key)
        if known is None:
            window = _parse(key, block, references)
            if window is None:
                return None
            parsed[key] = window
            known = footnotes.labels(window.env)
        labels_of[key] = known
        keys.append(key)
    cache.labels = labels_of
    labels = frozenset().union(*labels_of.values())
    hub: dict[str, Any] = {}
    footnotes.share_numbering([hub], labels)
    definitions: footnotes.Definitions = {}
    origin: dict[str, fold.Window] = {}
    changed: list[tuple[int, LiveBlock]] = []
    kept: dict[tuple[Any, ...], _Rendered] = {}
    for index, key in zip(indexes, keys, strict=True):
        block = blocks[index]
        before = frozenset().union(*(b.ids for b in blocks[:index])) if block.ids else None
        state = (key, block.quotes_in, before, footnotes.snapshot(hub), labels)
        done = cache.rendered.get(state)
        if done is None:
            window = parsed.pop(key, None) or _parse(key, block, references)
            if window is None:
                return None
            window.env[footnotes.ENV_KEY] = hub[footnotes.ENV_KEY]
            done = _render(window, block, blocks[:index])
        else:
            footnotes.restore(hub, done.notes_out)
        kept[state] = done
        fresh = _checked(done, block)
        if fresh is None:
            return None
        for label, definition in done.definitions.items():
            if label not in definitions:
                definitions[label], origin[label] = definition, done.window
        if (fresh.html, fresh.raw) != (block.html, block.raw):
            changed.append((index, fresh))
    cache.rendered = kept
    for window in origin.values():
        window.env[footnotes.ENV_KEY] = hub[footnotes.ENV_KEY]
    notes, notes_raw = _section(definitions, origin, unsafe)
    if notes_raw and not raw_blocks.self_contained(notes):
        return None
    return Renumbered(changed, notes, notes_raw, labels)


def _parse(
    key: tuple[Any, ...], block: LiveBlock, references: Mapping[str, Any]
) -> fold.Window | None:
    text, start, _, before, spans, unsafe = key
    window = fold.parse_window(text, start, unsafe=unsafe, shortcodes_before=before)
    if not parses_alone(window, block):
        return None
    fold.prepare_inline(window, references, spans)
    return window


def _render(window: fold.Window, block: LiveBlock, before: Sequence[LiveBlock]) -> _Rendered:
    """The block rendered in the shared numbering from its entry state."""
    start, _, segment = window.segments[0]
    env = window.env
    taken: frozenset[str] = frozenset()
    if any(token.type == "heading_open" for token in segment):
        taken = frozenset().union(*(b.ids for b in before))
    typographer.restore(env, block.quotes_in)
    headings.heading_ids(env).restore(taken)
    _, inline_phase, _ = _phases(window.md)
    own: footnotes.Definitions = {}
    rendered = _render_block(window.md, env, inline_phase, segment, window.found, start, own)
    left = EntryState(rendered.exit.quotes, rendered.exit.ids - taken, rendered.exit.notes)
    block_html = CachedBlock(rendered.html, rendered.raw_html, left)
    return _Rendered(block_html, window, own, footnotes.snapshot(env))


def _checked(done: _Rendered, block: LiveBlock) -> LiveBlock | None:
    """The block as rendered, if it leaves the quotes and heading ids as they were (else the
    blocks after it would change too) and closes its raw HTML."""
    rendered = done.block
    if (rendered.exit.quotes, rendered.exit.ids) != (block.quotes_out, block.ids):
        return None
    if rendered.raw_html and not raw_blocks.self_contained(rendered.html):
        return None
    return LiveBlock(0, block.start, block.end, block.source, rendered.html,
                     block.quotes_in, block.quotes_out, block.ids, rendered.raw_html)  # fmt: skip


def _section(
    definitions: footnotes.Definitions, origin: Mapping[str, fold.Window], unsafe: bool
) -> tuple[str, bool]:
    """The notes section, each item written with its own block's lines and shortcodes."""
    items: list[tuple[int, str]] = []
    raw = False
    for label, definition in definitions.items():
        window = origin[label]
        tokens = footnotes.section_tokens({label: definition}, window.env)
        if not tokens:
            continue  # nobody references it
        env = window.env
        env[ENV_LINE_OF] = window.found.lines
        env[ENV_RAW_HTML] = False
        html = window.md.renderer.render(tokens[1:-1], window.md.options, env)
        seen = [False]
        html = shortcodes.substitute(
            html, window.found.shortcodes, _inner_renderer(unsafe, 0, seen)
        )
        raw = raw or bool(env.get(ENV_RAW_HTML)) or seen[0]
        items.append((tokens[1].meta["index"], html))
    if not items:
        return "", False
    body = "".join(html for _, html in sorted(items))
    return footnotes.BLOCK_OPEN + body + footnotes.BLOCK_CLOSE, raw
