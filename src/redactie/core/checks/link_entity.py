"""HTML entities in Markdown link and image addresses that Hugo breaks (`link-entity`).

Measured with Hugo 0.168 (Goldmark; `tests/core/test_link_entity.py`):

- in `[x](url)`, `![x](url)` and `[ref]: url` Hugo decodes entities, but reads a decimal one
  with a leading zero as octal: WordPress's `&#038;` (an `&`) becomes U+FFFD (`%EF%BF%BD`),
  `&#039;` too, `&#061;` becomes `1`; `&amp;`, `&#38;` and `&#x26;` come out right;
- a number that is no character (`&#0;`, `&#1234567;`) becomes U+FFFD as well;
- in an autolink `<https://…>` nothing is decoded: `&amp;` stays in the address as text.

The one-click fix writes the character the entity meant (`&`), or its percent-encoding when
the character cannot stand in an address (a space, `<`, `)`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from redactie.core.checks.body import without_code
from redactie.core.checks.model import CheckContext, Hit

_INLINE = re.compile(r"!?\[[^\]\n]*\]\(\s*(<[^>\n]*>|[^)\s]+)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]*)>", re.IGNORECASE)
# What Goldmark takes for an entity: a name, or 1-7 decimal / 1-6 hex digits.
_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));")
_UNSAFE = set(" \t\n\r<>()\\\"'`")


@dataclass(frozen=True)
class EntityInLink:
    """An entity at `start:end` of the body and what should stand there instead."""

    start: int
    end: int
    entity: str
    replacement: str


def _meant(match: re.Match[str]) -> str | None:
    """The character an entity stands for (`&#038;` read as decimal, as its writer meant);
    None for a name HTML does not know."""
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        text = html.unescape(match.group(0))
        return None if text == match.group(0) else text
    number = int(decimal, 10) if decimal is not None else int(hexadecimal, 16)
    if number == 0 or number > 0x10FFFF or 0xD800 <= number <= 0xDFFF:
        return "\ufffd"
    return chr(number)


def _broken_in_link(match: re.Match[str]) -> bool:
    decimal = match.group(1)
    if decimal is not None and decimal.startswith("0"):
        return True  # read as octal
    return _meant(match) == "\ufffd"


def _replacement(text: str) -> str:
    if text == "\ufffd":
        return ""  # no character was meant: leave it out
    return "".join(quote(c, safe="") if c in _UNSAFE or not c.isprintable() else c for c in text)


def entities_in_links(body: str) -> Iterator[EntityInLink]:
    """Every entity Hugo breaks in a link or image address of `body`, in body order."""
    if "&" not in body or _ENTITY.search(body) is None:
        return  # most articles
    text = without_code(body)
    found: list[EntityInLink] = []
    for pattern, autolink in ((_INLINE, False), (_REFERENCE, False), (_AUTOLINK, True)):
        for m in pattern.finditer(text):
            for e in _ENTITY.finditer(m.group(1)):
                if not autolink and not _broken_in_link(e):
                    continue
                meant = _meant(e)
                if meant is None:
                    continue  # `&foo;` is no entity: Hugo keeps it as text, as written
                start = m.start(1) + e.start()
                found.append(EntityInLink(start, start + len(e.group(0)), e.group(0), meant))
    for item in sorted(found, key=lambda f: f.start):
        yield EntityInLink(item.start, item.end, item.entity, _replacement(item.replacement))


def link_entities(ctx: CheckContext) -> Iterator[Hit]:
    body = ctx.article.body
    first = ctx.body_first_line
    for item in entities_in_links(body):
        line_start = body.rfind("\n", 0, item.start) + 1
        yield Hit(
            first + body.count("\n", 0, item.start),
            None,
            {"entity": item.entity, "text": item.replacement},
            column=item.start - line_start + 1,
        )


def fix_link_entities(ctx: CheckContext) -> None:
    """Write each broken entity as the character it meant."""
    body = ctx.article.body
    for item in reversed(list(entities_in_links(body))):
        body = body[: item.start] + item.replacement + body[item.end :]
    ctx.article.body = body
