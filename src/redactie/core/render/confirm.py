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

The document's facts (link references, footnote labels, shortcode spans: `live_facts.Facts`)
come only when they differ from the engine's: the state carries a digest of the facts the
engine holds at that moment (`facts_digest`, 0.6 ms at 5 MB), the worker digests its own and
leaves them out when equal; taking them in cost the GUI 3.4 ms at 5 MB (unpickling, sorting,
`Facts`, `effective_references`). The digest is of the values themselves, made the same way
on both sides, so no edit path has to remember to invalidate it (a kept digest of the last
facts installed would have to be dropped on every incremental change of them). The engine's
`reference_env` is always `fold.effective_references` of its references: no digest of its own.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable, Sequence
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
    facts: bytes = b""  # `facts_digest` of the engine's facts ("": send them)


@dataclass(frozen=True)
class DocumentFacts:
    """The document's facts as a full render finds them (references in line order)."""

    references: tuple[Reference, ...]
    labels: frozenset[str]
    spans: tuple[tuple[int, int], ...]
    spans_clean: bool
    notes_raw: bool


@dataclass(frozen=True)
class Confirmation:
    """A full render as it differs from the page: its blocks `blocks` take the place of the
    page's blocks [first, last); the notes section when it differs (else None); and the
    document's facts when they differ from the engine's (else None)."""

    first: int
    last: int
    blocks: tuple[BlockRecord, ...]
    footnotes: str | None
    facts: DocumentFacts | None


def _section(digest: hashlib.blake2b, items: Sequence[str]) -> None:
    """Strings into the digest so that no other list of strings gives the same bytes: their
    count, then the byte length of the joined text (repr when a string holds the joiner)."""
    joined = "\0".join(items)
    if joined.count("\0") != max(len(items) - 1, 0):
        joined = repr(list(items))
    data = joined.encode()
    digest.update(len(items).to_bytes(8, "little") + len(data).to_bytes(8, "little"))
    digest.update(data)


def facts_digest(
    references: Sequence[Reference],
    labels: Iterable[str],
    spans: Sequence[tuple[int, int]],
    spans_clean: bool,
    notes_raw: bool,
    raw: bool = False,
) -> bytes:
    """The document's facts as 16 bytes, equal only for equal facts (references in line
    order). Columns rather than repr: 0.6 ms for the 1,419 references of 5 MB, repr 3.6 ms."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(array("q", [r.line for r in references]).tobytes())
    _section(digest, [r.label for r in references])
    _section(digest, [r.href for r in references])
    _section(digest, [r.title for r in references])
    _section(digest, sorted(labels))
    flat = array("q", [n for span in spans for n in span])
    digest.update(len(flat).to_bytes(8, "little") + flat.tobytes())
    digest.update(bytes((spans_clean, notes_raw, raw)))
    return digest.digest()


def page_state(engine: IncrementalRenderer) -> PageState | None:
    """What the engine's page holds, or None when only a whole render compares (raw HTML)."""
    if engine.unsafe or engine.whole is not None:
        return None
    blocks = engine.blocks
    facts = engine._facts
    return PageState(
        array("q", [b.start for b in blocks]),
        array("q", [b.end for b in blocks]),
        b"".join([b.html_key() for b in blocks]),
        html_digest(engine.footnotes),
        facts_digest(
            facts.references, facts.labels, facts.spans, facts.spans_clean,
            engine._notes_raw, facts.raw,
        ),
    )  # fmt: skip


def _line(reference: Reference) -> int:
    return reference.line


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
    references = tuple(sorted(rendering.references, key=_line))
    facts: DocumentFacts | None = DocumentFacts(
        references, rendering.labels, rendering.spans, rendering.spans_clean, rendering.notes_raw
    )
    if shown.facts == facts_digest(
        references, rendering.labels, rendering.spans, rendering.spans_clean, rendering.notes_raw
    ):
        facts = None  # the engine holds these already
    return Confirmation(
        first, last, new[first:end], notes if html_digest(notes) != shown.footnotes else None,
        facts,
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
    facts = answer.facts
    if facts is not None:  # else the engine's facts are the render's (`PageState.facts`)
        engine._notes_raw = facts.notes_raw
        references = sorted(facts.references, key=_line)
        engine._facts = Facts(
            references, facts.labels, facts.spans, False,
            fold.effective_references(references), facts.spans_clean,
        )  # fmt: skip
    return Update(tuple(ops))
