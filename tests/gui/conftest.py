"""Fixtures for tests that drive the real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from redactie.core import recovery
from redactie.core.settings import Settings
from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    session = recovery.RecoverySession(tmp_path / "recovery")
    ctx = AppContext(Settings(), session, language="en", settings_path=tmp_path / "settings.toml")
    yield ctx
    for window in list(ctx.windows):
        window.confirm_discard = lambda: True  # type: ignore[method-assign]  # no prompt at teardown
        window.close()
    session.close()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    win = MainWindow(context)  # closed by the context fixture, without the unsaved prompt
    win.show()
    qtbot.waitExposed(win)
    return win


def answer_message_box(button_name: str | QMessageBox.StandardButton) -> list[str]:
    """Answer the next message box when it opens; returns the texts it showed."""
    seen: list[str] = []

    def answer() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.objectName())
        seen.append(box.text())
        if isinstance(button_name, QMessageBox.StandardButton):
            button = box.button(button_name)
        else:
            button = box.findChild(QWidget, button_name)
        assert button is not None, f"no button {button_name} in {box.objectName()}"
        button.click()

    QTimer.singleShot(0, answer)
    return seen


Answer = Callable[[str | QMessageBox.StandardButton], list[str]]


@contextmanager
def message_boxes_closed() -> Iterator[list[str]]:
    """Inside the block every message box that opens is noted (its object name) and closed;
    a test that expects none asserts the list stays empty."""
    seen: list[str] = []

    def close() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                seen.append(box.objectName())
                box.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


@pytest.fixture(autouse=True)
def collect_stale_wrappers() -> Iterator[None]:
    """Free the Python wrappers of widgets a test closed before the next test runs.

    A window's wrappers sit in reference cycles (signal lambdas, parent links) and outlive
    their C++ objects until the cyclic garbage collector runs. Run at a random moment inside a
    later test, shiboken freed such a stale wrapper after Qt had reused its address for a new
    highlighter, and invalidated the live one mid-highlight (a segfault in setPlainText).
    Collecting here, between tests, keeps that moment out of the tests."""
    yield
    import gc

    gc.collect()
