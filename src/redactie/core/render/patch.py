"""Patches for a live preview page: what to insert, remove and renumber, by block id.

A page shows a document as top-level blocks, each with an id that stands for one rendered
HTML (a changed block gets a new id). The operations are applied in order; `as_json`
gives the plain lists the page's script takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Remove:
    """Remove these blocks."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class Shift:
    """Add `delta` to every `data-line` of the blocks from `first` to `last` (inclusive)."""

    first: int
    last: int
    delta: int


@dataclass(frozen=True)
class Insert:
    """Insert blocks (id, HTML) before block `before` (None: after the last block)."""

    before: int | None
    blocks: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Reset:
    """Replace everything: these blocks, then this footnotes section."""

    blocks: tuple[tuple[int, str], ...]
    footnotes: str


@dataclass(frozen=True)
class Footnotes:
    """Replace the footnotes section after the blocks."""

    html: str


@dataclass(frozen=True)
class Whole:
    """Raw HTML is allowed and present: show this sanitized body as one piece."""

    html: str


Op = Remove | Shift | Insert | Reset | Footnotes | Whole


def as_json(op: Op) -> list[Any]:
    """The operation as the page's script reads it: a name and its arguments."""
    match op:
        case Remove(ids):
            return ["remove", list(ids)]
        case Shift(first, last, delta):
            return ["shift", first, last, delta]
        case Insert(before, blocks):
            return ["insert", before, [list(b) for b in blocks]]
        case Reset(blocks, notes):
            return ["reset", [list(b) for b in blocks], notes]
        case Footnotes(html):
            return ["footnotes", html]
        case Whole(html):
            return ["whole", html]
    raise TypeError(op)  # pragma: no cover
