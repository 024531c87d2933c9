"""The preview's memory bounds: the render worker process ends when idle and comes back when
a render is needed (issue 18, item 6). The idle timeout is injected (0): no clock here."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.core.render import render_html
from redactie.core.render.fold import FullRendering
from redactie.core.render.request import RenderRequest
from redactie.gui.main_window import MainWindow
from redactie.gui.preview.worker import IDLE_ENV, RenderWorker
from tests.gui.test_preview import js, open_article, settle, write_article

TIMEOUT = 30_000


def workers() -> list[multiprocessing.process.BaseProcess]:
    """The render processes still running (active_children reaps the ended ones)."""
    return [p for p in multiprocessing.active_children() if p.name == "redactie-render"]


def test_an_idle_worker_process_ends_and_starts_again_for_the_next_render(
    qtbot: QtBot,
) -> None:
    worker = RenderWorker(idle_ms=0)
    results: list[tuple[int, object]] = []
    running: list[list[multiprocessing.process.BaseProcess]] = []

    def on_rendered(revision: int, result: object) -> None:
        results.append((revision, result))
        running.append(workers())  # as the result arrives: the idle timer runs after it

    worker.rendered.connect(on_rendered)
    try:
        worker.render(RenderRequest(1, "# Een\n\nAlinea.\n", False))
        qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
        first = running[0]
        assert len(first) == 1
        qtbot.waitUntil(lambda: not worker.running, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not first[0].is_alive(), timeout=TIMEOUT)
        assert workers() == []
        worker.render(RenderRequest(2, "# Twee\n\nAlinea.\n", False))
        qtbot.waitUntil(lambda: len(results) == 2, timeout=TIMEOUT)
        revision, result = results[1]
        assert revision == 2
        assert isinstance(result, FullRendering)
        assert result.html == render_html("# Twee\n\nAlinea.\n", front_matter=False)
        qtbot.waitUntil(lambda: workers() == [], timeout=TIMEOUT)
    finally:
        worker.stop()


def test_a_busy_worker_is_not_ended_for_idleness(qtbot: QtBot) -> None:
    worker = RenderWorker(idle_ms=0)
    worker.start()  # started ahead, unused: idle at once
    qtbot.waitUntil(lambda: not worker.running, timeout=TIMEOUT)
    results: list[int] = []
    worker.rendered.connect(lambda revision, _result: results.append(revision))
    text = "".join(f"## Deel {n}\n\nEen alinea, nummer {n}.\n\n" for n in range(2000))
    worker.render(RenderRequest(7, text, False))
    qtbot.wait(50)  # idle timers of 0 ms fire many times meanwhile
    assert worker.busy and worker.running
    qtbot.waitUntil(lambda: results == [7], timeout=TIMEOUT)
    worker.stop()


def test_the_window_ends_its_idle_worker_and_a_later_full_render_still_shows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(IDLE_ENV, "0")
    window.resize(1400, 900)
    body = "".join(
        f"## Deel {n}\n\nEen alinea van het lange artikel, nummer {n}.\n\n" for n in range(900)
    )
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"Lang"'))
    assert "nummer 899" in js(qtbot, pane, "redactie.text()")  # rendered by the worker
    qtbot.waitUntil(lambda: workers() == [], timeout=TIMEOUT)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("## Deel 450"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "```")  # an unclosed fence: only a full render shows it
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "x")
    settle(qtbot, pane)
    assert js(qtbot, pane, "document.querySelectorAll('#redactie-content pre').length") == 1
    assert pane.body_html() == render_html(window.editor.toPlainText(), front_matter=False)
    assert js(qtbot, pane, "document.querySelectorAll('#redactie-content h2').length") == 450
    qtbot.waitUntil(lambda: workers() == [], timeout=TIMEOUT)  # and idle again, it ends
