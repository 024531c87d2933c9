"""View → Show Form, Show Preview, Focus Mode, Full Screen: panes hide and always come back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow


def _view(window: MainWindow, name: str) -> QAction:
    menu = window.findChild(QMenu, "view_menu")
    assert menu is not None
    return next(a for a in menu.actions() if a.objectName() == name)


def test_focus_mode_leaves_the_editor_alone_and_gives_everything_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dock = window.findChild(QDockWidget, "checks_dock")
    assert dock is not None and dock.isVisible()
    _view(window, "view:focus").trigger()
    assert window.editor.isVisible()
    assert not window.form.isVisible() and not window.preview.isVisible()
    assert not dock.isVisible()
    assert not _view(window, "view:form").isChecked()
    qtbot.keyClicks(window.editor, "Geconcentreerd schrijven.")
    _view(window, "view:focus").trigger()
    assert window.form.isVisible() and window.preview.isVisible() and dock.isVisible()
    assert window.editor.toPlainText().endswith("Geconcentreerd schrijven.")


def test_form_and_preview_hide_and_come_back_from_the_view_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    form, preview = _view(window, "view:form"), _view(window, "view:preview")
    form.trigger()
    preview.trigger()
    assert not window.form.isVisible() and not window.preview.isVisible()
    form.trigger()
    preview.trigger()
    assert window.form.isVisible() and window.preview.isVisible()
    assert form.shortcut().toString() == "Ctrl+Shift+F"


def test_full_screen_toggles(qtbot: QtBot, window: MainWindow) -> None:
    _view(window, "view:full_screen").trigger()
    qtbot.waitUntil(window.isFullScreen)
    _view(window, "view:full_screen").trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
