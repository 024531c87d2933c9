"""Raw HTML on a site that allows it, block by block: which blocks can be sanitized alone.

On such a site the preview sanitizes every piece of HTML (`sanitize.page_gate`). A `<div>`
opened in one block and closed in a later one nests the blocks between in the whole page,
so sanitizing block by block would differ from sanitizing the whole; the live preview then
shows the sanitized whole, and every keystroke took a full render (274 ms per key at
500 KB). But nearly all raw HTML closes what it opens within its block (a `<figure>`, an
`<iframe>`, a `<p>` with a `<b>`): then the parser leaves such a block with nothing open,
each block is parsed from the same state, and the sanitized blocks joined are the
sanitized whole. `self_contained` says so, conservatively: every tag closed in order, no
comment or tag left open, a script's or an iframe's text ending in the block, table parts
only inside a table, no foreign or form content (svg, math, select), no `<!`/`<?` other than
a whole comment. A block left open (a `<details>` or `<div>` with Markdown inside, blank
lines between) is merged with the blocks after it until they close what it opened
(`grouped`): that range is sanitized as one unit, the rest block by block, so a keystroke
there re-renders its window and regroups instead of rendering the whole document (274 ms
per key at 500 KB). Only a range that never closes (or that this reading cannot follow)
leaves the document shown whole. A property test compares the blocks sanitized one by one
with the whole on random raw HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .fold import FullRendering
from .patch import LiveBlock
from .pipeline import shift_lines

_VOID: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
_OWN_RULES: Final = frozenset(
    {"plaintext", "template", "svg", "math", "select", "option", "optgroup", "frameset",
     "head", "body", "html"}
)  # fmt: skip
_RAW_TEXT: Final = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}
)
_IN_TABLE: Final = frozenset({"caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th"})
_ATTRIBUTE: Final = r"""(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)"""
_TAG_RE: Final = re.compile(rf"<(/?)([a-zA-Z][a-zA-Z0-9-]*)({_ATTRIBUTE}*)\s*(/?)>")
_COMMENT_RE: Final = re.compile(r"<!--(?!>|->)(?:(?!--!?>).)*?-->", re.DOTALL)
_MARKUP_START_RE: Final = re.compile(r"<[a-zA-Z/!?]")


def self_contained(html: str) -> bool:
    """Whether an HTML parser leaves this piece with no element open, conservatively."""
    stack: list[str] = []
    return _scan(html, stack) and not stack


def _scan(html: str, stack: list[str]) -> bool:
    """Follow the elements `html` opens and closes on `stack`; False where this simple
    reading cannot vouch for what a parser does (then nothing may be split here)."""
    pos = 0
    while True:
        start = _MARKUP_START_RE.search(html, pos)
        if start is None:
            return True
        at = start.start()
        if html.startswith("<!--", at):
            comment = _COMMENT_RE.match(html, at)
            if comment is None:
                return False
            pos = comment.end()
            continue
        tag = _TAG_RE.match(html, at)
        if tag is None:
            return False  # `<!x`, `<?x`, `</ x` or a tag that never closes
        closing, name, _, slash = tag.groups()
        name = name.lower()
        if name in _OWN_RULES or (name in _IN_TABLE and "table" not in stack):
            return False
        if name in _RAW_TEXT and not closing:  # text up to its end tag, which must be here
            end = html.lower().find(f"</{name}", tag.end())
            if end < 0 or slash:
                return False
            pos = end
            stack.append(name)
            continue
        if name not in _VOID:
            if slash:
                return False
            if closing:
                if not stack or stack.pop() != name:
                    return False
            else:
                stack.append(name)
        pos = tag.end()


def separable(result: FullRendering) -> bool:
    """Whether the raw HTML of a full render stays within its blocks."""
    if result.notes_raw and not self_contained(result.footnotes):
        return False
    return all(self_contained(b.html) for b in result.blocks if b.raw)


@dataclass(slots=True)
class RawGroup(LiveBlock):
    """Blocks that raw HTML holds together (a `<details>` with paragraphs inside), shown
    and sanitized as one block. Its `source` is its blocks' texts joined (the lines between
    them left out), for the checks that look for `[^`, `{{` or quotes: it is never parsed
    or reused by source, only rendered again block by block in a window."""


def grouped(
    blocks: Sequence[LiveBlock], after: Sequence[LiveBlock] = (), delta: int = 0
) -> tuple[list[LiveBlock], int] | None:
    """The blocks with each run that raw HTML holds open merged into a `RawGroup`, and how
    many blocks of `after` (the next ones, their lines still to move by `delta`) the last
    run had to take in to close; None if a run never closes (or cannot be followed)."""
    out: list[LiveBlock] = []
    run: list[LiveBlock] = []
    stack: list[str] = []
    taken = 0
    for block in blocks:
        if not run and not (block.raw and not self_contained(block.html)):
            out.append(block)
            continue
        run.append(block)
        if not _scan(block.html, stack):
            return None
        if not stack:
            out.append(_merged(run))
            run = []
    while run:
        if taken == len(after) or isinstance(after[taken], RawGroup):
            return None
        block = after[taken]
        taken += 1
        run.append(LiveBlock(block.id, block.start + delta, block.end + delta, block.source,
                             block.html, block.quotes_in, block.quotes_out, block.ids,
                             block.raw))  # fmt: skip
        if not _scan(block.html, stack):
            return None
        if not stack:
            out.append(_merged(run))
            run = []
    return out, taken


def _merged(run: list[LiveBlock]) -> LiveBlock:
    first, last = run[0], run[-1]
    html = "".join(shift_lines(b.html, b.start - first.start) for b in run)
    ids = frozenset().union(*(b.ids for b in run))
    source = "\n".join(b.source for b in run)
    return RawGroup(0, first.start, last.end, source, html,
                    first.quotes_in, last.quotes_out, ids, True)  # fmt: skip
