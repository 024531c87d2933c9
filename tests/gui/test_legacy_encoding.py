"""A file that is not UTF-8 (Word, Windows Notepad) can be opened as Windows-1252 and is saved
as UTF-8; a file that cannot be opened is known before the unsaved-changes question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.conftest import answer_message_box

ARTICLE = '---\ntitle: "Café in de wijk"\n---\nHet café – al 50 jaar – sluit.\n'


def test_a_windows_1252_file_opens_and_saves_as_utf8(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "oud.md"
    path.write_bytes(ARTICLE.encode("cp1252"))
    seen = answer_message_box("open_as_windows_1252")
    assert window.open_path(path)
    assert seen[0] == "legacy_encoding"
    title = window.form.findChild(QLineEdit, "field:title")
    assert title is not None and title.text() == "Café in de wijk"
    assert "café – al 50 jaar" in window.editor.toPlainText()
    assert window.document.is_modified()  # the UTF-8 text is not on disk yet
    assert path.read_bytes() == ARTICLE.encode("cp1252")  # nothing written by opening
    assert window.save()
    assert path.read_bytes() == ARTICLE.encode("utf-8")


def test_an_unopenable_file_is_refused_before_the_unsaved_question(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.editor.insertPlainText("Onbewaard werk.")
    assert window.document.is_modified()
    binary = tmp_path / "foto.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    assert not window.open_path(binary)
    assert seen[0] == "open_error"  # the error, not "save your changes?" first
    assert "Onbewaard werk." in window.editor.toPlainText()
    assert window.document.is_modified()


def test_declining_the_legacy_encoding_keeps_the_current_article(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "oud.md"
    path.write_bytes(ARTICLE.encode("cp1252"))
    window.editor.insertPlainText("Mijn tekst.")
    answer_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.open_path(path)
    assert window.editor.toPlainText() == "Mijn tekst."
