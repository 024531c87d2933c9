"""A document's rendered blocks kept up to date edit by edit, for a live preview.

The preview shows a list of top-level blocks; each edit replaces a few lines. `update()`
re-parses a window of lines around the edit on its own (markdown-it's block parser only
looks forward, so blocks well before the edit are unchanged, and from the first block past
the edit that starts where an old one did, the old blocks are too), renders only the blocks
whose text or entry state changed, and returns the patch for the page. When the state
leaving the window differs (a quote opened, a heading id taken), later blocks that depend
on it are re-rendered too, up to a limit.

What the window changes for the rest of the document is brought up to date here too:
footnotes (an edit of a block with `[^` renumbers only the blocks with `[^` and writes the
notes section again, `live_notes`), link reference definitions (a changed `[x]: url`
re-renders only the blocks that may use the label, `live_facts.uses_labels`), shortcode
spans (shifted without a scan of the whole text, `live_facts`) and raw HTML on a site that
allows it (a range of blocks that raw HTML holds open is one block, sanitized as a unit,
`raw_blocks.grouped`). What is left to a full render (`fold.render_full`, meant for the
worker process): a window that does not close within the limit, state changes that reach
too many later blocks, and what those helpers cannot vouch for (raw HTML open to the end,
a block that does not parse alone, more `[^` blocks than the limit). An unclosed code fence
is the main case of the first, and rightly: it changes every block after it into code, so
the patch would be as large as the page; a full render in the worker keeps the GUI thread
free while it runs (the pane renders on the GUI thread only below 16,000 characters).
`update()` then says `full=True`; `snapshot()` gives the text to render and `install()` takes
the result, however many edits came since: they are replayed on it. `confirming` says when
a full render in the background should confirm a patched page (`install` then sends only
what differs, normally nothing, and counts a difference in `corrections`).

Qt-free: lines in, patches out. Tests compare `html()` with `render_html` after thousands
of random edits.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from . import fold, live_facts, live_notes, raw_blocks
from .fold import BlockRecord, FullRendering, Quotes
from .live_facts import Facts
from .live_propagate import Limits, Propagation
from .live_state import (
    _Dirty,
    _Exit,
    _has_heading,
    _passes,
    _union,
)
from .patch import (
    BlockIds,
    Footnotes,
    Insert,
    LiveBlock,
    Op,
    Remove,
    Reset,
    Shift,
    Whole,
    match_ids,
    page_ops,
)
from .sanitize import sanitize


@dataclass(frozen=True)
class Update:
    """Page operations, and whether a full render is needed to make the page exact."""

    ops: tuple[Op, ...] = ()
    full: bool = False


class IncrementalRenderer(Propagation):
    """The rendered blocks of one document; feed it line edits, send its patches on."""

    def __init__(self, *, unsafe: bool = False, limits: Limits | None = None) -> None:
        self.unsafe = unsafe
        self.limits = limits or Limits()
        self.lines: list[str] = [""]
        self.revision = 0
        self.blocks: list[LiveBlock] = []
        self.footnotes = ""
        self.whole: str | None = None
        self._notes_raw = False
        self._ids = BlockIds()
        self._exact = False
        self._stale_from: int | None = None
        self._dirty = _Dirty()
        self._facts = Facts()
        self._since: _Dirty | None = None
        self._requested: int | None = None
        self._requested_lines: list[str] = []
        self._notes_dirty = False  # a block with `[^` rendered or dropped: renumber
        self._notes_cache = live_notes.NotesCache()
        self._labels_changed: frozenset[str] = frozenset()  # link references defined anew
        self.unconfirmed = False  # patched since the last full render (see `confirming`)
        self.corrections = 0  # full renders that had to correct the patched page
        self._streamed: list[LiveBlock] | None = None  # the requested render's parts so far

    # -- text ------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def reset(self, text: str) -> None:
        """A new document; the page stays as it is until `install` (see `snapshot`)."""
        self.lines = text.split("\n")
        self.revision += 1
        self._notes_cache = live_notes.NotesCache()
        self._exact = False
        self._stale_from = None
        self._dirty = _Dirty()
        self._since = None
        self._requested = None
        self._streamed = None

    def change(self, first: int, removed: int, new_lines: Sequence[str]) -> bool:
        """Lines [first, first + removed) became `new_lines`; False if nothing changed."""
        if removed == len(new_lines) and self.lines[first : first + removed] == list(new_lines):
            return False
        self.lines[first : first + removed] = new_lines
        self.revision += 1
        self._dirty.add(first, removed, len(new_lines))
        if self._since is not None:
            self._since.add(first, removed, len(new_lines))
        return True

    def html(self) -> str:
        """The body the page shows; equals `render_html(text)` when nothing is pending."""
        if self.whole is not None:
            return self.whole
        if self._notes_raw or any(b.raw for b in self.blocks):  # each block sanitized alone
            blocks = (sanitize(b.rendered_html()) for b in self.blocks)
            return "".join(blocks) + sanitize(self.footnotes)
        return "".join(b.rendered_html() for b in self.blocks) + self.footnotes

    def block_at(self, line: int) -> LiveBlock | None:
        """The block that holds `line` (or the last one before it)."""
        index = bisect_right(self.blocks, line, key=lambda b: b.start) - 1
        return self.blocks[max(index, 0)] if self.blocks else None

    # -- full renders ----------------------------------------------------------------------

    @property
    def needs_full(self) -> bool:
        """Whether only a full render can make the page exact."""
        pending = not self._dirty.empty and self._full_mode()
        return not self._exact or self._stale_from is not None or pending

    def _full_mode(self) -> bool:
        return self._facts.raw

    @property
    def confirming(self) -> bool:
        """Whether a full render in the background should confirm the patched page: it was
        patched since the last one and needs none now. Ask for it with `snapshot` and hand
        the result to `install`, which sends only what differs (nothing, normally)."""
        return self.unconfirmed and not self.needs_full

    def snapshot(self) -> tuple[int, str]:
        """The revision and text to render fully; hand the result to `install`."""
        self._requested = self.revision
        self._requested_lines = list(self.lines)
        self._since = _Dirty()
        self._streamed = None
        return self.revision, "\n".join(self._requested_lines)

    def provisional(self, result: FullRendering) -> Update:
        """Show a render of part of the text (a first screen) until the full one comes."""
        fresh = self._live_blocks(result, self.lines)
        self._ids.assign(fresh)
        self.blocks, self.footnotes, self.whole = fresh, result.footnotes, None
        return Update((Reset(tuple((b.id, b.page_html()) for b in fresh), result.footnotes),))

    def install_part(self, revision: int, records: Sequence[BlockRecord]) -> Update:
        """Show the next blocks of the full render asked for (`snapshot`) before the rest:
        a long article's first open shows each part as it comes. The first part takes the
        place of the provisional blocks (it reaches at least as far as they do); `install`
        then only adds the footnotes and replays the edits made meanwhile."""
        if revision != self._requested or self._since is None:
            return Update()
        fresh = self._records_as_blocks(records, self._requested_lines)
        ops: list[Op]
        if self._streamed is None and self.whole is None:
            match_ids(self.blocks, fresh)
            ops = page_ops(self.blocks, fresh, None, self._ids)
            self.blocks = self._streamed = fresh
        elif self._streamed is None:
            self._ids.assign(fresh)
            ops = [Reset(tuple((b.id, b.page_html()) for b in fresh), self.footnotes)]
            self.blocks = self._streamed = fresh
            self.whole = None
        else:
            self._ids.assign(fresh)
            ops = [Insert(None, tuple((b.id, b.page_html()) for b in fresh))]
            self._streamed.extend(fresh)
        return Update(tuple(ops))

    def install(self, revision: int, result: FullRendering) -> Update:
        """Show a full render of the text at `revision`, then replay the edits made since."""
        since = self._since
        if revision != self._requested or since is None:
            return Update(full=self.needs_full)
        streamed, self._streamed = self._streamed, None
        # Every block is on the page already (streamed parts); with raw HTML the blocks may
        # group differently, so the page is compared with the grouped render instead.
        complete = streamed is not None and len(streamed) == len(result.blocks) and not result.raw
        confirming = streamed is None and since.empty and not self.needs_full and self.whole is None
        fresh = (
            streamed
            if complete and streamed is not None
            else (self._live_blocks(result, self._requested_lines))
        )
        ops: list[Op] = []
        whole = False
        if result.raw:  # raw HTML held open over blocks: those ranges as one block each
            groups = raw_blocks.grouped(fresh)
            notes_open = result.notes_raw and not raw_blocks.self_contained(result.footnotes)
            whole = groups is None or notes_open
            fresh = fresh if groups is None else groups[0]
        if complete:
            if result.footnotes != self.footnotes:
                ops.append(Footnotes(result.footnotes))
        elif whole:
            self._ids.assign(fresh)
            ops.append(Whole(result.html))
        elif self.whole is not None or not self.blocks:
            self._ids.assign(fresh)
            ops.append(Reset(tuple((b.id, b.page_html()) for b in fresh), result.footnotes))
        else:
            match_ids(self.blocks, fresh)
            ops.extend(page_ops(self.blocks, fresh, None, self._ids))
            if result.footnotes != self.footnotes:
                ops.append(Footnotes(result.footnotes))
        if confirming and ops and (self.blocks or fresh):
            self.corrections += 1  # the patched page was not the full render: now it is
        self.blocks, self.footnotes = fresh, result.footnotes
        self.whole = result.html if whole else None
        self.unconfirmed = False
        self._notes_raw = result.notes_raw
        references = sorted(result.references, key=lambda r: r.line)
        self._facts = Facts(
            references, result.labels, result.spans, whole,
            fold.effective_references(references), result.spans_clean,
        )  # fmt: skip
        self._exact, self._stale_from = True, None
        self._dirty, self._since, self._requested = since, None, None
        self._requested_lines = []
        rest = self.update()
        return Update((*ops, *rest.ops), rest.full)

    @staticmethod
    def _live_blocks(result: FullRendering, lines: list[str]) -> list[LiveBlock]:
        return IncrementalRenderer._records_as_blocks(result.blocks, lines)

    @staticmethod
    def _records_as_blocks(records: Sequence[BlockRecord], lines: list[str]) -> list[LiveBlock]:
        return [
            LiveBlock(0, r.start, r.end, "\n".join(lines[r.start : r.end]), r.html,
                      r.quotes_in, r.quotes_out, r.ids, r.raw, r.shown,
                      (r.html, r.digest) if r.digest else None)
            for r in records
        ]  # fmt: skip

    # -- incremental updates ---------------------------------------------------------------

    def update(self) -> Update:
        """Bring the page up to date with the edits so far, as far as a window update can."""
        if self._dirty.empty:
            return Update(full=self.needs_full)
        if not self._exact or self._full_mode():
            return Update(full=True)
        ops: list[Op] = []
        self.unconfirmed = True
        if not self._window_update(ops):
            self._exact = False
            return Update(tuple(ops), full=True)
        self._dirty = _Dirty()
        return Update(tuple(ops), full=self._stale_from is not None)

    def _window_update(self, ops: list[Op]) -> bool:
        old = self.blocks
        dirty = self._dirty
        delta = dirty.delta
        # Two blocks back: a block's rules read up to the next block's first line and one
        # more (a paragraph checks whether a table starts; a definition list reads on).
        i0 = max(0, bisect_left(old, dirty.start - 1, key=lambda b: b.start) - 2)
        first = old[i0].start if 0 < i0 < len(old) else 0
        found = self._parse_until_resync(first, dirty.end, delta)
        if found is None:
            return False
        window, count, j = found
        resync = old[j].start + delta if j < len(old) else len(self.lines)
        edited_end = dirty.end - delta
        old_braces = any(
            "{{" in b.source for b in old[i0:j] if b.end >= dirty.start and b.start <= edited_end
        )
        changed = (dirty.start, dirty.end, old_braces)
        facts = live_facts.checked_facts(
            self._facts, window, first, resync, delta, changed, lambda: self.text
        )
        if facts is None:
            return False
        env = self._facts.reference_env
        if facts[0] is not self._facts.references:  # the window had or has definitions
            env = fold.effective_references(facts[0])
        self._labels_changed = live_facts.changed_labels(self._facts.reference_env, env)
        fold.prepare_inline(window, env, len(facts[1]))
        self._notes_dirty = False
        rendered = self._render_window(window, count, i0, j)
        if rendered is None:
            return False
        fresh, exit_state = rendered
        if self.unsafe and any(block.raw for block in fresh):
            groups = raw_blocks.grouped(fresh, old[j:], delta)
            if groups is None:
                return False  # raw HTML left open to the end: only the sanitized whole
            fresh, absorbed = groups
            if absorbed:  # the blocks it took in keep their HTML only in the same state
                if exit_state.quotes != old[j].quotes_in or exit_state.new != exit_state.old:
                    return False
                exit_state.quotes = old[j + absorbed - 1].quotes_out
                j += absorbed
        self._facts.references, self._facts.spans, self._facts.spans_clean = facts
        self._facts.reference_env = env
        if self.footnotes and not self._notes_dirty:
            self._move_notes(ops, old[i0:j], fresh, resync, delta)
        ops.extend(page_ops(old[i0:j], fresh, old[j].id if j < len(old) else None, self._ids))
        if delta and j < len(old):
            for block in old[j:]:
                block.start += delta
                block.end += delta
            ops.append(Shift(old[j].id, old[-1].id, delta))
        old[i0:j] = fresh
        stale = self._stale_from
        if stale is not None and stale >= j:
            self._stale_from = stale + len(fresh) - (j - i0)
        elif stale is not None and stale > i0:
            self._stale_from = i0 + len(fresh)
        self._propagate(ops, i0, i0 + len(fresh), exit_state)
        if self._labels_changed and not self._relink(ops, i0, i0 + len(fresh)):
            return False
        return not self._notes_dirty or self._renumber(ops)

    def _relink(self, ops: list[Op], i0: int, m: int) -> bool:
        """Blocks outside the window [i0, m) that may use a link reference defined anew,
        rendered again (a changed `[x]: url` no longer takes a full render)."""
        labels = self._labels_changed
        blocks = self.blocks
        stale = len(blocks) if self._stale_from is None else self._stale_from
        using = [
            k for k in (*range(i0), *range(m, stale))
            if live_facts.uses_labels(blocks[k].source, labels)
        ]  # fmt: skip
        if len(using) > self.limits.references:
            return False
        for k in using:
            block = blocks[k]
            taken = set(_union(b.ids for b in blocks[:k])) if block.ids else set()
            fresh = self._rerender(block, block.quotes_in, taken)
            if fresh is None or (fresh.quotes_out, fresh.ids) != (block.quotes_out, block.ids):
                return False
            following = blocks[k + 1].id if k + 1 < len(blocks) else None
            ops.append(Remove((block.id,)))
            ops.append(Insert(following, ((fresh.id, fresh.page_html()),)))
            blocks[k] = fresh
        return True

    def _renumber(self, ops: list[Op]) -> bool:
        """Blocks with `[^` and the notes section rendered again (`live_notes`)."""
        result = live_notes.renumber(
            self.blocks,
            unsafe=self.unsafe,
            references=self._facts.reference_env,
            spans=self._facts.spans,
            limit=self.limits.notes,
            lines=len(self.lines),
            cache=self._notes_cache,
        )
        if result is None:
            return False
        for index, fresh in result.changed:
            old = self.blocks[index]
            following = self.blocks[index + 1].id if index + 1 < len(self.blocks) else None
            self._ids.assign([fresh])
            ops.append(Remove((old.id,)))
            ops.append(Insert(following, ((fresh.id, fresh.page_html()),)))
            self.blocks[index] = fresh
        if result.notes != self.footnotes:
            self.footnotes = result.notes
            ops.append(Footnotes(result.notes))
        self._notes_raw = result.notes_raw
        self._facts.labels = result.labels
        self._notes_dirty = False
        return True

    def _move_notes(
        self, ops: list[Op], old: list[LiveBlock], fresh: list[LiveBlock], resync: int, delta: int
    ) -> None:
        """The notes section's lines follow the (reused) definitions that moved."""
        notes = live_facts.moved_notes(self.footnotes, old, fresh, resync, delta)
        if notes != self.footnotes:
            self.footnotes = notes
            ops.append(Footnotes(notes))

    def _parse_until_resync(
        self, first: int, dirty_end: int, delta: int
    ) -> tuple[fold.Window, int, int] | None:
        """Parse from `first` until a block past the edit starts where an old one did.

        Returns the window, how many of its blocks are new and the index of the old block
        they stop at. Blocks before that point are exact only if the window also holds that
        old block and two lines after it: a definition list reads the paragraph after it
        and the next line, and a paragraph checks the line after a table header.
        """
        old = self.blocks
        total = len(self.lines)
        before = sum(1 for span in self._facts.spans if span[1] < first)
        j = bisect_left(old, dirty_end - delta, key=lambda b: b.start)
        step = 1
        while True:
            end = min(total, old[j + 1].start + delta + 2) if j + 1 < len(old) else total
            if end - first > self.limits.window_lines:
                return None
            window = fold.parse_window(
                "\n".join(self.lines[first:end]),
                first,
                unsafe=self.unsafe,
                shortcodes_before=before,
            )
            if end == total:
                return window, len(window.segments), len(old)
            for index, (start, _, _) in enumerate(window.segments):
                if start < dirty_end:
                    continue
                k = bisect_left(old, start - delta, key=lambda b: b.start)
                if k < len(old) and old[k].start == start - delta:
                    needed = old[k + 1].start + delta + 2 if k + 1 < len(old) else total
                    if needed <= end:
                        return window, index, k
                    break
            j = min(len(old), j + step)
            step *= 2

    def _render_window(
        self, window: fold.Window, count: int, i0: int, j: int
    ) -> tuple[list[LiveBlock], _Exit] | None:
        """The window's new blocks, reusing old ones whose text and entry state agree."""
        old = self.blocks
        quotes: Quotes = old[i0].quotes_in if i0 < len(old) else (0, 0)
        base: set[str] | None = None
        new_taken: set[str] = set()
        old_taken: set[str] = set()
        candidates: dict[str, deque[int]] = {}
        for m in range(i0, j):
            if not isinstance(old[m], raw_blocks.RawGroup):  # no single parsed block
                candidates.setdefault(old[m].source, deque()).append(m)
        pointer = i0
        fresh: list[LiveBlock] = []
        reused: set[int] = set()
        for index in range(count):
            start, end, _ = window.segments[index]
            source = window.source(start, end)
            queue = candidates.get(source) if "{{" not in source else None
            if queue and live_facts.uses_labels(source, self._labels_changed):
                queue = None  # it may use a link reference defined anew
            while queue and queue[0] < pointer:
                queue.popleft()
            block: LiveBlock | None = None
            if queue:
                match = old[queue[0]]
                skipped = _union(old[x].ids for x in range(pointer, queue[0]))
                out = _passes(match, quotes)
                if out is not None and (not match.ids or new_taken == old_taken | skipped):
                    old_taken |= skipped | match.ids
                    reused.add(queue[0])
                    pointer = queue.popleft() + 1
                    block = LiveBlock(match.id, start, end, source, match.html,
                                      quotes, out, match.ids, match.raw)  # fmt: skip
            if block is None:
                if "[^" in source:
                    self._notes_dirty = True  # a footnote reference or definition changed
                taken = new_taken
                if _has_heading(window.segments[index][2]):  # only then do the ids matter
                    if base is None:
                        base = _union(b.ids for b in old[:i0])
                    taken = base | new_taken
                record = fold.render_segment(window, index, quotes, taken)
                block = LiveBlock(0, start, end, source, record.html,
                                  quotes, record.quotes_out, record.ids, record.raw)  # fmt: skip
            fresh.append(block)
            quotes = block.quotes_out
            new_taken |= block.ids
        old_taken |= _union(old[x].ids for x in range(pointer, j))
        if any("[^" in old[x].source for x in range(i0, j) if x not in reused):
            self._notes_dirty = True  # a footnote reference or definition went
        return fresh, _Exit(quotes, new_taken, old_taken)
