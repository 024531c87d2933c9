"""What the benchmark scripts that drive the real window (offscreen) share: the application,
the event loop run until something holds, keys typed, a window opened and closed, and the
GUI thread's longest hold.

Importing it sets the offscreen platform (unless the environment names another), so import
it before PySide6 is imported.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from redactie.core.recovery import RecoverySession
    from redactie.gui.main_window import MainWindow


def start_app(*, idle_gc: bool = False) -> QApplication:
    """The application, its GIL switch interval the app's; with `idle_gc` collecting garbage
    as `app.run` does (only when idle: a collection inside a Qt call crashed)."""
    from PySide6.QtWidgets import QApplication

    from redactie.gui.gil import favour_gui_thread

    favour_gui_thread()  # as the app's process does (`create_application`)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("redactie-benchmark")
    if idle_gc:
        from redactie.gui.idle_gc import IdleGarbageCollector

        IdleGarbageCollector(app)
    return app


def runs_at(size: int, runs: int) -> int:
    """Fewer runs of a 5 MB article (each takes a while), at least two."""
    return runs if size < 5_000_000 else max(2, runs // 2)


def open_window(recovery: RecoverySession | None = None) -> MainWindow:
    """A fresh main window of the app, shown at 1600×1000."""
    from redactie.core import settings as settings_store
    from redactie.gui import main_window
    from redactie.gui.context import AppContext

    window = main_window.MainWindow(AppContext(settings_store.Settings(), recovery))
    window.resize(1600, 1000)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    """Close `window` without asking about unsaved changes."""
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.close()


def wait(condition: Callable[[], bool], timeout: float = 60.0, *signals: object) -> None:
    """Run the event loop until `condition` holds, checked when one of `signals` fires (or
    every millisecond without signals); the loop blocks in between, so it costs no CPU."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)

    def test(*_: object) -> None:
        if condition():
            loop.quit()

    for signal in signals:
        signal.connect(test)  # type: ignore[attr-defined]
    if not signals:
        check.timeout.connect(test)
        check.start()
    timed_out: list[bool] = []
    QTimer.singleShot(int(timeout * 1000), lambda: (timed_out.append(True), loop.quit()))
    loop.exec()
    check.stop()
    for signal in signals:
        signal.disconnect(test)  # type: ignore[attr-defined]
    if timed_out and not condition():
        raise TimeoutError("the preview did not answer")


def pause(ms: int) -> None:
    """Run the event loop for `ms`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def type_key(widget: object, char: str) -> None:
    """A key press and release of `char` (a space, else an A key with `char` as its text)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_A
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def every_millisecond(tick: Callable[[], None]) -> QTimer:
    """A started precise 1 ms timer: it fires only when the event loop is free, so a longer
    gap between two ticks is a GUI-thread hold."""
    from PySide6.QtCore import Qt, QTimer

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    return timer


class HoldMeter:
    """The longest GUI-thread hold while `on`: the longest gap between two ticks of a 1 ms
    timer, less the millisecond (a timer fires only when the event loop is free)."""

    def __init__(self) -> None:
        self.on = False
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = every_millisecond(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.on:
            self.longest = max(self.longest, now - self._last - 0.001)
        self._last = now
