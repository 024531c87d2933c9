"""View → Appearance: System, Light or Dark, for the window and the preview, kept for next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from redactie.core import settings as settings_store
from redactie.gui.main_window import MainWindow
from redactie.gui.theme import apply_theme
from tests.gui.test_preview import js, open_article, write_article


@pytest.fixture
def system_theme_after(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "system")


def _lightness(window: MainWindow) -> int:
    return window.palette().color(QPalette.ColorRole.Window).lightness()


def _choose(window: MainWindow, code: str) -> None:
    menu = window.findChild(QMenu, "theme_menu")
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == f"theme:{code}").trigger()


def test_dark_and_light_apply_to_window_and_preview_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, system_theme_after: None
) -> None:
    pane = open_article(qtbot, window, write_article(tmp_path, "Tekst.\n", title='"x"'))
    _choose(window, "dark")
    qtbot.waitUntil(lambda: _lightness(window) < 128)
    qtbot.waitUntil(
        lambda: js(qtbot, pane, "document.documentElement.classList.contains('dark')") is True
    )
    _choose(window, "light")
    qtbot.waitUntil(lambda: _lightness(window) > 128)
    qtbot.waitUntil(
        lambda: js(qtbot, pane, "document.documentElement.classList.contains('light')") is True
    )
    stored = settings_store.load(window.context._settings_path)
    assert stored.theme == "light"
