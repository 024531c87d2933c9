"""Rendered blocks on disk between sessions, so reopening a known article renders only what
changed.

One SQLite file (stdlib) in the user's cache folder, shared by every window and render
worker: a row per block, keyed by a digest of the block's source and parsed text, the open
quotes it depends on, the document's link references and footnote labels, the raw-HTML
setting and the renderer's fingerprint (redactie's and markdown-it's versions and, when the
source files are there, their contents), so an upgrade or an edited renderer never shows
stale HTML. Only blocks whose HTML follows from that key alone are stored: no heading (its id
depends on the ids before it), no footnote reference or definition (numbering); those are
cheap to render again.

Bounded by bytes (the HTML and key of each row, `DEFAULT_MAX_BYTES`), the least recently
written or read out. Writes are collected and go to disk in one transaction on a thread of
their own (`flush`), so a render on the GUI thread never waits for the disk; SQLite makes each
transaction atomic. A file that is not a readable cache (garbage, another program's, a disk
error) is replaced once; if that fails too, the store stays empty and renders go on.

Measured (`benchmarks/render.py`, CPU time, articles of corpus articles): reopening a 500 KB
article with the store warm 0.41 s against 0.65 s for a render without it, cold 0.70 s
(the lookups, digests and the write); 5 MB: 6.3 s warm, 8.6 s without, 9.1 s cold. What is
left when warm is mostly markdown-it's block phase and the headings, rendered every time.
The file holds about 1 MB per 500 KB of article. One SQLite file rather than one per article:
a render has the text, not the article's path, and a block shared by two articles is one row.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import markdown_it

import redactie

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
FILE_NAME: Final = "render-blocks.sqlite"
_ROW_OVERHEAD: Final = 64  # the digest, the numbers and SQLite's own per-row bytes, roughly
_SCHEMA: Final = (
    "CREATE TABLE IF NOT EXISTS blocks (key BLOB PRIMARY KEY, html TEXT NOT NULL,"
    " raw INTEGER NOT NULL, single INTEGER NOT NULL, double INTEGER NOT NULL,"
    " size INTEGER NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS blocks_used ON blocks (used)",
)


@dataclass(frozen=True, slots=True)
class StoredBlock:
    """What a stored block gives back: its HTML (lines relative to its start), whether raw
    HTML was let through, and the open quote counts it leaves."""

    html: str
    raw: bool
    quotes: tuple[int, int]


def default_path() -> Path:
    """The cache file in the user's cache folder: `settings.cache_dir()`, asked of platformdirs
    here so the render worker does not import the settings' TOML library."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("redactie", appauthor=False)) / FILE_NAME


@cache
def fingerprint() -> bytes:
    """What the stored HTML was made by: versions, and the renderer's source when readable."""
    digest = hashlib.blake2b(digest_size=16)
    # The modules' own versions: `importlib.metadata` cost ~75 ms of the window's start.
    for version in (redactie.__version__, markdown_it.__version__):
        digest.update(f"{version};".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):  # a bundle without sources: the versions alone
            digest.update(path.read_bytes())
    return digest.digest()


def document_digest(document_key: tuple[Any, ...]) -> bytes:
    """The part of every block's key that is the document's (raw HTML setting, references,
    footnote labels) and the renderer's: made once per render."""
    digest = hashlib.blake2b(fingerprint(), digest_size=16)
    digest.update(repr(document_key).encode())
    return digest.digest()


def block_digest(document: bytes, source: str, parsed: str, quotes: tuple[Any, Any]) -> bytes:
    """A block's key: the document's digest, its texts and the open quotes it depends on."""
    digest = hashlib.blake2b(document, digest_size=16)
    digest.update(f"{len(source)}:{quotes!r}:".encode())
    digest.update(source.encode())
    digest.update(b"\0")
    digest.update(parsed.encode())
    return digest.digest()


class DiskBlockStore:
    """The cache file: `get` reads at once, `put` collects, `flush` writes in a thread."""

    def __init__(self, path: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = path if path is not None else default_path()
        self.max_bytes = max_bytes
        self._pending: dict[bytes, StoredBlock] = {}
        self._writing: dict[bytes, StoredBlock] = {}  # being written: still readable here
        self._read: set[bytes] = set()
        self._writer: threading.Thread | None = None
        self._connection: sqlite3.Connection | None = None
        self._usable = True  # until opening failed: opened on first use, not at startup

    # -- reading ----------------------------------------------------------------------------

    def get(self, key: bytes) -> StoredBlock | None:
        """The stored block, or None (also when the file cannot be read)."""
        pending = self._pending.get(key) or self._writing.get(key)
        if pending is not None:
            return pending
        connection = self._connect()
        if connection is None:
            return None
        try:
            row = connection.execute(
                "SELECT html, raw, single, double FROM blocks WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as error:
            log.warning("render cache unreadable, not used: %s", error)
            self._usable = False
            return None
        if row is None or not isinstance(row[0], str):
            return None
        try:
            block = StoredBlock(row[0], bool(row[1]), (int(row[2]), int(row[3])))
        except (TypeError, ValueError):  # not what this module wrote
            return None
        self._read.add(key)
        return block

    # -- writing ----------------------------------------------------------------------------

    def put(self, key: bytes, block: StoredBlock) -> None:
        """Keep a block to write at the next `flush`."""
        if self._usable:
            self._pending[key] = block

    def flush(self) -> None:
        """Write what was collected, in a thread; a write still running is waited for first."""
        if not (self._pending or self._read) or self._connect() is None:
            return
        self.wait()
        pending, read = self._pending, self._read
        self._pending, self._read, self._writing = {}, set(), pending
        self._writer = threading.Thread(
            target=self._write, args=(pending, read), name="redactie-render-cache", daemon=True
        )
        self._writer.start()

    def wait(self) -> None:
        """Until the last flush is on disk."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None
        self._writing = {}

    def close(self) -> None:
        """Flush, wait for it, and let go of the file."""
        self.flush()
        self.wait()
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._usable = False

    def _write(self, pending: dict[bytes, StoredBlock], read: set[bytes]) -> None:
        try:
            connection = _connect(self.path, timeout=5.0)
            try:
                with connection:
                    _write_rows(connection, pending, read, self.max_bytes)
            finally:
                connection.close()
        except sqlite3.Error as error:  # busy, full disk, replaced file: these rows are lost
            log.warning("render cache not written: %s", error)

    # -- opening ----------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is None and self._usable:
            self._connection = self._open()
            self._usable = self._connection is not None
        return self._connection if self._usable else None

    def _open(self) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = _connect(self.path, timeout=0.2)
                connection.execute("PRAGMA journal_mode = WAL")
                for statement in _SCHEMA:
                    connection.execute(statement)
                connection.execute("SELECT key FROM blocks LIMIT 1").fetchall()
                return connection
            except (sqlite3.Error, OSError) as error:
                log.warning("render cache %s unusable: %s", self.path, error)
                if _busy(error):  # another process is writing: not this session, but keep it
                    return None
                if attempt == 0:
                    _remove(self.path)
        return None


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=timeout, isolation_level="DEFERRED")
    connection.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash loses at most a flush
    return connection


def _write_rows(
    connection: sqlite3.Connection,
    pending: dict[bytes, StoredBlock],
    read: set[bytes],
    max_bytes: int,
) -> None:
    """Insert the new rows and mark the read ones as used now, then drop the oldest until
    the rows fit in `max_bytes`."""
    (newest,) = connection.execute("SELECT coalesce(max(used), 0) FROM blocks").fetchone()
    now = int(newest) + 1
    connection.executemany(
        "INSERT OR REPLACE INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (key, b.html, int(b.raw), b.quotes[0], b.quotes[1], _size(key, b), now)
            for key, b in pending.items()
        ),
    )
    connection.executemany(
        "UPDATE blocks SET used = ? WHERE key = ?", ((now, key) for key in read - pending.keys())
    )
    (total,) = connection.execute("SELECT coalesce(sum(size), 0) FROM blocks").fetchone()
    excess = int(total) - max_bytes
    if excess <= 0:
        return
    doomed: list[tuple[bytes]] = []
    for key, size in connection.execute("SELECT key, size FROM blocks ORDER BY used, key"):
        doomed.append((key,))
        excess -= size
        if excess <= 0:
            break
    connection.executemany("DELETE FROM blocks WHERE key = ?", doomed)


def _size(key: bytes, block: StoredBlock) -> int:
    return len(key) + len(block.html.encode()) + _ROW_OVERHEAD


def _busy(error: Exception) -> bool:
    return isinstance(error, sqlite3.OperationalError) and any(
        word in str(error) for word in ("locked", "busy")
    )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
