"""A document as top-level blocks, for a preview that patches only what changed.

`render_blocks(text)` returns every top-level block (paragraph, heading, list, table,
code block...) with its source lines and HTML, plus the footnotes section that Goldmark
appends. Joined, they are exactly `render_html(text)` (checked by the tests).

How blocks that depend on each other are handled: a block is rendered from the state
the blocks before it leave behind, and that state is part of the cache key (see
`pipeline`):

- open typographic quotes (a `"` opened in one paragraph closes in a later one),
- heading ids already taken (a second `## Inleiding` becomes `inleiding-1`),
- footnote numbering so far (notes are numbered by first reference),
- the document's link reference definitions and footnote labels (a `[x]` or `[^x]`
  resolves only if defined somewhere).

So an edit that changes one of those re-renders exactly the blocks whose input changed,
and a pure move (lines inserted above) is still a hit. Blocks holding footnote
definitions are always rendered (they feed the footnotes section). The one case where
blocks cannot stand alone is raw HTML on a site that allows it: a `<div>` opened in one
block may close in another, and sanitizing block by block differs from sanitizing the
whole; `full_render_needed` then says to use `render_html` instead of patching.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from . import prepare_source
from .disk_cache import DiskBlockStore
from .pipeline import CachedBlock, render_document
from .sanitize import sanitize


@dataclass(frozen=True)
class Block:
    """One top-level block: source lines [start, end), 0-based, and its HTML."""

    start: int
    end: int
    html: str


@dataclass(frozen=True)
class BlockRendering:
    """The blocks in document order and the footnotes section after them."""

    blocks: tuple[Block, ...]
    footnotes: str
    full_render_needed: bool

    @property
    def html(self) -> str:
        """The whole body; equal to `render_html` unless `full_render_needed`."""
        return "".join(block.html for block in self.blocks) + self.footnotes


class BlockCache:
    """Rendered blocks by (block text, entry state, document facts), least recent out.

    Bounded by count and by bytes (the strings of key and HTML, as `sys.getsizeof` counts
    them): the render worker kept up to 65,536 blocks, 455 MiB for a 5 MB article. One cache
    per open document is the intended use; it is not thread-safe. With a `disk` store,
    `fold.render_full` also looks there for what is not in memory, and keeps what it
    renders there (`disk_cache`: reopening a known article renders only what changed).
    """

    def __init__(
        self,
        max_blocks: int = 4096,
        max_bytes: int = 64 * 1024 * 1024,
        *,
        disk: DiskBlockStore | None = None,
    ) -> None:
        self._max = max_blocks
        self._max_bytes = max_bytes
        self.disk = disk
        self._items: OrderedDict[tuple[Any, ...], tuple[CachedBlock, int]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: tuple[Any, ...]) -> CachedBlock | None:
        """The cached block, marked as recently used, or None."""
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self.hits += 1
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: tuple[Any, ...], block: CachedBlock) -> None:
        """Store a rendered block, dropping the least recently used beyond the limits."""
        size = _size(key, block)
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        self._items[key] = (block, size)
        self.bytes += size
        while len(self._items) > self._max or (self.bytes > self._max_bytes and self._items):
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped

    def clear(self) -> None:
        """Forget everything (e.g. when the site's settings change)."""
        self._items.clear()
        self.bytes = 0


_ENTRY_OVERHEAD = 512  # the key tuple, the states, the dict entry (measured roughly)


def _size(key: tuple[Any, ...], block: CachedBlock) -> int:
    """The bytes one entry holds: its strings and sets of heading ids (a set of every id
    taken so far, per heading, was most of a 5 MB article's cache and counted as nothing),
    and a fixed amount for the rest."""
    held = (str, bytes, frozenset)
    parts = sum(sys.getsizeof(part) for part in key if isinstance(part, held))
    return parts + sys.getsizeof(block.html) + sys.getsizeof(block.exit.ids) + _ENTRY_OVERHEAD


def render_blocks(
    markdown: str,
    *,
    unsafe: bool = False,
    front_matter: bool = True,
    cache: BlockCache | None = None,
) -> BlockRendering:
    """The document's top-level blocks with their HTML, reusing `cache` where possible."""
    document = render_document(
        prepare_source(markdown, front_matter=front_matter), unsafe=unsafe, cache=cache
    )
    raw = document.raw_html
    blocks = tuple(
        Block(b.start, b.end, sanitize(b.html) if b.raw_html else b.html) for b in document.blocks
    )
    notes = sanitize(document.footnotes) if document.footnotes_raw_html else document.footnotes
    return BlockRendering(blocks, notes, full_render_needed=raw)
