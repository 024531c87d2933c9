"""A typing pause after patches: a full render in the background confirms the page (issue 18).

The keystroke path patches the page block by block; when typing pauses, a full render (in
the worker for a long text) is compared with what the page holds, and only a difference is
sent. A difference is a fault of the incremental path: it is corrected and logged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.core.render import confirm
from redactie.core.render.request import RenderRequest
from redactie.gui.main_window import MainWindow
from redactie.gui.preview import PreviewPane
from tests.gui.test_preview import (
    assert_page_is_a_fresh_render,
    js,
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

    def counted(request: RenderRequest) -> None:
        renders.append(request.revision)
        render(request)

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


@pytest.fixture
def very_long_article(tmp_path: Path) -> Path:
    words = "met tekst die langer is, zodat het artikel groot wordt zonder al te veel blokken"
    body = "".join(f"## Deel {n}\n\nEen alinea, nummer {n}, {words}.\n\n" for n in range(2300))
    assert len(body) > 200_000  # the old limit of the confirming render
    return write_article(tmp_path, body, title='"Lang"')


def watch_confirming(
    pane: PreviewPane, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[object], list[confirm.Confirmation], list[tuple[object, ...]]]:
    """What the worker was asked to compare with, what it answered, and the patches sent."""
    states: list[object] = []
    answers: list[confirm.Confirmation] = []
    sent: list[tuple[object, ...]] = []
    render, apply, send = pane._worker.render, confirm.apply, pane._send

    def counted(request: RenderRequest) -> None:
        states.append(request.compare_with)
        render(request)

    def applied(engine: Any, revision: int, answer: confirm.Confirmation) -> Any:
        answers.append(answer)
        return apply(engine, revision, answer)

    def sending(ops: tuple[object, ...]) -> None:
        if ops:
            sent.append(ops)
        send(ops)  # type: ignore[arg-type]

    monkeypatch.setattr(pane._worker, "render", counted)
    monkeypatch.setattr(confirm, "apply", applied)
    monkeypatch.setattr(pane, "_send", sending)
    return states, answers, sent


def open_long(qtbot: QtBot, window: MainWindow, path: Path) -> PreviewPane:
    assert window.open_path(path)
    qtbot.waitUntil(window.preview.is_current, timeout=TIMEOUT)
    return window.preview


def test_above_200_kb_the_worker_compares_and_a_right_page_gets_no_patch(
    qtbot: QtBot,
    window: MainWindow,
    very_long_article: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pane = open_long(qtbot, window, very_long_article)
    pane.confirm_timer.setInterval(60 * 60 * 1000)  # the pause comes when the test says
    type_into_paragraph(qtbot, window, "nummer 1500", " en meer")
    settle(qtbot, pane)
    states, answers, sent = watch_confirming(pane, monkeypatch)
    with caplog.at_level(logging.WARNING):
        assert pane.confirm_timer.isActive()
        pane.confirm_timer.setInterval(0)  # the pause
        qtbot.waitUntil(lambda: bool(answers), timeout=TIMEOUT)
        settle(qtbot, pane)
    assert len(states) == 1 and isinstance(states[0], confirm.PageState)
    assert len(states[0].starts) == len(pane._engine.blocks) == 4_600
    (answer,) = answers
    assert answer.first == answer.last and answer.blocks == () and answer.footnotes is None
    assert answer.facts is None  # the engine's facts are the render's: not sent again
    assert sent == []  # a right page: no patch
    assert MESSAGE not in caplog.text
    assert not pane._engine.confirming
    assert "nummer 1500 en meer" in assert_page_is_a_fresh_render(qtbot, window)


def test_above_200_kb_a_wrong_block_is_corrected_alone_and_logged(
    qtbot: QtBot,
    window: MainWindow,
    very_long_article: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pane = open_long(qtbot, window, very_long_article)
    pane.confirm_timer.setInterval(60 * 60 * 1000)
    type_into_paragraph(qtbot, window, "nummer 10", "!")
    settle(qtbot, pane)
    blocks = pane._engine.blocks
    index = next(i for i, b in enumerate(blocks) if b.source == "## Deel 2000")
    blocks[index].html = "<h2>fout</h2>\n"  # as if a patch had gone wrong ...
    js(qtbot, pane, "document.getElementById('deel-2000').textContent = 'fout'")  # ... here too
    _, answers, sent = watch_confirming(pane, monkeypatch)
    with caplog.at_level(logging.WARNING):
        pane.confirm_timer.setInterval(0)
        qtbot.waitUntil(lambda: MESSAGE in caplog.text, timeout=TIMEOUT)
    settle(qtbot, pane)
    (answer,) = answers
    assert (answer.first, answer.last, len(answer.blocks)) == (index, index + 1, 1)
    assert len(sent) == 1 and len(sent[0]) == 2  # that block removed and inserted
    assert pane._engine.corrections == 1
    assert "fout" not in str(js(qtbot, pane, "redactie.text()"))
    assert_page_is_a_fresh_render(qtbot, window)
