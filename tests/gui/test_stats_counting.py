"""A long article's word count and reading time say they are counting, never stay blank."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow


def test_a_long_article_says_it_is_counting_then_shows_the_count(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "lang.md"
    path.write_text('---\ntitle: "Lang"\n---\n' + "Een zin van vijf woorden.\n\n" * 6000)
    assert window.open_path(path)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "x")
    assert window.stats_label.text() == "Counting words and reading time…"
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("Words: 30"), timeout=20_000)
