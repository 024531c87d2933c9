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
from dataclasses import dataclass
from typing import Any, Final

from . import fold, footnotes, headings, raw_blocks, shortcodes, typographer
from .context import ENV_LINE_OF, ENV_RAW_HTML
from .patch import LiveBlock
from .pipeline import _inner_renderer, _phases, _render_block

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


def renumber(
    blocks: Sequence[LiveBlock],
    *,
    unsafe: bool,
    references: Mapping[str, Any],
    spans: Spans,
    limit: int,
    lines: int,
) -> Renumbered | None:
    """Render the blocks with `[^` and the notes section again, as a full render would;
    `lines` is the document's line count."""
    indexes = noted(blocks)
    if len(indexes) > limit:
        return None
    starts = sorted(span[0] for span in spans)
    windows: list[fold.Window] = []
    for index in indexes:
        block = blocks[index]
        if isinstance(block, raw_blocks.RawGroup):
            return None  # several blocks (raw HTML held open): its text is no one block
        before = bisect_left(starts, block.start)
        window = fold.parse_window(
            alone(block, lines), block.start, unsafe=unsafe, shortcodes_before=before
        )
        if not parses_alone(window, block):
            return None
        fold.prepare_inline(window, references, len(spans))
        windows.append(window)
    footnotes.share_numbering([window.env for window in windows])
    definitions: footnotes.Definitions = {}
    origin: dict[str, fold.Window] = {}
    changed: list[tuple[int, LiveBlock]] = []
    for index, window in zip(indexes, windows, strict=True):
        block = blocks[index]
        fresh = _render(window, block, blocks[:index], definitions)
        if fresh is None:
            return None
        for label in definitions:
            origin.setdefault(label, window)
        if (fresh.html, fresh.raw) != (block.html, block.raw):
            changed.append((index, fresh))
    notes, notes_raw = _section(definitions, origin, unsafe)
    if notes_raw and not raw_blocks.self_contained(notes):
        return None
    labels = footnotes.labels(windows[0].env) if windows else frozenset()
    return Renumbered(changed, notes, notes_raw, labels)


def _render(
    window: fold.Window,
    block: LiveBlock,
    before: Sequence[LiveBlock],
    definitions: footnotes.Definitions,
) -> LiveBlock | None:
    """The block rendered in the shared numbering from its entry state, if it leaves the
    quotes and heading ids as they were (else the blocks after it would change too)."""
    start, _, segment = window.segments[0]
    env = window.env
    taken: frozenset[str] = frozenset()
    if any(token.type == "heading_open" for token in segment):
        taken = frozenset().union(*(b.ids for b in before))
    typographer.restore(env, block.quotes_in)
    headings.heading_ids(env).restore(taken)
    _, inline_phase, _ = _phases(window.md)
    rendered = _render_block(
        window.md, env, inline_phase, segment, window.found, start, definitions
    )
    if rendered.exit.quotes != block.quotes_out or rendered.exit.ids - taken != block.ids:
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
