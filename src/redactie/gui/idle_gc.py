"""Python's cycle collector, run only between events.

A closed window's Python wrappers live on in reference cycles until the cycle collector runs.
Left automatic, that can happen in the middle of a Qt call (a highlighter repainting a block),
and PySide then tears down wrappers while Qt still uses them: a crash, reproduced under gdb.
Running the collector from a timer in the event loop keeps it to moments when no Qt code is on
the stack. The usual PySide/PyQt remedy; the thresholds stay Python's own.

Widgets waiting for `deleteLater` are deleted first (`collect`). Their wrappers no longer own
them (deleteLater hands the object to Qt), and when the collector frees such a wrapper while
the widget still lives, shiboken gives its children's wrappers to Python, which then deletes
them: an editor's document went while the editor and its pause timer lived on, and the timer
fired into the freed document (a segfault, reproduced every time under gdb).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

INTERVAL_MS = 500


class IdleGarbageCollector(QObject):
    """Turns automatic collection off and collects from the event loop instead."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the number found."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young <= first:
            return 0
        generation = 2 if old > third else 1 if middle > second else 0
        return collect(generation)


def collect(generation: int = 2) -> int:
    """Delete what waits for `deleteLater`, then collect: a wrapper never outlives its
    object's ownership while its children still run."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return gc.collect(generation)
