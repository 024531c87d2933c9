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
a whole comment. Anything else
makes the block "open" and the document is shown whole, as before. A property test
compares the blocks sanitized one by one with the whole on random raw HTML.
"""

from __future__ import annotations

import re
from typing import Final

from .fold import FullRendering

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
    pos = 0
    while True:
        start = _MARKUP_START_RE.search(html, pos)
        if start is None:
            return not stack
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
