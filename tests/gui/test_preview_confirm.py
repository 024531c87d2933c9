"""A typing pause after patches: a full render in the background confirms the page (issue 18).

The keystroke path patches the page block by block; when typing pauses, a full render (in
the worker for a long text) is compared with what the page holds, and only a difference is
sent. A difference is a fault of the incremental path: it is corrected and logged.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.test_preview import (
    assert_page_is_a_fresh_render,
    open_article,
    settle,
    write_article,
)

TIMEOUT = 60_000
MESSAGE = "the live preview differed from a full render"


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    body = "".join(f"## Deel {n}\n\nEen alinea, nummer {n}, met tekst.\n\n" for n in range(600))
    return write_article(tmp_path, body, title='"Lang"')


def type_into_paragraph(qtbot: QtBot, window: MainWindow, anchor: str, text: str) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index(anchor) + len(anchor))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, text)


def test_a_pause_after_typing_brings_one_confirming_full_render(
    qtbot: QtBot, window: MainWindow, long_article: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pane = open_article(qtbot, window, long_article)
    renders: list[int] = []
    render = pane._worker.render

    def counted(revision: int, *args: object) -> None:
        renders.append(revision)
        render(revision, *args)  # type: ignore[arg-type]

    pane._worker.render = counted  # type: ignore[method-assign]
    pane.confirm_timer.setInterval(0)
    with caplog.at_level(logging.WARNING):
        type_into_paragraph(qtbot, window, "nummer 300", " en meer")
        qtbot.waitUntil(lambda: bool(renders), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not pane._worker.busy, timeout=TIMEOUT)
        settle(qtbot, pane)
    assert renders == [pane.revision]  # one render, of the text as typed
    assert MESSAGE not in caplog.text  # the patched page was right
    assert "nummer 300 en meer" in assert_page_is_a_fresh_render(qtbot, window)


def test_a_patched_page_that_differs_is_corrected_and_logged(
    qtbot: QtBot, window: MainWindow, long_article: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pane = open_article(qtbot, window, long_article)
    pane.confirm_timer.setInterval(60 * 60 * 1000)  # the pause comes when the test says
    type_into_paragraph(qtbot, window, "nummer 10", "!")
    settle(qtbot, pane)
    pane._engine.blocks[0].html = "<h2>fout</h2>\n"  # as if a patch had gone wrong
    assert pane.confirm_timer.isActive()
    with caplog.at_level(logging.WARNING):
        pane.confirm_timer.setInterval(0)  # the pause
        qtbot.waitUntil(lambda: MESSAGE in caplog.text, timeout=TIMEOUT)
    settle(qtbot, pane)
    assert pane._engine.corrections == 1
    qtbot.keyClick(window.editor, Qt.Key.Key_End)
    assert_page_is_a_fresh_render(qtbot, window)
