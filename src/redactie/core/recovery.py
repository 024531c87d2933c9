"""The recovery journal: unsaved work copied to the app's data folder, never over the original.

Each running editor session holds an exclusive lock on its own journal folder. After a crash or
a kill the lock is gone with the process, so the next start finds the folder unlocked and offers
its copies back; a session that is still running (a second window or instance) keeps its lock and
its copies are left alone.

Reading the journal at start-up can never stop the app: every entry is read defensively (an
odd `original`, a naive time, a lock that is a folder or a dangling link, a `.json` that was
never written); an entry whose text is intact is offered with what is known, and anything that
cannot be read is moved aside to `quarantine/` (and logged) instead of failing every start.
"""

from __future__ import annotations

import contextlib
import json
import logging
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
QUARANTINE = "quarantine"
log = logging.getLogger(__name__)


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
        # What each document's copy holds now: the same again is not written. The window
        # copies every 5 s while a text is unsaved, and each copy is two atomic writes with
        # four fsyncs (up to 600 ms on a busy disk, issue 18). They run in the GUI's pool
        # (`gui/recovery_writer.py`): one document's writes and discards one after another,
        # different documents' at once (each touches only its own key and files).
        self._written: dict[str, tuple[Path | None, bytes]] = {}

    def write(self, document_id: str, original: Path | None, data: bytes) -> None:
        """Keep a copy of `data`; atomic, so a crash mid-write leaves the previous copy.
        A copy that already holds exactly this is left as it is."""
        if self._written.get(document_id) == (original, data):
            return
        self._written.pop(document_id, None)  # a failed write below leaves nothing known
        storage.write_atomic(self.folder / f"{document_id}.md", data)
        meta = {
            "original": str(original) if original else None,
            "saved_at": datetime.now(UTC).isoformat(),
        }
        storage.write_atomic(self.folder / f"{document_id}.json", json.dumps(meta).encode())
        self._written[document_id] = (original, data)

    def discard(self, document_id: str) -> None:
        """The document was saved or closed without changes: its copy is no longer needed."""
        self._written.pop(document_id, None)
        for suffix in (".md", ".json"):
            with contextlib.suppress(OSError):  # gone, or the folder itself is gone or odd
                (self.folder / f"{document_id}{suffix}").unlink()

    def close(self) -> None:
        """A clean exit: release the lock and remove the journal."""
        if self._lock is not None:
            _release(self._lock)
            self._lock = None
        shutil.rmtree(self.folder, ignore_errors=True)


def new_document_id() -> str:
    return uuid.uuid4().hex


def orphaned_entries(root: Path, set_aside: list[Path] | None = None) -> list[RecoveryEntry]:
    """Copies left by sessions that ended without closing (crash, kill), newest first.

    What cannot be read is moved to `root/quarantine` and added to `set_aside`; never raises."""
    entries: list[RecoveryEntry] = []
    moved = set_aside if set_aside is not None else []
    try:
        folders = sorted(p for p in root.iterdir() if p.name != QUARANTINE)
    except OSError:
        return entries
    for folder in folders:
        try:
            if folder.is_symlink() or not folder.is_dir():
                continue
            held, lock = _lock_state(folder / _LOCK)
            if held:
                continue  # still running
            try:
                entries.extend(_read_folder(folder, root, moved))
            finally:
                if lock is not None:
                    _release(lock)
        except Exception:  # an odd folder must never stop the start
            log.warning("recovery folder set aside: %s", folder, exc_info=True)
            _quarantine(folder, root, moved)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def discard_entry(entry: RecoveryEntry) -> None:
    """Forget one recovered copy; the folder goes when it holds nothing else."""
    for suffix in (".md", ".json"):
        with contextlib.suppress(OSError):
            (entry.folder / f"{entry.document_id}{suffix}").unlink()
    try:
        remaining = [p for p in entry.folder.iterdir() if p.name != _LOCK]
    except OSError:
        return
    if not remaining:
        shutil.rmtree(entry.folder, ignore_errors=True)


def _read_folder(folder: Path, root: Path, moved: list[Path]) -> list[RecoveryEntry]:
    entries = []
    for data_path in sorted(folder.glob("*.md")):
        try:
            data = data_path.read_bytes()
        except OSError:
            log.warning("unreadable recovery copy set aside: %s", data_path)
            _quarantine(data_path, root, moved)
            continue
        meta = _read_meta(data_path.with_suffix(".json"))
        original = meta.get("original")
        saved_at = _time(meta.get("saved_at"), data_path)
        path = Path(original) if isinstance(original, str) and original.strip() else None
        entries.append(RecoveryEntry(folder, data_path.stem, path, saved_at, data))
    for meta_path in folder.glob("*.json"):  # a description without its text
        if not meta_path.with_suffix(".md").exists():
            _quarantine(meta_path, root, moved)
    if not entries and not any(p.suffix == ".md" for p in folder.iterdir()):
        shutil.rmtree(folder, ignore_errors=True)  # an empty journal of an ended session
    return entries


def _read_meta(path: Path) -> dict[str, object]:
    """The copy's description, or {} when it was never written or cannot be read."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _time(value: object, data_path: Path) -> datetime:
    """When the copy was made: as written (a naive time is UTC), else the file's own time."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(value)
            return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    try:
        return datetime.fromtimestamp(data_path.stat().st_mtime, UTC)
    except OSError:
        return datetime.now(UTC)


def _quarantine(path: Path, root: Path, moved: list[Path]) -> None:
    """Move `path` out of the journal's way, keeping it for a person to look at."""
    target_folder = root / QUARANTINE
    with contextlib.suppress(OSError):
        target_folder.mkdir(parents=True, exist_ok=True)
        target = target_folder / f"{path.parent.name}-{path.name}"
        path.replace(target)
        moved.append(target)


def _lock_state(path: Path) -> tuple[bool, IO[bytes] | None]:
    """(held by a running session, our lock handle). A lock that is not a plain file (a
    folder, a dangling link) is held by nobody: a running session always has a real one."""
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return False, None
    except OSError:
        return False, None
    try:
        handle = _acquire(path)
    except OSError:
        return False, None
    return handle is None, handle


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
