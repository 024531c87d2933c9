"""The small pieces of state the live engine (`incremental.py`) keeps between edits.

Composed line edits since the last update (`_Dirty`), the state a window leaves behind
(`_Exit`), and the rules for whether a block's HTML survives another entry state (open
quotes, heading ids taken). Kept apart so the engine's module stays one job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from markdown_it.token import Token

from .fold import Quotes
from .patch import LiveBlock

_ID_SUFFIX_RE: Final = re.compile(r"(?:-\d+)+$")


@dataclass
class _Dirty:
    """Composed edits: lines [start, end) of the current text replace [start, end - delta)."""

    start: int = 0
    end: int = 0
    delta: int = 0
    empty: bool = True

    def add(self, first: int, removed: int, added: int) -> None:
        change = added - removed
        if self.empty:
            self.start, self.end, self.delta, self.empty = first, first + added, change, False
            return
        end = self.end
        if end >= first + removed:
            end += change
        elif end > first:
            end = first + added
        self.start = min(self.start, first)
        self.end = max(end, first + added)
        self.delta += change


@dataclass
class _Exit:
    """The state after the window: open quotes, and the ids its new and old blocks took."""

    quotes: Quotes
    new: set[str]
    old: set[str]


def _passes(block: LiveBlock, quotes: Quotes) -> Quotes | None:
    """The open quotes after `block` entered with `quotes`, if its HTML stays the same.

    It does when each count is the one it was rendered with, or the block has no quote of
    that kind (then the count passes through it unchanged); otherwise None.
    """
    single = quotes[0] == block.quotes_in[0] or "'" not in block.source
    double = quotes[1] == block.quotes_in[1] or '"' not in block.source
    if not (single and double):
        return None
    return (
        block.quotes_out[0] if quotes[0] == block.quotes_in[0] else quotes[0],
        block.quotes_out[1] if quotes[1] == block.quotes_in[1] else quotes[1],
    )


@lru_cache(maxsize=65_536)
def _root(heading_id: str) -> str:
    """`inleiding-2` -> `inleiding`: ids that can push each other to another number."""
    return _ID_SUFFIX_RE.sub("", heading_id)


def _has_heading(tokens: Sequence[Token]) -> bool:
    return any(token.type == "heading_open" for token in tokens)


_HEADING_TAG_RE: Final = re.compile(r"<h[1-6][\s>]")


def _may_take_id(block: LiveBlock) -> bool:
    """The block took a heading id, or may take one when the ids before it change: a
    heading (alone, or in a quote or list) with an explicit id `{#id}` that was taken.
    Code with braces is no heading."""
    if block.ids:
        return True
    return "{" in block.source and _HEADING_TAG_RE.search(block.html) is not None


def _next_clash(
    blocks: Sequence[LiveBlock], start: int, stop: int, roots: set[str]
) -> tuple[int, set[str]]:
    """The first block in [start, stop) whose id may change when the ids with `roots` do (a
    heading with such an id, `inleiding-1`, or one whose explicit id was taken; else stop),
    and the ids the blocks before it took."""
    passed: set[str] = set()
    for k in range(start, stop):
        block = blocks[k]
        ids = block.ids
        if ids:
            if any(_root(x) in roots for x in ids):
                return k, passed
            passed |= ids
        elif "{" in block.source and _HEADING_TAG_RE.search(block.html) is not None:
            return k, passed
    return stop, passed


def _union(sets: Iterable[frozenset[str]]) -> set[str]:
    result: set[str] = set()
    for ids in sets:
        result |= ids
    return result
