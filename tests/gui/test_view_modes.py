"""View → Show Form, Show Preview, Focus Mode, Full Screen: panes hide and always come back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE


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


def test_a_narrow_window_folds_the_form_and_lets_form_and_preview_take_turns(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.open_path(EXAMPLE_ARTICLE)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.form.isVisible() and window.preview.isVisible())
    window.resize(800, 970)  # half a screen
    qtbot.waitUntil(lambda: not window.form.isVisible())
    assert window.preview.isVisible()
    qtbot.waitUntil(lambda: window.editor.width() >= 400)  # not 3-5 words a line
    assert not _view(window, "view:form").isChecked()

    _view(window, "view:form").trigger()  # the form comes back, in the preview's place
    assert window.form.isVisible() and not window.preview.isVisible()
    qtbot.waitUntil(lambda: window.editor.width() >= 400)
    _view(window, "view:form").trigger()  # and gives it back
    assert not window.form.isVisible() and window.preview.isVisible()

    window.resize(1600, 1000)  # wide again: everything unfolds
    qtbot.waitUntil(lambda: window.form.isVisible() and window.preview.isVisible())
    assert _view(window, "view:form").isChecked() and _view(window, "view:preview").isChecked()


def test_a_form_the_user_hid_stays_hidden_when_the_window_widens(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1600, 1000)
    _view(window, "view:form").trigger()
    window.resize(800, 970)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.preview.isVisible())
    assert not window.form.isVisible()


def test_a_finding_about_a_field_unfolds_the_form_in_a_narrow_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.open_path(EXAMPLE_ARTICLE)
    window.resize(800, 970)
    qtbot.waitUntil(lambda: not window.form.isVisible())
    window.site_tools.checks.fieldRequested.emit("summary")
    assert window.form.isVisible()
    summary = window.form.editors["summary"].focus_widget()
    qtbot.waitUntil(summary.hasFocus)


def test_typewriter_scrolling_keeps_the_typed_line_in_the_middle(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 720)
    window.editor.setPlainText("\n\n".join(f"Alinea {n} van een lang stuk." for n in range(300)))
    _view(window, "view:typewriter").trigger()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)  # the very last line: centred too
    window.editor.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(window.editor, "Nieuwe regel")
    middle = window.editor.viewport().height() / 2
    line = window.editor.cursorRect().center().y()
    assert abs(line - middle) <= window.editor.fontMetrics().lineSpacing()
