"""Fixtures for tests that drive the real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from redactie.core import recovery
from redactie.core.settings import Settings
from redactie.gui import i18n
from redactie.gui.context import AppContext
from redactie.gui.gil import favour_gui_thread
from redactie.gui.main_window import MainWindow
from tests.gui.test_pexels_cover import actions, server  # noqa: F401 (fixtures)


@pytest.fixture(scope="session", autouse=True)
def apps_switch_interval() -> None:
    """The GIL handed to the GUI thread within 0.5 ms, as in the app's process (`gil.py`):
    the window is tested as it runs, with the pool's Python beside it."""
    favour_gui_thread()


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp: QApplication) -> None:
    """English as the app starts it: its translator spells out the plural forms ("1 error")."""
    i18n.install_translators(qapp, "en")


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext[MainWindow]]:
    session = recovery.RecoverySession(tmp_path / "recovery")
    ctx: AppContext[MainWindow] = AppContext(
        Settings(), session, settings_path=tmp_path / "settings.toml"
    )
    ctx.window_factory = lambda: MainWindow(ctx)
    yield ctx
    for window in list(ctx.windows):
        window.confirm_discard = lambda: True  # type: ignore[method-assign]  # no prompt at teardown
        window.close()
    # The pool's work for a closed window (checks, counts, readability) ends before the next
    # test: a pool thread still running into the next test's teardown crashed the process.
    QThreadPool.globalInstance().waitForDone(60_000)
    session.close()


@pytest.fixture
def dutch_ui(qapp: QApplication) -> Iterator[None]:
    """The app in Dutch, as for a user whose system or setting says so; English again after."""
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "nl")
    yield
    i18n.remove_translators(app, installed)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The window as the user has it a moment after it is shown: both stages built."""
    win = MainWindow(context)  # closed by the context fixture, without the unsaved prompt
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.stages.done)  # after the first paint (`window_stages.py`)
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
    Collecting here, between tests, keeps that moment out of the tests; before the first test
    too, for what collecting the test modules left (test_spelling's first editor crashed in
    its constructor when one more module was collected). What waits for `deleteLater` (every
    widget pytest-qt closed) is deleted first, as the app's collector does (`idle_gc`)."""
    from redactie.gui.idle_gc import collect

    collect()
    yield
    collect()
