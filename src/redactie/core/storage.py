"""Reading and writing article files so that a failure never damages what is on disk.

Saving writes a temporary file in the same folder, flushes and fsyncs it, then `os.replace`s it
over the original: at every moment the file on disk is either the old or the new version. The
original's permission bits are kept. Any failure removes the temporary file and raises a typed
`SaveError`; the original file is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Self

from redactie.core.errors import RedactieError


class StorageError(RedactieError):
    """A file could not be read or written; `path` says which, `detail` what the system said."""

    def __init__(self, path: Path, detail: str = "", os_error: str = "") -> None:
        super().__init__(type(self).codes[0], detail=detail, path=path, os_error=os_error)
        self.path = path

    @classmethod
    def from_os(cls, path: Path, exc: OSError) -> Self:
        """The error for an `OSError`: its text, and its errno name ("ENOENT") so the message
        can say it in the user's language instead of the system's English."""
        name = errno.errorcode.get(exc.errno or 0, "")
        return cls(path, exc.strerror or str(exc), name)


class ReadError(StorageError):
    """The file could not be read (missing, no permission, a folder)."""

    codes = ("storage.read",)


class SaveError(StorageError):
    """Saving failed; the original file on disk is unchanged."""

    codes = ("storage.save",)


class PermissionDeniedError(SaveError):
    """The folder or file may not be written (no permission)."""

    codes = ("storage.permission-denied",)


class ReadOnlyError(SaveError):
    """The folder is on a read-only file system."""

    codes = ("storage.read-only",)


class DiskFullError(SaveError):
    """No space left on the disk (or over a quota)."""

    codes = ("storage.disk-full",)


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise ReadError.from_os(path, exc) from exc


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes in one read; with `limit`, never more than `limit + 1` of them.

    The extra byte is how the caller tells "too large" without reading a huge file (or an
    endless one such as a device) whole: the size `stat` gives may be stale or meaningless.
    """
    try:
        with Path(path).open("rb") as handle:
            if limit is None:
                return handle.read()
            # `read(limit + 1)` alone allocates the whole limit (20 MB) for every small file:
            # 80 µs of a 30 µs read. Ask for the size `stat` gives first, the rest only if more.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, limit) + 1)
            if len(data) <= size or len(data) > limit:
                return data  # the end reached, or already past the limit
            return data + handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise ReadError.from_os(path, exc) from exc


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; on any error the old file stays as it was.

    Saving through a symbolic link writes the file it points to (the link stays a link)."""
    path = Path(path)
    with contextlib.suppress(OSError):  # unreadable: the write below says why
        if path.is_symlink():
            path = Path(os.path.realpath(path))
    folder = path.parent
    remove_leftovers(folder)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise _save_error(path, exc) from exc
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(path)
        tmp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise _save_error(path, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


_LEFTOVER = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what mkstemp above names its files
LEFTOVER_AGE = 60.0  # seconds: a save in progress in another window is never touched


def remove_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete temp files that interrupted saves left in `folder` (ours, older than a minute).

    A kill during a save can leave `.artikel.md.k2j4x9_q.tmp` beside the article; nothing
    else would ever remove it. Returns what was removed; never raises."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _LEFTOVER.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > LEFTOVER_AGE:
                leftover = Path(entry.path)
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            continue
    return removed


def content_hash(data: bytes) -> str:
    """Identity of a file's content: a touch without change keeps the same hash."""
    return hashlib.sha256(data).hexdigest()


def _save_error(path: Path, exc: OSError) -> SaveError:
    kind: type[SaveError] = SaveError
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        kind = DiskFullError
    elif exc.errno == errno.EROFS:
        kind = ReadOnlyError
    elif exc.errno in (errno.EACCES, errno.EPERM):
        kind = PermissionDeniedError
    return kind.from_os(path, exc)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on every platform."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
