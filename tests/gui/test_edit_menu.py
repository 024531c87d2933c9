"""The Edit menu has Cut, Copy, Paste and Select All, working on whatever has the focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow


def _action(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "edit_menu")
    assert menu is not None
    return next(a for a in menu.actions() if a.objectName() == name)


def test_copy_from_the_editor_and_paste_into_a_form_field_by_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    path.write_text('---\ntitle: "Oud"\n---\nNieuwe kop uit de tekst\n', encoding="utf-8")
    assert window.open_path(path)
    names = [a.objectName() for a in window.findChild(QMenu, "edit_menu").actions()]  # type: ignore[union-attr]
    assert names[:6] == ["undo", "redo", "", "cut", "copy", "paste"]
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    cursor = window.editor.textCursor()
    cursor.select(cursor.SelectionType.LineUnderCursor)
    window.editor.setTextCursor(cursor)
    _action(window, "copy").trigger()
    assert QGuiApplication.clipboard().text() == "Nieuwe kop uit de tekst"
    title = window.form.findChild(QLineEdit, "field:title")
    assert title is not None
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    _action(window, "selectall").trigger()  # the title's text, not the editor's
    assert title.selectedText() == "Oud"
    _action(window, "paste").trigger()
    assert title.text() == "Nieuwe kop uit de tekst"
    assert window.save()
    assert 'title: "Nieuwe kop uit de tekst"' in path.read_text(encoding="utf-8")
