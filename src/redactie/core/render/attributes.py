"""Heading attributes, Goldmark's `{#id .class key=value}` after a heading's text.

Hugo enables Goldmark's `parser.attribute.title`: a `{...}` block that ends a heading
line sets attributes on it (an ATX closing `##` after the block cancels it). Only
global HTML attributes, `data-` and `aria-` ones are written, as Goldmark's filter does.
"""

from __future__ import annotations

import re
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from .chars import ASCII_PUNCT, ASCII_SPACE

_GLOBAL_ATTRIBUTES: Final = frozenset(
    {
        "accesskey", "autocapitalize", "autofocus", "class", "contenteditable", "dir",
        "draggable", "enterkeyhint", "hidden", "id", "inert", "inputmode", "is", "itemid",
        "itemprop", "itemref", "itemscope", "itemtype", "lang", "part", "role", "slot",
        "spellcheck", "style", "tabindex", "title", "translate",
    }
)  # fmt: skip
_NAME_RE: Final = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:.-]*")
_BARE_VALUE_RE: Final = re.compile(r"[^\s,}\"']+")
_ATX_MARKER_RE: Final = re.compile(r"#{1,6}(?=[ \t]|$)")
_QUOTED_RE: Final = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'')


def attributes_plugin(md: MarkdownIt) -> None:
    """Read the attributes before inline parsing, which must not see the braces."""
    md.core.ruler.after("block", "heading_attributes", _attributes_rule)


def parse_attributes(text: str, start: int) -> tuple[list[tuple[str, str]], int] | None:
    """Goldmark's `ParseAttributes` at text[start] == '{': the pairs and the end, or None."""
    pos = start + 1
    attrs: list[tuple[str, str]] = []
    n = len(text)
    while True:
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos >= n:
            return None
        if text[pos] == "}":
            return attrs, pos + 1
        c = text[pos]
        if c in "#.":
            end = pos + 1
            while end < n and text[end] not in ASCII_SPACE:
                if text[end] in ASCII_PUNCT and text[end] not in "_-:.":
                    break
                end += 1
            name, value = ("id" if c == "#" else "class"), text[pos + 1 : end]
            pos = end
        else:
            m = _NAME_RE.match(text, pos)
            if m is None:
                return None
            name = m.group()
            pos = m.end()
            while pos < n and text[pos] in " \t":
                pos += 1
            if pos >= n or text[pos] != "=":
                return None
            pos += 1
            while pos < n and text[pos] in " \t":
                pos += 1
            quoted = _QUOTED_RE.match(text, pos)
            if quoted is not None:
                value = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
                value = re.sub(r"\\(.)", r"\1", value)
                pos = quoted.end()
            else:
                bare = _BARE_VALUE_RE.match(text, pos)
                if bare is None:
                    return None
                value = bare.group()
                pos = bare.end()
        _add_attribute(attrs, name, value)
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] == ",":
            pos += 1


def _add_attribute(attrs: list[tuple[str, str]], name: str, value: str) -> None:
    if name == "class":
        for i, (key, existing) in enumerate(attrs):
            if key == "class":
                attrs[i] = ("class", existing + " " + value)
                return
    attrs.append((name, value))


def split_trailing_attributes(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """Text before a final `{...}` block of a heading line and its attributes, or None."""
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\":
            i += 2 if i + 1 < len(line) and line[i + 1] in ASCII_PUNCT else 1
            continue
        if c == "{":
            parsed = parse_attributes(line, i)
            if parsed is not None and not line[parsed[1] :].strip(" \t"):
                return line[:i].rstrip(" \t"), parsed[0]
        i += 1
    return None


def _strip_closing_hashes(text: str) -> str:
    """Goldmark's handling of an ATX closing sequence on already trimmed text."""
    if not text:
        return text
    i = len(text) - 1
    while text[i] == "#" and i > 0:
        i -= 1
    if i == 0 and text[0] == "#":
        return ""
    if i != len(text) - 1 and text[i] in ASCII_SPACE:
        return text[:i].rstrip(" \t")
    return text


def _attributes_rule(state: StateCore) -> None:
    lines = state.src.split("\n")
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None or i + 1 >= len(tokens):
            continue
        inline = tokens[i + 1]
        if token.markup.startswith("#"):
            line = lines[token.map[0]]
            marker = _ATX_MARKER_RE.search(line)
            if marker is None:
                continue
            raw = line[marker.end() :].strip(" \t")
        else:
            last = inline.content.rsplit("\n", 1)
            raw = last[-1]
        found = split_trailing_attributes(raw)
        if found is None:
            continue
        text, attrs = found
        if token.markup.startswith("#"):
            inline.content = _strip_closing_hashes(text)
        else:
            head = inline.content.rsplit("\n", 1)
            inline.content = (head[0] + "\n" + text) if len(head) == 2 else text
        token.meta["attributes"] = attrs
        for name, value in attrs:
            if name in _GLOBAL_ATTRIBUTES or name.startswith(("data-", "aria-")):
                token.attrSet(name, value)
