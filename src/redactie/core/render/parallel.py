"""Both cores for the first full render of a long article: the blocks after a split line are
rendered ahead, in a second process, from an assumed entry state.

A block's HTML depends on the state the blocks before it leave (open quotes, heading ids,
footnote numbering; `fold.render_full`), so the second half cannot simply be rendered on its
own. Instead a helper process renders the blocks from `split_line` on as if the document
started there (no ids, no notes; open quotes: `ASSUMED_QUOTES`), and hands back each block
with the cache key it was rendered under. The worker's `render_full` runs over the whole
document as always and, on reaching the split, puts those blocks into its block cache: a
block whose real key equals the assumed one is a hit, any other (a quote left open across
the split, a footnote reference, a heading whose id is taken before the split) is rendered
again. The HTML is therefore the serial render's by construction; the tests compare them
byte for byte over the corpus. Headings are keyed again for the worker (`_heading_digests`):
its ids digest before each is known once it reaches the split.

Both processes parse the whole document (markdown-it's block phase, about 30% of a full
render: both need every block's key and the document's references), so the worker's share
is at best that plus half the rest. Measured (`benchmarks/parallel_render.py`, corpus-built
articles, median CPU ms per process on a machine shared with other work, load 17):

    article            serial   worker   helper   blocks after the split from the helper
    500 KB plain          790      514      520   920 of 1144
    500 KB footnotes      754      529      480   874 of 1103
    500 KB shortcodes     779      545      540   935 of 1152
    500 KB raw HTML       554      343      470
    5 MB plain          7,562    7,621    5,880   11,252 of 12,472

At 5 MB the worker gains nothing: its parse is 2.2 s, and once a heading after the split
takes an id that was taken before it (the same heading text), every later heading's ids
digest differs and it is rendered again, each with a copy of a set of thousands of ids.
Hence `PARALLEL_MAX_CHARS`; keying headings by what their id depends on would lift it.
"""

from __future__ import annotations

import contextlib
import pickle
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Final

from . import disk_cache, fold
from .blocks import BlockCache
from .pipeline import CachedBlock, EntryState

PARALLEL_CHARS: Final = 200_000  # from this long a streamed first render uses the helper
# and up to this long: at 5 MB the worker did not gain (see the module's docstring)
PARALLEL_MAX_CHARS: Final = 1_000_000
AHEAD_SHARE: Final = 0.6  # of the characters, from the end (the worker has more to do)
# The open quotes assumed at the split: a block's HTML depends on an open count only up to
# its number of quotes (`fold._relevant`), and in Dutch text apostrophes leave single quotes
# open (10-30 at the middle of the corpus-built articles), so many single quotes are assumed
# open; double quotes are closed in pairs, so none.
ASSUMED_QUOTES: Final = (1 << 20, 0)

# What the helper sends per block: the key's parts that vary (source, parsed text, the open
# quotes it depends on, the ids digest of a heading) and the block (HTML, raw, exit quotes,
# ids taken). Blocks with a footnote reference are left out: their numbering is never the
# assumed one past a first note, and pickling a numbering state pickles its whole chain.
Entry = tuple[str, str, Any, bytes | None, str, bool, tuple[int, int], frozenset[str]]


def split_line(text: str) -> int:
    """The first line the helper renders: the line that holds the split character."""
    return text.count("\n", 0, int(len(text) * (1 - AHEAD_SHARE)))


class _Recording(BlockCache):
    """A cache that finds nothing and records what is put in it, the way the main render
    would look it up (see `Entry`)."""

    def __init__(self, disk: disk_cache.DiskBlockStore | None) -> None:
        super().__init__(1, 1, disk=disk)
        self.entries: list[Entry] = []

    def get(self, key: tuple[Any, ...]) -> CachedBlock | None:
        return None

    def put(self, key: tuple[Any, ...], block: CachedBlock) -> None:
        source, parsed, relevant, notes, digest, _ = key
        if notes is None:
            exit_state = block.exit
            entry = (source, parsed, relevant, digest, block.html, block.raw_html)
            self.entries.append((*entry, exit_state.quotes, exit_state.ids))


@dataclass(frozen=True)
class Rendered:
    """The helper's answer: its blocks (`Entry`), and the heading ids each block from the
    split took, in order, non-empty ones only (to key its headings as the worker will)."""

    entries: list[Entry]
    taken: list[frozenset[str]]


def render_ahead(
    text: str, unsafe: bool, line: int, disk: disk_cache.DiskBlockStore | None = None
) -> Rendered:
    """The blocks from `line` on, rendered as if the document started there."""
    recording = _Recording(disk)
    records: list[fold.BlockRecord] = []
    everything = fold.Stream(0, 1 << 62)  # the records once, at the end
    fold.render_full(
        text,
        unsafe=unsafe,
        cache=recording,
        from_line=line,
        from_quotes=ASSUMED_QUOTES,
        stream=everything,
        parts=records.extend,
    )
    return Rendered(recording.entries, [r.ids for r in records if r.ids])


def _heading_digests(
    taken: list[frozenset[str]], digest: bytes, ids: frozenset[str]
) -> dict[bytes, bytes]:
    """The helper's ids digest before each of its headings -> the worker's there, for the
    headings that take the same id in both: a generated id the worker has not taken before
    the split (the candidates the helper passed over are taken in both; explicit ids are
    kept as they are, and checked the same way for simplicity). From the first heading
    that differs, the worker's digests differ from these, so its later keys miss."""
    helper, worker = fold._NO_IDS, digest
    digests: dict[bytes, bytes] = {}
    bad: set[bytes] = set()
    for block in taken:
        if block & ids:
            bad.add(helper)
        digests.setdefault(helper, worker)
        helper, worker = fold._advance(helper, block), fold._advance(worker, block)
    digests.setdefault(helper, worker)
    for helper in bad:
        del digests[helper]
    return digests


class Ahead:
    """The worker's side of one render: the job handed to the helper at once (from a thread:
    a helper still starting reads late), its blocks taken in when the render reaches them."""

    def __init__(self, connection: Connection, revision: int, text: str, unsafe: bool) -> None:
        self.line = split_line(text)
        self.taken = 0  # blocks the helper rendered that were put into the cache
        self._connection = connection
        self._revision = revision
        data = pickle.dumps((revision, text, unsafe, self.line), protocol=pickle.HIGHEST_PROTOCOL)
        threading.Thread(target=_send, args=(connection, data), daemon=True).start()

    def fill(
        self,
        cache: BlockCache,
        document_key: tuple[Any, ...],
        digest: bytes,
        ids: frozenset[str],
    ) -> None:
        """Wait for the helper's blocks and put them into `cache` under the keys the render
        will look up (`digest` and `ids`: its heading ids at the split); nothing if the
        helper is gone: the render then does them itself."""
        rendered = self._receive()
        if rendered is None:
            return
        headings = _heading_digests(rendered.taken, digest, ids)
        for source, parsed, relevant, before, html, raw, quotes, taken in rendered.entries:
            if before is not None:  # a heading
                before = headings.get(before)
                if before is None:
                    continue
            key = (source, parsed, relevant, None, before, document_key)
            cache.put(key, CachedBlock(html, raw, EntryState(quotes, taken, fold.NO_NOTES)))
            self.taken += 1

    def _receive(self) -> Rendered | None:
        while True:
            try:
                revision, rendered = self._connection.recv()
            except (EOFError, OSError, pickle.UnpicklingError):
                return None
            if revision == self._revision:  # else an earlier render's, never taken in
                return rendered if isinstance(rendered, Rendered) else None


def _send(connection: Connection, data: bytes) -> None:
    with contextlib.suppress(OSError, ValueError):  # the helper is gone: `fill` finds none
        connection.send_bytes(data)


def serve_helper(connection: Connection, use_disk: bool = True) -> None:
    """The helper process's loop: (revision, text, unsafe, line) in, (revision, `Rendered`)
    out.

    It reads and writes the disk cache as the worker does (a known article is quick on both
    sides; the benchmark turns it off); it ends when the worker's end of the pipe closes."""
    disk = disk_cache.DiskBlockStore() if use_disk else None
    while True:
        try:
            revision, text, unsafe, line = connection.recv()
        except (EOFError, OSError):
            return
        try:
            rendered: Rendered | None = render_ahead(text, unsafe, line, disk)
        except Exception:  # a renderer bug: the worker renders these blocks itself
            rendered = None
        try:
            connection.send((revision, rendered))
        except (BrokenPipeError, OSError):
            return
        del text, rendered
