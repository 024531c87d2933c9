"""Heading ids as Hugo makes them (`markup.goldmark.parser.autoHeadingID`, github type).

The id is built from a plain text of the heading (see `heading_text` for Goldmark's
peculiar idea of it), lower-cased, keeping letters, digits and `_`, turning spaces and
`-` into `-` and dropping everything else. Duplicates get `-1`, `-2`...;
explicit ids count as taken but are never renamed; a heading without text gets no id
and one whose text has no letters gets `heading`.
"""

from __future__ import annotations

import html
from collections.abc import MutableMapping
from typing import Any, Final

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from .chars import go_lower, is_go_digit, is_go_letter
from .typographer import TOKEN_TYPE as TYPOGRAPHIC


def headings_plugin(md: MarkdownIt) -> None:
    """Ids are made once the heading text is parsed (and attributes are known)."""
    md.core.ruler.after("inline", "heading_ids", _ids_rule)


_CONTAINERS: Final = frozenset({"em_open", "strong_open", "s_open", "link_open"})
_TEXT_LEAVES: Final = frozenset({"text", "text_special"})


def heading_text(inline: Token) -> str:
    """The text Hugo makes a heading's id from, as observed with Hugo 0.168.

    Text after the last line break only; nested emphasis, links and images count with
    their first child alone (links and images trimmed); autolinks, raw HTML and footnote
    references count for nothing; named entities are decoded
    but numeric ones count as written (`&#65;` gives `65`). Typographic quotes and
    dashes count as their characters. The caller trims the result.
    """
    parts: list[str] = []
    # Delimiter processing leaves empty text tokens behind; Goldmark has no such nodes.
    children = [c for c in inline.children or [] if c.type != "text" or c.content]
    i = 0
    while i < len(children):
        token = children[i]
        if token.type in ("softbreak", "hardbreak"):
            parts.clear()
            i += 1
        elif token.type in _CONTAINERS:
            close = _closing(children, i)
            parts.append(_container_text(token, children[i + 1 : close]))
            i = close + 1
        else:
            end = _leaf_end(children, i)
            parts.append(_leaves_text(children[i:end]))
            i = end
    return "".join(parts)


def _closing(tokens: list[Token], i: int) -> int:
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _leaf_end(tokens: list[Token], i: int) -> int:
    """Goldmark keeps text, escapes and entities in one node: group them."""
    if tokens[i].type not in _TEXT_LEAVES:
        return i + 1
    j = i
    while j < len(tokens) and tokens[j].type in _TEXT_LEAVES:
        j += 1
    return j


def _leaves_text(tokens: list[Token]) -> str:
    out: list[str] = []
    for token in tokens:
        if (
            token.type == "text_special"
            and token.info == "entity"
            and token.markup.startswith("&#")
        ):
            out.append(token.markup)
        elif token.type in ("text", "text_special", "code_inline"):
            out.append(token.content)
        elif token.type == TYPOGRAPHIC:
            out.append(html.unescape(token.content))
        elif token.type == "image":
            out.append(_first_child_text(token.children or []).strip())
    return "".join(out)


def _container_text(opener: Token, inner: list[Token]) -> str:
    if opener.type == "link_open":
        if opener.info == "auto":  # autolinks and linkified URLs
            return ""
        return _first_child_text(inner).strip()
    return _first_child_text(inner)


def _first_child_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    first = tokens[0]
    if first.type in _CONTAINERS:
        return _container_text(first, tokens[1 : _closing(tokens, 0)])
    return _leaves_text(tokens[: _leaf_end(tokens, 0)])


_ASCII_ANCHOR: Final = {
    i: "-" if c in "- " else c.lower() if c.isalnum() or c == "_" else None
    for i, c in ((i, chr(i)) for i in range(128))
}


def anchor_name(text: str) -> str:
    """Hugo's github-style anchor for the given text, before duplicate handling."""
    if text.isascii():  # the loop below, as one table lookup per character in C
        return text.translate(_ASCII_ANCHOR)
    out: list[str] = []
    for ch in text:
        if ch in "- ":
            out.append("-")
        elif ch == "_" or is_go_letter(ch) or is_go_digit(ch):
            out.append(go_lower(ch))
    return "".join(out)


class HeadingIds:
    """Hugo's per-document id factory: hands out unique ids in document order."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def snapshot(self) -> frozenset[str]:
        """The ids taken so far (hashable), for caching rendered blocks."""
        return frozenset(self._taken)

    def restore(self, saved: frozenset[str]) -> None:
        """Go back to the ids taken at a `snapshot`."""
        self._taken = set(saved)

    def put(self, value: str) -> None:
        """Mark an explicit id as taken."""
        self._taken.add(value)

    def generate(self, text: str) -> str:
        """A new unique id for the given heading text."""
        base = anchor_name(text.strip()) or "heading"
        candidate = base
        n = 0
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate


_IDS: Final = "goldmark_heading_ids"


def heading_ids(env: MutableMapping[str, Any]) -> HeadingIds:
    """The document's id factory, kept in the parse environment."""
    ids = env.get(_IDS)
    if not isinstance(ids, HeadingIds):
        ids = env[_IDS] = HeadingIds()
    return ids


def _ids_rule(state: StateCore) -> None:
    ids = heading_ids(state.env)
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        explicit = token.attrGet("id")
        if explicit is not None:
            ids.put(str(explicit))
            continue
        if any(name == "id" for name, _ in token.meta.get("attributes", [])):
            continue
        text = heading_text(tokens[i + 1])
        if text:
            token.attrSet("id", ids.generate(text))
