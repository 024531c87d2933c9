"""Undoing back to the text as opened: what saving and exporting would write is that text again.

The article's body was synchronised from the editor only while the editor said "modified"; an
undo back to the clean state left the last synchronised body behind, so the export (and a
restore's front matter following its undo) saw text the editor no longer showed."""

from __future__ import annotations

from pathlib import Path

from redactie.gui.main_window import MainWindow

TEXT = b'---\ntitle: "Kop"\n---\r\n\r\nEerste alinea.\r\n'


def test_an_undo_to_the_clean_state_brings_back_the_bytes_as_read(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    path.write_bytes(TEXT)
    assert window.open_path(path)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("Nieuw.")
    assert b"Nieuw." in window.session.current_article().to_bytes()

    window.editor.undo()

    assert not window.document.is_modified()
    assert window.session.current_article().to_bytes() == TEXT
