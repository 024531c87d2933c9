"""The state leaving an edited window, carried to the later blocks that depend on it.

Part of `IncrementalRenderer` (a mixin: the engine's module had grown past 600 lines). When
the open quotes or the heading ids taken differ after the window, the later blocks that read
them are rendered again, up to `Limits.renders`; past that, or for a block that does not parse
alone, the rest is marked stale and left to a full render.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import fold, live_notes, raw_blocks
from .fold import Quotes
from .live_facts import Facts
from .live_state import _Exit, _may_take_id, _next_clash, _passes, _root, _union
from .patch import BlockIds, Insert, LiveBlock, Op, Remove


@dataclass(frozen=True)
class Limits:
    """How much one update may do before it leaves the rest to a full render."""

    window_lines: int = 1500
    renders: int = 24
    notes: int = 400  # blocks with `[^` renumbered after an edit of one (`live_notes`)
    references: int = 400  # blocks that may use a changed link reference definition


class Propagation:
    """`_propagate` and `_rerender` of `IncrementalRenderer`, over the engine's state."""

    blocks: list[LiveBlock]
    lines: list[str]
    unsafe: bool
    _stale_from: int | None
    _notes_dirty: bool
    _facts: Facts
    _ids: BlockIds
    limits: Limits

    def _propagate(self, ops: list[Op], i0: int, m: int, state: _Exit) -> None:
        """Re-render later blocks whose entry state changed and which depend on it."""
        blocks = self.blocks
        quotes = state.quotes
        differ = state.new ^ state.old
        if not differ and (m == len(blocks) or blocks[m].quotes_in == quotes):
            return
        # The ids taken before the window are the same on both sides: leave them out of the
        # sets compared, and add them only to render a heading.
        base: set[str] | None = None
        new_taken, old_taken = set(state.new), set(state.old)
        roots = {_root(x) for x in differ}
        renders = 0
        while m < len(blocks):
            block = blocks[m]
            same_quotes = quotes == block.quotes_in
            if (self._stale_from is not None and m >= self._stale_from) or (
                same_quotes and not differ
            ):
                return
            if same_quotes:
                # Only the ids differ now: every block up to the next one whose id may change
                # stays as it is, its ids taken on both sides alike (a key in a heading walked
                # 10,000 blocks at 5 MB, 65 ms).
                stop = len(blocks) if self._stale_from is None else self._stale_from
                k, skipped = _next_clash(blocks, m, min(stop, len(blocks)), roots)
                if k > m:
                    new_taken |= skipped
                    old_taken |= skipped
                    m = k
                    if m < len(blocks):
                        quotes = blocks[m].quotes_in
                    continue
            out = _passes(block, quotes)
            # A heading with an explicit id ({#id}) takes it only if it is still free; code
            # with braces is no heading (re-rendering every such block took a 5 MB article
            # past the limit of renders, to a full render on every key in a heading).
            heading = bool(block.ids) or (bool(differ) and _may_take_id(block))
            clash = heading and (not block.ids or any(_root(x) in roots for x in block.ids))
            depends = out is None or clash
            old_ids = block.ids
            if depends:
                taken: set[str] = set()
                if heading:
                    if base is None:
                        base = _union(b.ids for b in blocks[:i0])
                    taken = base | new_taken
                fresh = self._rerender(block, quotes, taken)
                if fresh is None or renders == self.limits.renders:
                    self._stale_from = m
                    return
                renders += 1
                following = blocks[m + 1].id if m + 1 < len(blocks) else None
                ops.append(Remove((block.id,)))
                ops.append(Insert(following, ((fresh.id, fresh.page_html()),)))
                blocks[m] = block = fresh
            else:
                assert out is not None
                block.quotes_in, block.quotes_out = quotes, out
            new_taken |= block.ids
            old_taken |= old_ids
            if block.ids != old_ids:
                differ = new_taken ^ old_taken
                roots = {_root(x) for x in differ}
            quotes = block.quotes_out
            m += 1

    def _rerender(self, block: LiveBlock, quotes: Quotes, taken: set[str]) -> LiveBlock | None:
        """The block rendered from another entry state (None if it does not parse alone); one
        with `[^` is renumbered afterwards (its number depends on the notes before it)."""
        if isinstance(block, raw_blocks.RawGroup):
            return None  # several blocks: they are rendered again only in a window
        if "[^" in block.source:
            self._notes_dirty = True
        before = sum(1 for span in self._facts.spans if span[0] < block.start)
        window = fold.parse_window(
            live_notes.alone(block, len(self.lines)),
            block.start,
            unsafe=self.unsafe,
            shortcodes_before=before,
        )
        if not live_notes.parses_alone(window, block):
            return None
        fold.prepare_inline(window, self._facts.reference_env, len(self._facts.spans))
        record = fold.render_segment(window, 0, quotes, taken)
        if record.raw and not raw_blocks.self_contained(record.html):
            return None
        fresh = LiveBlock(0, block.start, block.end, block.source, record.html,
                          quotes, record.quotes_out, record.ids, record.raw)  # fmt: skip
        self._ids.assign([fresh])
        return fresh
