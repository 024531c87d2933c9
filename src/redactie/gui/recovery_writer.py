"""The recovery copy of one window's unsaved article, written off the GUI thread.

A copy is two atomic writes with four fsyncs: on a loaded machine `benchmarks/pause_holds.py`
measured GUI-thread holds of up to 286 ms from it (issue 18, item 4). The GUI thread now only
takes the text's two pieces (`ArticleDocument.current_pieces`: no copy of the body beyond the
editor's one read, which the pause's other work shares) and hands them to a worker, which joins,
encodes and writes them.

One document's copies form a line: at most one job of it runs at a time, in the order given,
and a newer copy waiting supersedes an older one not yet started. Dropping the copy (after a
save or a load, and when the window closes) goes down the same line, so a write already under
way finishes first and a write still waiting is never started: a late write can never bring
back a copy that was dropped. The app waits for the pool before it removes the journal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from redactie.core import storage
from redactie.core.recovery import RecoverySession
from redactie.gui.document import ArticleDocument

Job = Callable[[], None]
Executor = Callable[[Job], None]
STATUS_MS = 6000


def pool_executor(job: Job) -> None:
    """The app's thread pool: the app and the tests wait for it before the journal goes."""
    QThreadPool.globalInstance().start(job)


class Reports(QObject):
    """Failures from the workers, by document id; lives as long as the app (a window, and its
    writer, may be gone before its last job ends)."""

    failed = Signal(str)


def failure_reports() -> Reports:
    """The app's one `Reports`, a child of the application; call it on the GUI thread."""
    app = QCoreApplication.instance()
    found = app.findChild(Reports, "recovery_reports") if app is not None else None
    if found is None:
        found = Reports(app)
        found.setObjectName("recovery_reports")
    return found


class CopyLine:
    """One document's jobs in order: one at work, the newest waiting one next (thread-safe)."""

    def __init__(self, executor: Executor) -> None:
        self._executor = executor
        self._lock = threading.Lock()
        self._waiting: Job | None = None
        self._busy = False
        self._idle = threading.Event()
        self._idle.set()

    def put(self, job: Job) -> None:
        """Run `job` after the one at work; a job still waiting is dropped for it."""
        with self._lock:
            self._waiting = job
            start = not self._busy
            if start:
                self._busy = True
                self._idle.clear()
        if start:
            self._executor(self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                job, self._waiting = self._waiting, None
                if job is None:
                    self._busy = False
                    self._idle.set()
                    return
            job()

    def wait(self, seconds: float) -> bool:
        """Block until nothing is at work or waiting; False when `seconds` ran out."""
        return self._idle.wait(seconds)

    def idle(self) -> bool:
        return self._idle.is_set()


class RecoveryWriter(QObject):
    """Keeps the recovery copy of `document` fresh: every `interval_s` seconds and when asked
    (after a typing pause) while it has unsaved changes; drops it when saved or closed."""

    def __init__(
        self,
        document: ArticleDocument,
        recovery: RecoverySession | None,
        interval_s: int,
        show_message: Callable[[str, int], None],
        parent: QObject | None = None,
        *,
        executor: Executor = pool_executor,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.recovery = recovery
        self._show_message = show_message
        self.line = CopyLine(executor)
        self._reports = failure_reports()  # made here, on the GUI thread; the workers only emit
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_s) * 1000)
        self._timer.timeout.connect(self.write)
        self._timer.start()
        self._reports.failed.connect(self._on_failed)

    def write(self) -> None:
        """Copy the unsaved text (never over the original file); the disk work is the pool's."""
        recovery = self.recovery
        if recovery is None or not self.document.is_modified():
            return
        document_id, original = self.document.document_id, self.document.path
        head, body = self.document.current_pieces()
        reports = self._reports

        def job() -> None:
            try:
                recovery.write(document_id, original, (head + body).encode("utf-8"))
            except storage.StorageError:
                reports.failed.emit(document_id)

        self.line.put(job)

    def discard(self) -> None:
        """Saved, reloaded or closed: the copy goes, after any write under way, and a write
        still waiting never starts."""
        recovery = self.recovery
        if recovery is not None:
            document_id = self.document.document_id
            self.line.put(lambda: recovery.discard(document_id))

    def close(self) -> None:
        """The window closes: no more copies, and this one goes."""
        self._timer.stop()
        self.discard()

    def wait(self, seconds: float = 10.0) -> bool:
        """Until the copies asked for are on disk (or dropped); for the rare caller that must
        know, like the restore at start-up before it removes the crashed session's copy."""
        return self.line.wait(seconds)

    def _on_failed(self, document_id: str) -> None:
        if document_id == self.document.document_id:
            self._show_message(self.tr("Could not write the recovery copy."), STATUS_MS)
