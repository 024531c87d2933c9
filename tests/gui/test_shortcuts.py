"""Standard shortcuts on a Linux desktop Qt does not know: Replace and Full Screen keep a key.

Under X11 without GNOME or KDE (Xvfb with openbox), Qt's key table has no key for Replace or
Full Screen. The tests give the window that table and press the keys a user would.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE

Key = QKeySequence.StandardKey
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bare_desktop_window(
    qtbot: QtBot, context: AppContext[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The real window built with the key table of an unknown X11 desktop."""
    platform: Callable[[Key], list[QKeySequence]] = QKeySequence.keyBindings
    missing = (Key.Replace, Key.FullScreen)
    monkeypatch.setattr(
        QKeySequence, "keyBindings", lambda key: [] if key in missing else platform(key)
    )
    window = MainWindow(context)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.stages.done)
    assert window.open_path(EXAMPLE_ARTICLE)
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    return window


def test_ctrl_h_opens_replace_where_the_platform_has_no_key_for_it(
    qtbot: QtBot, bare_desktop_window: MainWindow
) -> None:
    window = bare_desktop_window
    text = window.editor.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_H, CTRL)
    assert window.find_bar.isVisible() and window.find_bar.replace_field.isVisible()
    assert window.editor.toPlainText() == text  # nothing typed into the article
    assert window.editor_actions.replace.toolTip() == "Replace (Ctrl+H)"


def test_f11_toggles_full_screen_where_the_platform_has_no_key_for_it(
    qtbot: QtBot, bare_desktop_window: MainWindow
) -> None:
    window = bare_desktop_window
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(window.view_modes.full_screen.isChecked)
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.view_modes.full_screen.isChecked())
