"""A long article's first open in parts: the streamed render and the pieces sent to the page.

The worker hands out the blocks of a full render in parts as it finishes them
(`fold.Stream`), the engine shows each part at once (`install_part`), and every patch goes to
the page in pieces of a budget of HTML (`patch.take_piece`). Played on a model of the page,
the pieces give the same page as the unsplit patch, and the engine ends with the body a fresh
render gives, edits made while the parts came included.
"""

from __future__ import annotations

import pickle
import re
from typing import Any

import pytest

from redactie.core.render import render_html
from redactie.core.render.fold import BlockRecord, Stream, render_full
from redactie.core.render.incremental import IncrementalRenderer
from redactie.core.render.patch import (
    Footnotes,
    Insert,
    Op,
    Remove,
    Reset,
    Shift,
    Whole,
    op_size,
    take_piece,
)


def article(blocks: int) -> str:
    parts = []
    for n in range(blocks):
        parts.append(f'## Kop {n % 7}\n\nAlinea {n} met "citaat" en *nadruk*[^{n % 3}].')
        if n % 5 == 0:
            parts.append(f"- punt {n}\n- nog een\n\n  los vervolg {n}")
        if n % 11 == 0:
            parts.append(f"```python\nprint({n})\n\nprint('verder')\n```")
    parts.append("[^0]: Noot nul.\n\n[^1]: Noot een.\n\n[^2]: Noot twee.")
    return "\n\n".join(parts) + "\n"


class Page:
    """The page's block list as `preview.js` keeps it: ids in order, HTML per id, notes."""

    def __init__(self) -> None:
        self.order: list[int] = []
        self.html: dict[int, str] = {}
        self.notes = ""
        self.whole: str | None = None

    def apply(self, ops: list[Op]) -> None:
        for op in ops:
            match op:
                case Remove(ids):
                    self.order = [i for i in self.order if i not in ids]
                case Insert(before, blocks):
                    at = self.order.index(before) if before in self.order else len(self.order)
                    self.order[at:at] = [i for i, _ in blocks]
                    self.html.update(blocks)
                case Reset(blocks, notes):
                    self.order, self.notes, self.whole = [i for i, _ in blocks], notes, None
                    self.html.update(blocks)
                case Footnotes(html):
                    self.notes = html
                case Whole(html):
                    self.whole = html
                case Shift(first, last, delta):
                    ids = self.order[self.order.index(first) : self.order.index(last) + 1]
                    for i in ids:
                        self.html[i] = re.sub(
                            r'data-line="(\d+)"',
                            lambda m: f'data-line="{int(m.group(1)) + delta}"',
                            self.html[i],
                        )

    def body(self) -> str:
        if self.whole is not None:
            return self.whole
        return "".join(self.html[i] for i in self.order) + self.notes


def test_the_parts_join_to_the_full_render_and_the_first_covers_the_first_screen() -> None:
    text = article(300)
    parts: list[tuple[BlockRecord, ...]] = []
    streamed = render_full(text, stream=Stream(first_line=40, part_chars=2_000), parts=parts.append)
    assert streamed == render_full(text)
    assert len(parts) > 10
    assert tuple(r for part in parts for r in part) == streamed.blocks
    assert pickle.loads(pickle.dumps(parts)) == parts  # as the worker sends them
    assert parts[0][-1].end >= 40 and parts[0][-2].end < 40  # just past the first screen
    for part in parts[1:-1]:  # a part is cut once it reaches the budget
        assert sum(len(r.html) for r in part[:-1]) < 2_000 <= sum(len(r.html) for r in part)


@pytest.mark.parametrize("budget", [1, 300, 5_000])
def test_pieces_played_in_order_give_the_page_the_whole_patch_gives(budget: int) -> None:
    blocks = tuple((n, f"<p>blok {n} " + "x" * (n * 37 % 400) + "</p>") for n in range(1, 80))
    ops: list[Op] = [
        Reset(blocks[:30], "<section>noten</section>"),
        Remove((3, 4)),
        Insert(10, blocks[30:60]),
        Insert(None, blocks[60:]),
        Footnotes("<section>nieuw</section>"),
    ]
    whole, pieces = Page(), Page()
    whole.apply(ops)
    queue = list(ops)
    sent = 0
    while queue:
        piece = take_piece(queue, budget)
        assert piece
        size = sum(op_size(op) for op in piece)
        single_block = len(piece) == 1 and (
            not isinstance(piece[0], Insert | Reset) or len(piece[0].blocks) <= 1
        )
        assert size <= budget or single_block  # over the budget only one block at a time
        pieces.apply(piece)
        sent += 1
    assert pieces.body() == whole.body()
    assert pieces.order == whole.order
    assert sent > 1


def test_edits_made_while_the_parts_come_end_in_a_fresh_render() -> None:
    text = article(200)
    engine = IncrementalRenderer()
    engine.reset(text)
    page = Page()
    revision, snapshot = engine.snapshot()
    lines = snapshot.split("\n")
    first = render_full("\n".join(lines[:30]))
    page.apply(list(engine.provisional(first).ops))
    parts: list[tuple[BlockRecord, ...]] = []
    result = render_full(snapshot, stream=Stream(30, 1_500), parts=parts.append)
    edits: list[tuple[int, int, list[str]]] = [
        (2, 1, ['Alinea nieuw bovenaan met een "open citaat.']),  # shown already
        (400, 0, ["", "## Kop 3", ""]),  # not shown yet: a heading takes an id
        (len(lines) - 3, 1, ["[^1]: Noot een, herschreven."]),
    ]
    for index, part in enumerate(parts):
        if index < len(edits):
            first_line, removed, new = edits[index]
            assert engine.change(first_line, removed, new)
        update = engine.install_part(revision, part)
        assert not update.full
        page.apply(list(update.ops))
        if index == 0:  # the first part took the place of the first screen
            assert page.body() == engine.html()
    final = engine.install(revision, result)
    page.apply(list(final.ops))
    while final.full:  # what the window does: a full render of the text as it is now
        revision, now = engine.snapshot()
        final = engine.install(revision, render_full(now))
        page.apply(list(final.ops))
    assert page.body() == engine.html() == render_html(engine.text, front_matter=False)


def test_a_render_of_another_revision_is_not_shown() -> None:
    engine = IncrementalRenderer()
    engine.reset(article(20))
    revision, snapshot = engine.snapshot()
    parts: list[Any] = []
    render_full(snapshot, stream=Stream(1, 100), parts=parts.append)
    engine.change(0, 1, ["anders"])
    engine.snapshot()  # a newer render was asked for
    assert engine.install_part(revision, parts[0]).ops == ()
