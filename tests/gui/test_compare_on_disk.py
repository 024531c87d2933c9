"""A file changed on disk while you have edits: "Show both" compares the versions side by side,
word by word, and the journalist takes per change; never a second window stacked on the first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from redactie.gui.compare_dialog import CompareDialog
from redactie.gui.main_window import MainWindow
from tests.gui.conftest import answer_message_box

ORIGINAL = '---\ntitle: "Kop"\n---\nEerste alinea.\n\nTweede alinea.\n'


def test_show_both_takes_a_change_from_disk_and_keeps_mine(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(ORIGINAL, encoding="utf-8")
    assert window.open_path(path)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("Mijn slotzin.\n")
    window.editor.setTextCursor(cursor)
    shown: list[str] = []

    def choose() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog)), None
        )
        if dialog is None:
            QTimer.singleShot(20, choose)
            return
        shown.append(dialog.right.toPlainText())
        first = dialog.list.item(0)  # the title changed on disk: take it
        first.setCheckState(Qt.CheckState.Checked)
        button = dialog.findChild(QPushButton, "compare_apply")
        assert button is not None
        button.click()

    answer_message_box("show_both")
    QTimer.singleShot(0, choose)
    windows_before = len(window.context.windows)
    path.write_text(ORIGINAL.replace('"Kop"', '"Betere kop"'), encoding="utf-8")
    merged = lambda: "Betere kop" in window.document.current_bytes().decode()  # noqa: E731
    qtbot.waitUntil(merged, timeout=10_000)
    assert '"Betere kop"' in shown[0]
    text = window.document.current_bytes().decode()
    assert text.endswith("Mijn slotzin.\n")  # mine kept
    assert len(window.context.windows) == windows_before  # no second window
    assert window.document.is_modified()  # the merge is not on disk yet
    assert path.read_text(encoding="utf-8") == ORIGINAL.replace('"Kop"', '"Betere kop"')
