"""A confirming full render compared where it is made, so the GUI takes in only what differs.

After a typing pause the preview has a full render confirm the patched page
(`IncrementalRenderer.confirming`). Taking a whole render in on the GUI thread (unpickling every
block and matching them all) cost ~8 ms at 200 KB and ~220 ms at 5 MB, so it was done only up
to 200 KB. Now the pane sends what the page holds (`page_state`: each block's lines and a digest
of its HTML, in arrays; the digests come with the worker's records, so only blocks rendered on
the GUI thread are hashed there), the render worker compares its render with it (`compare`) and
answers with the blocks that differ, normally none (`Confirmation`), and `apply` puts those on
the page. The GUI's cost is the state (a few list passes) plus the difference.

The blocks from the first to the last difference are replaced as one range. `apply` sets the
engine's state as its `install` does, from outside on purpose: the engine's module is at its
size limit, and this is the worker's half of the same step. Raw HTML on the page (a site that
allows it) is compared the old way: the worker answers with the whole render.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from . import fold
from .fold import BlockRecord, FullRendering, Reference, html_digest
from .incremental import IncrementalRenderer, Update
from .live_facts import Facts
from .patch import Footnotes, Op, page_ops

_DIGEST = 16  # bytes per block in `PageState.digests`


@dataclass(frozen=True)
class PageState:
    """What the page holds: block i covers lines [starts[i], ends[i]) and its HTML has the
    digest digests[16 i : 16 i + 16]; and the footnotes section's digest."""

    starts: array[int]
    ends: array[int]
    digests: bytes
    footnotes: bytes


@dataclass(frozen=True)
class Confirmation:
    """A full render as it differs from the page: its blocks `blocks` take the place of the
    page's blocks [first, last); the notes section when it differs (else None); and the
    document's facts, as `install` takes them from a full render."""

    first: int
    last: int
    blocks: tuple[BlockRecord, ...]
    footnotes: str | None
    references: tuple[Reference, ...]
    labels: frozenset[str]
    spans: tuple[tuple[int, int], ...]
    spans_clean: bool
    notes_raw: bool


def page_state(engine: IncrementalRenderer) -> PageState | None:
    """What the engine's page holds, or None when only a whole render compares (raw HTML)."""
    if engine.unsafe or engine.whole is not None:
        return None
    blocks = engine.blocks
    return PageState(
        array("q", [b.start for b in blocks]),
        array("q", [b.end for b in blocks]),
        b"".join([b.html_key() for b in blocks]),
        html_digest(engine.footnotes),
    )


def compare(rendering: FullRendering, shown: PageState) -> FullRendering | Confirmation:
    """The render as it differs from the page (run by the render worker)."""
    if rendering.raw:
        return rendering
    new = rendering.blocks
    digests = shown.digests

    def same(i: int, j: int) -> bool:
        record = new[j]
        return (
            record.start == shown.starts[i]
            and record.end == shown.ends[i]
            and record.digest == digests[i * _DIGEST : (i + 1) * _DIGEST]
        )

    first, last, end = 0, len(shown.starts), len(new)
    while first < min(last, end) and same(first, first):
        first += 1
    while last > first and end > first and same(last - 1, end - 1):
        last, end = last - 1, end - 1
    notes = rendering.footnotes
    return Confirmation(
        first, last, new[first:end], notes if html_digest(notes) != shown.footnotes else None,
        rendering.references, rendering.labels, rendering.spans, rendering.spans_clean,
        rendering.notes_raw,
    )  # fmt: skip


def apply(engine: IncrementalRenderer, revision: int, answer: Confirmation) -> Update:
    """Put what differs on the page and count it as a correction (normally there is none).
    An answer for another text is dropped: edits came since, and the next pause confirms."""
    since = engine._since
    current = revision == engine._requested and since is not None and since.empty
    engine._since = engine._requested = None
    lines, engine._requested_lines = engine._requested_lines, []
    if not current or engine.needs_full or engine.whole is not None:
        return Update(full=engine.needs_full)
    ops: list[Op] = []
    if answer.first < answer.last or answer.blocks:
        fresh = IncrementalRenderer._records_as_blocks(answer.blocks, lines)
        blocks = engine.blocks
        anchor = blocks[answer.last].id if answer.last < len(blocks) else None
        ops.extend(page_ops(blocks[answer.first : answer.last], fresh, anchor, engine._ids))
        blocks[answer.first : answer.last] = fresh
    if answer.footnotes is not None:
        engine.footnotes = answer.footnotes
        ops.append(Footnotes(answer.footnotes))
    if ops:
        engine.corrections += 1  # the patched page was not the full render: now it is
    engine.unconfirmed = False
    engine._notes_raw = answer.notes_raw
    references = sorted(answer.references, key=lambda r: r.line)
    engine._facts = Facts(
        references, answer.labels, answer.spans, False,
        fold.effective_references(references), answer.spans_clean,
    )  # fmt: skip
    return Update(tuple(ops))
