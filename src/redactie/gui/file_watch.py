"""Noticing that another program changed the open file (a `git pull`, a second editor).

QFileSystemWatcher says *something* happened; the content hash says whether it matters, so a
touch without change is ignored. Editors and git replace files by writing a new one and renaming
it, which drops the watch: the path is re-added once the file is back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from redactie.core import storage
from redactie.core.article import MAX_ARTICLE_SIZE

_RECHECK_MS = 150
_RECHECK_TRIES = 20  # about 3 s for a deleted file to come back


class FileWatcher(QObject):
    """Watches one file; emits `changedOnDisk` with the new bytes when its content changed."""

    changedOnDisk = Signal(bytes)  # noqa: N815 (Qt signal naming)
    deletedOnDisk = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._path: Path | None = None
        self._known_hash: str | None = None
        self._tries = 0
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(_RECHECK_MS)
        self._recheck.timeout.connect(self._check)

    def watch(self, path: Path | None, known_hash: str | None) -> None:
        """Follow `path`, whose content we know has `known_hash` (None: stop watching)."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._path = path
        self._known_hash = known_hash
        if path is not None and path.exists():
            self._watcher.addPath(str(path))

    def set_known_hash(self, known_hash: str | None) -> None:
        """After our own save: what is on disk now is ours, not someone else's change."""
        self._known_hash = known_hash
        self._ensure_watched()

    def _on_event(self, _name: str) -> None:
        self._tries = 0
        self._check()

    def _check(self) -> None:
        if self._path is None:
            return
        if not self._path.exists():
            self._tries += 1
            if self._tries <= _RECHECK_TRIES:
                self._recheck.start()  # probably being replaced: look again shortly
            else:
                self.deletedOnDisk.emit()
            return
        self._ensure_watched()
        try:
            data = storage.read_bytes(self._path, limit=MAX_ARTICLE_SIZE)  # over it: refused
        except storage.StorageError:
            self._recheck.start()
            return
        digest = storage.content_hash(data)
        if digest != self._known_hash:
            self._known_hash = digest
            self.changedOnDisk.emit(data)

    def _ensure_watched(self) -> None:
        path = self._path
        if path is not None and path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))
