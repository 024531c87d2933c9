"""Work that waits for a widget's first paint, however long the start takes.

A timer started while the window is built runs out before the first paint when the start is
slow (a busy machine: seconds of wall time), and the work it starts then delays that paint.
Waiting for the paint itself keeps such work after it; a widget that is not shown (a test, the
self-test, a hidden dock) gets its call after `hidden_ms`, as a timer would have given it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

HIDDEN_MS = 1000


class FirstPaint(QObject):
    """Calls `callback` once, from the event loop just after `widget` first painted."""

    def __init__(
        self, widget: QWidget, callback: Callable[[], None], hidden_ms: int = HIDDEN_MS
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(hidden_ms, self, self._if_hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)  # after this paint, not inside it
        return False

    def _if_hidden(self) -> None:
        if not self._widget.isVisible():
            self._call()

    def _call(self) -> None:
        if not self.done:
            self.done = True
            self._widget.removeEventFilter(self)
            self._callback()
