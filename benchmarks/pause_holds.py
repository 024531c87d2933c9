"""GUI-thread holds after opening a long article and after a typing pause (issue 18, item 4).

The real window (offscreen) opens an article built from real corpus articles
(`preview_articles.py`) at 500 KB and 5 MB, waits until everything the open sets off is done
(the checks, the readability score and its marks, the word count, the recovery copy, the
preview), then types a few keys in the middle several times, each time waiting for the work
of the typing pause to finish. A hold is a gap over 8 ms between two ticks of a 1 ms timer
on the GUI thread (it fires only when the event loop is free; the dispatcher's awake and
aboutToBlock missed queued slots); its cause is the outermost redactie call that took most
of it (the slot Qt called) and the call whose own time was largest (where the time went),
timed by wrapping every function of the GUI's classes (a thread sampling the GUI thread's
stack crashed Python 3.11 in `f_back`; an application-wide event filter crashed PySide).
A hold with no redactie call is Qt's own work (layout, paint, the web engine's IPC) or
the GUI thread waiting for the GIL while pool threads run Python (the readability count,
the checks): the timer's slot is Python too.

It prints per size and phase (the open, the keys themselves, the pauses after them) the
number of holds, median and p95 of their lengths, the longest with their causes, and the
total per cause. Before/after: run it with PYTHONPATH on the old tree's `src`, then the new.
The machine may be shared: run it more than once and report ranges.

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/pause_holds.py [rounds]
(PAUSE_HOLDS_SIZES=500KB,5MB picks sizes.)
"""

from __future__ import annotations

import collections
import functools
import inspect
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks._gui import every_millisecond, start_app
from benchmarks._gui import pause as _pause
from benchmarks._gui import type_key as _type_key
from benchmarks._gui import wait as _wait
from benchmarks._stats import percentiles as _percentiles
from benchmarks.preview_articles import chosen_sizes, written

HOLD_MS = 8.0
# The GUI thread's own time in these calls is printed apart, every call (not only the holds):
# less at the mercy of a loaded machine than the holds' wall time.
CALLS = os.environ.get("PAUSE_HOLDS_CALLS", "recovery").lower()
SIZES = chosen_sizes((("500 KB", 500_000), ("5 MB", 5_000_000)), "PAUSE_HOLDS_SIZES")


@dataclass
class Hold:
    phase: str
    ms: float
    slots: dict[str, float] = field(default_factory=dict)  # the outermost redactie calls
    inner: dict[str, float] = field(default_factory=dict)  # every call's own ms

    def cause(self) -> str:
        """The outermost redactie call that took most of the hold (its share), and the call
        whose own time was largest (where the time went)."""
        if not self.slots:
            return "no redactie call: Qt's own work, or the GIL held by the pool's Python"
        slot = max(self.slots.items(), key=lambda kv: kv[1])[0]
        inner = max(self.inner.items(), key=lambda kv: kv[1])[0]
        return slot if inner == slot else f"{slot} > {inner}"

    def share(self) -> float:
        """The part of the hold spent in redactie calls (the rest is Qt's), in per cent."""
        return 100 * sum(self.slots.values()) / self.ms


class HoldRecorder:
    """Holds of the GUI thread over `HOLD_MS`, each with the redactie calls made in it.

    Every function of every class in `redactie.gui` (and `Article.to_text`/`to_bytes`) is timed
    on the GUI thread: inclusive for the outermost redactie call, its own time (without timed
    calls inside) for each. Slots that are lambdas show as what they call. The timing costs
    about a microsecond a call; before and after pay it alike."""

    def __init__(self) -> None:
        self.phase = ""
        self.holds: list[Hold] = []
        self._slots: dict[str, float] = collections.defaultdict(float)
        self._inner: dict[str, float] = collections.defaultdict(float)
        self._stack: list[list[float]] = []  # per open call: [start, time in timed calls]
        # Every outermost call whose name matches `CALLS`, held or not: (phase, name, ms).
        self.calls: list[tuple[str, str, float]] = []
        self._main = threading.get_ident()
        self._last = time.perf_counter()
        self._timer = every_millisecond(self._tick)

    def _tick(self) -> None:
        """A 1 ms timer fires only when the event loop is free: a longer gap was a hold."""
        now = time.perf_counter()
        span = (now - self._last) * 1000 - 1
        if span > HOLD_MS and self.phase:
            self.holds.append(Hold(self.phase, span, dict(self._slots), dict(self._inner)))
        self._last = now
        self._slots.clear()
        self._inner.clear()

    def wrap_all(self) -> None:
        """Wrap the GUI classes' functions (the modules the window imported) and core's."""
        from redactie.core.article import article

        for name, module in list(sys.modules.items()):
            if not name.startswith("redactie.gui") or module is None:
                continue
            for owner in list(vars(module).values()):
                if isinstance(owner, type) and owner.__module__ == name:
                    for attr, value in list(vars(owner).items()):
                        if inspect.isfunction(value) and not attr.startswith("__"):
                            setattr(owner, attr, self._wrapped(f"{owner.__name__}.{attr}", value))
        for attr in ("to_text", "to_bytes"):
            method = getattr(article.Article, attr)
            setattr(article.Article, attr, self._wrapped(f"Article.{attr}", method))

    def timed(self, name: str, call: Callable[[], Any]) -> Any:
        """Run `call`, noting its time under `name` (only on the GUI thread)."""
        if threading.get_ident() != self._main:
            return call()
        stack = self._stack
        frame = [time.perf_counter(), 0.0]
        stack.append(frame)
        slot = len(stack) == 1
        try:
            return call()
        finally:
            spent = time.perf_counter() - frame[0]
            stack.pop()
            self._inner[name] += (spent - frame[1]) * 1000
            if stack:
                stack[-1][1] += spent
            if slot:
                self._slots[name] += spent * 1000
                if self.phase and CALLS in name.lower():
                    self.calls.append((self.phase, name, spent * 1000))

    def _wrapped(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        code = func.__code__
        # A slot gets as many of a signal's arguments as it takes (PySide counts them).
        takes = None if code.co_flags & inspect.CO_VARARGS else code.co_argcount

        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            return self.timed(name, lambda: func(*args[:takes], **kwargs))

        return timed


def _settled(window: Any) -> bool:
    """Whether the work an open or a pause sets off is done (checked on the GUI thread)."""
    from PySide6.QtCore import QThreadPool

    view = window.readability
    checks = window.site_tools.checks
    marking = getattr(view, "settled", None)
    return (
        not view._pause.isActive()
        and getattr(view, "_shown_request", -1) == view._request
        and (marking is None or marking())
        and not checks.timer.isActive()
        and checks.settled()
        and not window._typing_pause.isActive()
        and not window.editor._stats_timer.isActive()
        and window.preview.is_current()
        and QThreadPool.globalInstance().activeThreadCount() == 0
    )


def _wait_settled(window: Any) -> None:
    """Until `_settled` has held for a second running (timers nobody names come due)."""
    quiet_since: float | None = None
    deadline = time.perf_counter() + 900
    while time.perf_counter() < deadline:
        _pause(20)
        if not _settled(window):
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > 1.0:
            return
    raise TimeoutError("the window never settled")


def _note_shown_requests() -> None:
    """Remember which readability request was last shown (old and new trees alike)."""
    from redactie.gui.editor.readability_view import ReadabilityView

    show = ReadabilityView._show

    def noted(self: Any, request: int, *args: Any) -> Any:
        self._shown_request = request
        t = time.perf_counter()
        try:
            return show(self, request, *args)
        finally:
            if os.environ.get("PAUSE_HOLDS_DEBUG"):
                print(
                    "DEBUG show", request, (time.perf_counter() - t) * 1000, threading.get_ident()
                )

    ReadabilityView._show = noted  # type: ignore[method-assign]


def measure(path: Path, recorder: HoldRecorder, rounds: int, keys: int) -> None:
    from PySide6.QtGui import QTextCursor

    from redactie.core import settings as settings_store
    from redactie.core.recovery import RecoverySession
    from redactie.gui import main_window
    from redactie.gui.context import AppContext

    recovery = RecoverySession(path.parent / "recovery")
    window = main_window.MainWindow(AppContext(settings_store.Settings(), recovery))
    window.resize(1600, 1000)
    window.show()
    loads: list[bool] = []
    window.preview.page.loadFinished.connect(loads.append)
    _wait(lambda: bool(loads))
    _pause(1500)
    recorder.phase = "open"
    assert window.open_path(path)
    _wait_settled(window)
    editor = window.editor
    for round_ in range(rounds):
        recorder.phase = ""
        cursor = editor.textCursor()
        block = editor.document().findBlockByNumber(
            editor.document().blockCount() * (round_ + 1) // (rounds + 2)
        )
        while block.isValid() and len(block.text()) < 60:
            block = block.next()
        cursor.setPosition(block.position() + 10)
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus()
        _pause(300)
        recorder.phase = "keys"
        for index in range(keys):
            _type_key(editor, "a" if index % 2 else " ")
            _pause(120)
        recorder.phase = "pause"
        _wait_settled(window)
        recorder.phase = ""
    assert recovery.folder.is_dir() and any(recovery.folder.glob("*.md"))  # copies written
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.close()
    recovery.close()
    _pause(300)


def report_calls(calls: list[tuple[str, str, float]]) -> None:
    print(f"GUI-thread time in calls matching {CALLS!r} (every call, held or not):")
    for phase in ("open", "keys", "pause"):
        for name in sorted({n for p, n, _ in calls if p == phase}):
            spans = [ms for p, n, ms in calls if p == phase and n == name]
            p50, p95 = _percentiles(spans)
            print(
                f"{phase:6} {len(spans):4} calls  median {p50:7.2f} ms  p95 {p95:7.2f} ms"
                f"  longest {max(spans):7.2f} ms  total {sum(spans):7.1f} ms  {name}"
            )


def report(label: str, holds: list[Hold]) -> None:
    print(f"\n== {label}: GUI-thread holds over {HOLD_MS:.0f} ms ==")
    for phase in ("open", "keys", "pause"):
        mine = [h for h in holds if h.phase == phase]
        if not mine:
            print(f"{phase:6} none")
            continue
        p50, p95 = _percentiles([h.ms for h in mine])
        print(
            f"{phase:6} {len(mine):4} holds   median {p50:8.1f} ms   p95 {p95:8.1f} ms"
            f"   longest {max(h.ms for h in mine):8.1f} ms"
            f"   total {sum(h.ms for h in mine):8.0f} ms"
        )
        for hold in sorted(mine, key=lambda h: -h.ms)[:6]:
            print(f"         {hold.ms:8.1f} ms  {hold.cause()} ({hold.share():.0f}% in redactie)")
        per_cause: dict[str, list[float]] = collections.defaultdict(list)
        for hold in mine:
            per_cause[hold.cause()].append(hold.ms)
        print("       per cause (holds, total ms, longest ms):")
        for cause, spans in sorted(per_cause.items(), key=lambda kv: -sum(kv[1]))[:8]:
            print(f"         {len(spans):4} {sum(spans):8.0f} {max(spans):8.1f}  {cause}")


def main() -> None:
    import redactie

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    app = start_app(idle_gc=True)  # as the app runs: never a collection inside a Qt call
    _note_shown_requests()
    from redactie.gui import main_window  # noqa: F401 - the classes to wrap

    recorder = HoldRecorder()
    recorder.wrap_all()
    print(f"redactie from {Path(redactie.__file__).parent}")
    for label, _size, path, what in written(SIZES):
        recorder.holds = []
        recorder.calls = []
        measure(path, recorder, rounds, keys=6)
        report(f"{label} ({what}; {rounds} pauses after 6 keys)", recorder.holds)
        report_calls(recorder.calls)
    app.quit()


if __name__ == "__main__":
    main()
