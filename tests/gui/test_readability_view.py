"""While writing: the Flesch–Douma score in the status bar, long sentences marked in the text
(as the user sees them), worked out off the GUI thread when typing pauses."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow

LONG = (
    "De gemeenteraad van Utrecht besloot gisteravond na een lange vergadering met veel "
    "insprekers uit de wijken en een fel debat over de kosten van de nieuwe tram om het "
    "plan toch [door te zetten](https://example.org/plan) ondanks alle bezwaren."
)


def _marked(window: MainWindow) -> list[str]:
    return [
        s.cursor.selectedText()
        for s in window.editor.extraSelections()
        if s.format.background().color().alpha() == 55
    ]


def _open(window: MainWindow, tmp_path: Path, body: str) -> None:
    path = tmp_path / "stuk.md"
    path.write_text(f'---\ntitle: "Raad"\n---\nKort begin. Dat is alles.\n\n{body}\n')
    assert window.open_path(path)


def test_a_long_sentence_is_marked_and_the_score_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(window, tmp_path, LONG)
    label = window.readability.label
    qtbot.waitUntil(lambda: label.text().startswith("Readability: "), timeout=15_000)
    assert _marked(window) == [LONG]  # the whole sentence, link markup and all

    window.editor.textCursor().insertText("Kort. ")  # a short sentence: still one mark
    qtbot.waitUntil(lambda: _marked(window) == [LONG], timeout=15_000)


def test_marks_follow_the_text_and_go_when_it_is_short(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(window, tmp_path, "Een korte zin.")
    qtbot.waitUntil(lambda: bool(window.readability.label.text()), timeout=15_000)
    assert _marked(window) == []
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n\n" + LONG)
    qtbot.waitUntil(lambda: _marked(window) == [LONG], timeout=15_000)


@pytest.mark.usefixtures("dutch_ui")
def test_the_score_reads_in_dutch(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _open(window, tmp_path, LONG)
    label = window.readability.label
    qtbot.waitUntil(lambda: label.text().startswith("Leesbaarheid: "), timeout=15_000)
    assert "Lange zinnen (meer dan 25 woorden)" in label.toolTip()
