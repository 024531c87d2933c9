"""The team steps (git, often over the network) in threads of their own, never on the GUI thread.

`TeamWorkers.run(work, done, failed)` runs `work()` in a new thread; its result or its exception
comes back by a queued signal and `done` or `failed` is called on the GUI thread.

Not the `QThreadPool`: a fetch waits on the network for up to a minute, and on a two-core
machine it would hold one of the pool's two threads from the tag scan, the spelling and the
thumbnails. A step that only reads (status, history, the review list) runs as a daemon thread,
so quitting never waits for a remote that does not answer; a step that writes (sync, submit,
approve, send back) is waited for at exit, so it ends (or rolls back) instead of being cut off.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Carrier(QObject):
    """Carries one worker's outcome to the GUI thread (a plain callable cannot have signals)."""

    finished = Signal(int, object, object)  # ticket, result, exception (or None)


class TeamWorkers(QObject):
    """Starts team steps in the pool; `running` counts those not yet answered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._waiting: dict[
            int, tuple[_Carrier, Callable[[Any], None], Callable[[BaseException], None]]
        ] = {}

    @property
    def running(self) -> int:
        return len(self._waiting)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        writes: bool = False,
    ) -> None:
        """`writes`: the step changes the repository (quitting waits for it)."""
        ticket = next(self._tickets)
        carrier = _Carrier()
        carrier.finished.connect(self._finish)  # queued: emitted in the pool thread
        self._waiting[ticket] = (carrier, done, failed)

        def job() -> None:
            try:
                result, error = work(), None
            except Exception as exc:  # a thread must report, never die silently
                result, error = None, exc
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                carrier.finished.emit(ticket, result, error)

        threading.Thread(target=job, name="redactie-team", daemon=not writes).start()

    def _finish(self, ticket: int, result: object, error: object) -> None:
        entry = self._waiting.pop(ticket, None)
        if entry is None:
            return
        _carrier, done, failed = entry
        if isinstance(error, BaseException):
            failed(error)
        else:
            done(result)
