"""The team steps (git, often over the network) in the thread pool, never on the GUI thread.

`TeamWorkers.run(work, done, failed)` runs `work()` in a `QThreadPool` worker; its result or
its exception comes back by a queued signal and `done` or `failed` is called on the GUI thread.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


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
    ) -> None:
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

        QThreadPool.globalInstance().start(job)

    def _finish(self, ticket: int, result: object, error: object) -> None:
        entry = self._waiting.pop(ticket, None)
        if entry is None:
            return
        _carrier, done, failed = entry
        if isinstance(error, BaseException):
            failed(error)
        else:
            done(result)
