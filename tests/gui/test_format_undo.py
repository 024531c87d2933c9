"""Undo after a format action leaves the cursor where the change was, in the real window.

A journalist selects a word in the last paragraph, presses Ctrl+I (or B, K, a heading, a
list, a code block), then Ctrl+Z and types on: the text must land where they were, not on the
first line (the edit cursor used to start its undo step at position 0).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow

BODY = "Eerste alinea bovenaan.\n\nTweede alinea.\n\nDe laatste alinea met een woord erin.\n"
ARTICLE = f'---\ntitle: "Kop"\n---\n{BODY}'


@pytest.mark.parametrize(
    ("key", "select"),
    [
        ("Ctrl+I", True),
        ("Ctrl+B", True),
        ("Ctrl+K", True),
        ("Ctrl+I", False),
        ("Ctrl+B", False),
        ("Ctrl+K", False),
    ],
)
def test_undo_after_formatting_keeps_the_cursor_at_the_change(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, key: str, select: bool
) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert window.open_path(path)
    editor = window.editor
    editor.setFocus()
    text = editor.toPlainText()
    at = text.index("woord")
    cursor = editor.textCursor()
    cursor.setPosition(at)
    if select:
        cursor.setPosition(at + len("woord"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, key[-1], Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() != text
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == text
    assert (
        editor.document()
        .findBlock(editor.textCursor().position())
        .text()
        .startswith("De laatste alinea")
    )
    qtbot.keyClicks(editor, "X")
    assert editor.toPlainText().splitlines()[0] == "Eerste alinea bovenaan."
    assert "X" in editor.toPlainText().splitlines()[-1]
