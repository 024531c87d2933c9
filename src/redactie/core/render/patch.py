"""Patches for a live preview page: what to insert, remove and renumber, by block id.

A page shows a document as top-level blocks (`LiveBlock`), each with an id that stands for
one rendered HTML (a changed block gets a new id). `page_ops` turns the blocks on the page
into new ones with as few operations as it can; they are applied in order, and `as_json`
gives the plain lists the page's script takes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .fold import Quotes, html_digest
from .pipeline import shift_lines


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


@dataclass(slots=True)
class LiveBlock:
    """A block as the page shows it; `html` has `data-line` relative to `start`."""

    id: int
    start: int
    end: int
    source: str
    html: str
    quotes_in: Quotes
    quotes_out: Quotes
    ids: frozenset[str]
    raw: bool = False  # raw HTML let through (a site that allows it): sanitized on the page
    shown: str | None = None  # `html` with its fenced code coloured (the render worker's)
    digest: tuple[str, bytes] | None = None  # (the `html` it is of, `fold.html_digest` of it)

    def page_html(self) -> str:
        """The HTML with absolute `data-line`, as the page holds it: coloured when the render
        worker coloured it (`shown`), else as rendered (the page gate colours it)."""
        return shift_lines(self.html if self.shown is None else self.shown, self.start)

    def rendered_html(self) -> str:
        """The HTML as rendered, with absolute `data-line` (what `render_html` gives)."""
        return shift_lines(self.html, self.start)

    def html_key(self) -> bytes:
        """`fold.html_digest` of `html` (the render worker's, or made here once per HTML)."""
        made = self.digest
        if made is None or made[0] is not self.html:
            made = self.digest = (self.html, html_digest(self.html))
        return made[1]


def as_json(op: Op, gate: Callable[[str], str] = str) -> list[Any]:
    """The operation as the page's script reads it: a name and its arguments; every piece of
    HTML passes `gate` (the preview's sanitizer gate)."""
    match op:
        case Remove(ids):
            return ["remove", list(ids)]
        case Shift(first, last, delta):
            return ["shift", first, last, delta]
        case Insert(before, blocks):
            return ["insert", before, [[i, gate(h)] for i, h in blocks]]
        case Reset(blocks, notes):
            return ["reset", [[i, gate(h)] for i, h in blocks], gate(notes)]
        case Footnotes(html):
            return ["footnotes", gate(html)]
        case Whole(html):
            return ["whole", gate(html)]
    raise TypeError(op)  # pragma: no cover


class BlockIds:
    """Hands out block ids: a new one for every HTML a block shows."""

    def __init__(self) -> None:
        self._last = 0

    def assign(self, blocks: Iterable[LiveBlock]) -> None:
        """Give the blocks without an id (0) a new one."""
        for block in blocks:
            if not block.id:
                self._last += 1
                block.id = self._last


def match_ids(old: Sequence[LiveBlock], new: Sequence[LiveBlock]) -> None:
    """Give new blocks the ids of equal old ones (same text and HTML), in order."""
    candidates: dict[tuple[str, str], deque[int]] = {}
    for index, block in enumerate(old):
        candidates.setdefault((block.source, block.html), deque()).append(index)
    pointer = 0
    for block in new:
        queue = candidates.get((block.source, block.html))
        while queue and queue[0] < pointer:
            queue.popleft()
        if queue:
            index = queue.popleft()
            block.id = old[index].id
            pointer = index + 1


def page_ops(
    old: Sequence[LiveBlock], new: Sequence[LiveBlock], anchor: int | None, ids: BlockIds
) -> list[Op]:
    """Turn `old` (on the page) into `new`: removals, then line shifts, then inserts.

    Blocks of `new` with an id from `old` stay; the others get new ids, unless an old block
    at the same line has the very same HTML. `anchor` is the block after the range (None:
    the range ends the document).
    """
    old_start = {b.id: b.start for b in old}
    claimed = {b.id for b in new if b.id}
    unchanged = {(b.start, b.html): b.id for b in old if b.id not in claimed}
    for block in new:  # re-rendered to the very same HTML: nothing to send
        if not block.id:
            block.id = unchanged.pop((block.start, block.html), 0)
    ids.assign(new)
    kept = {b.id for b in new if b.id in old_start}
    ops: list[Op] = []
    removed = tuple(b.id for b in old if b.id not in kept)
    if removed:
        ops.append(Remove(removed))
    shifts: list[Shift] = []
    inserts: list[Insert] = []
    group: list[tuple[int, str]] = []
    previous: int | None = None  # the kept block just before, with nothing new between
    for block in new:
        if block.id not in kept:
            group.append((block.id, block.page_html()))
            previous = None
            continue
        if group:
            inserts.append(Insert(block.id, tuple(group)))
            group = []
        delta = block.start - old_start[block.id]
        last = shifts[-1] if shifts else None
        if delta and last and last.last == previous and last.delta == delta:
            shifts[-1] = Shift(last.first, block.id, delta)
        elif delta:
            shifts.append(Shift(block.id, block.id, delta))
        previous = block.id
    if group:
        inserts.append(Insert(anchor, tuple(group)))
    return [*ops, *shifts, *inserts]


def op_size(op: Op) -> int:
    """About how much the page has to build for `op`: the characters of its HTML."""
    match op:
        case Insert(_, blocks) | Reset(blocks, _):
            size = sum(len(h) for _, h in blocks)
            return size + len(op.footnotes) if isinstance(op, Reset) else size
        case Footnotes(html) | Whole(html):
            return len(html)
    return 16


def take_piece(queue: list[Op], budget: int) -> list[Op]:
    """Take from the front of `queue` the operations to send in one piece: as many as fit
    in `budget` characters of HTML, at least one block. A long Insert or Reset is split: its
    later blocks stay at the front of the queue as an Insert before the same block (a
    Reset's before the footnotes section, where Insert(None) puts them)."""
    piece: list[Op] = []
    room = budget
    while queue:
        op = queue[0]
        size = op_size(op)
        if size <= room or (not piece and not isinstance(op, Insert | Reset)):
            piece.append(queue.pop(0))
            room -= size
            continue
        if isinstance(op, Insert | Reset):
            blocks = op.blocks
            count = 0
            while count < len(blocks) - 1 and (
                not (count or piece) or len(blocks[count][1]) <= room
            ):
                room -= len(blocks[count][1])
                count += 1
            if count:
                before = op.before if isinstance(op, Insert) else None
                first = Insert(before, blocks[:count])
                piece.append(
                    first if isinstance(op, Insert) else Reset(blocks[:count], op.footnotes)
                )
                queue[0] = Insert(before, blocks[count:])
            elif not piece:
                piece.append(queue.pop(0))
        break
    return piece
