"""The recovery journal: unsaved work copied to the app's data folder, never over the original.

Each running editor session holds an exclusive lock on its own journal folder. After a crash or
a kill the lock is gone with the process, so the next start finds the folder unlocked and offers
its copies back; a session that is still running (a second window or instance) keeps its lock and
its copies are left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from redactie.core import storage

_LOCK = "session.lock"


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovered document: where it came from, when it was copied, and its bytes."""

    folder: Path
    document_id: str
    original: Path | None
    saved_at: datetime
    data: bytes

    @property
    def display_name(self) -> str:
        return self.original.name if self.original else "untitled.md"


class RecoverySession:
    """The journal of one running app; copies are written while documents have changes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        stamp = f"{datetime.now(UTC):%Y%m%dT%H%M%S}"
        self.folder = root / f"{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = _acquire(self.folder / _LOCK)
        if self._lock is None:  # pragma: no cover (a fresh folder is always free)
            raise OSError(f"cannot lock {self.folder}")

    def write(self, document_id: str, original: Path | None, data: bytes) -> None:
        """Keep a copy of `data`; atomic, so a crash mid-write leaves the previous copy."""
        storage.write_atomic(self.folder / f"{document_id}.md", data)
        meta = {
            "original": str(original) if original else None,
            "saved_at": datetime.now(UTC).isoformat(),
        }
        storage.write_atomic(self.folder / f"{document_id}.json", json.dumps(meta).encode())

    def discard(self, document_id: str) -> None:
        """The document was saved or closed without changes: its copy is no longer needed."""
        for suffix in (".md", ".json"):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{document_id}{suffix}").unlink()

    def close(self) -> None:
        """A clean exit: release the lock and remove the journal."""
        if self._lock is not None:
            _release(self._lock)
            self._lock = None
        shutil.rmtree(self.folder, ignore_errors=True)


def new_document_id() -> str:
    return uuid.uuid4().hex


def orphaned_entries(root: Path) -> list[RecoveryEntry]:
    """Copies left by sessions that ended without closing (crash, kill), newest first."""
    entries: list[RecoveryEntry] = []
    if not root.is_dir():
        return entries
    for folder in sorted(root.iterdir()):
        if not folder.is_dir():
            continue
        lock = _acquire(folder / _LOCK)
        if lock is None:
            continue  # still running
        try:
            entries.extend(_read_folder(folder))
        finally:
            _release(lock)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def discard_entry(entry: RecoveryEntry) -> None:
    """Forget one recovered copy; the folder goes when it holds nothing else."""
    for suffix in (".md", ".json"):
        with contextlib.suppress(FileNotFoundError):
            (entry.folder / f"{entry.document_id}{suffix}").unlink()
    remaining = [p for p in entry.folder.iterdir() if p.name != _LOCK]
    if not remaining:
        shutil.rmtree(entry.folder, ignore_errors=True)


def _read_folder(folder: Path) -> list[RecoveryEntry]:
    entries = []
    for meta_path in folder.glob("*.json"):
        data_path = meta_path.with_suffix(".md")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            data = data_path.read_bytes()
            saved_at = datetime.fromisoformat(meta["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        original = Path(meta["original"]) if meta.get("original") else None
        entries.append(RecoveryEntry(folder, meta_path.stem, original, saved_at, data))
    if not entries and not any(p.suffix == ".md" for p in folder.iterdir()):
        shutil.rmtree(folder, ignore_errors=True)  # an empty journal of an ended session
    return entries


def _acquire(path: Path) -> IO[bytes] | None:
    """An exclusive, non-blocking lock that the OS drops when the process dies."""
    handle = path.open("a+b")
    try:
        if sys.platform == "win32":  # pragma: no cover (Windows)
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _release(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover (Windows)
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    handle.close()
