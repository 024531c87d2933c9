"""After a typing pause in a long article, the whole-text work stays off the GUI thread
(issue 18, item 4). No clock: the proof is where the counting ran and how much of it, in the
real window, and the status bar showing exactly what `text_stats` of the whole body gives."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from redactie.core.article import textstats, textstats_parts
from redactie.core.article.textstats import TextStats
from redactie.gui.editor.markdown_editor import format_stats
from redactie.gui.main_window import MainWindow

FRONT = '---\ntitle: "Lang"\ndate: 2026-01-20T10:00:00+01:00\ndraft: false\n---\n\n'


def long_body(size: int = 600_000) -> str:
    """Paragraphs with a fence, a shortcode and a table near the start."""
    parts = [
        "Inleiding met `code` en een [link](https://example.org).\n\n",
        "```python\nprint('hallo')\n\nprint('wereld')\n```\n\n",
        '{{< figure src="a.jpg"\n\ncaption="Foto" >}}\n\n',
        "| a | b |\n|---|---|\n| c | d |\n\n",
    ]
    n = 0
    while sum(map(len, parts)) < size:
        parts.append(f"Alinea {n} over de gemeenteraad en het *nieuwe* stadhuis.\n\n")
        n += 1
    return "".join(parts)


def test_the_word_count_after_a_pause_is_counted_in_the_pool_part_by_part(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[tuple[int, bool]] = []
    original = textstats.text_stats

    def spied(text: str) -> TextStats:
        counted.append((len(text), threading.current_thread() is threading.main_thread()))
        return original(text)

    monkeypatch.setattr(textstats_parts, "text_stats", spied)
    body = long_body()
    path = tmp_path / "lang.md"
    path.write_bytes((FRONT + body).encode("utf-8"))
    assert window.open_path(path)
    label = window.stats_label
    qtbot.waitUntil(lambda: label.text() == format_stats(original(body)), timeout=60_000)

    counted.clear()
    target = "Alinea 5000 over"
    cursor = window.editor.textCursor()
    cursor.setPosition(body.index(target) + len("Alinea 5000"))  # ASCII: positions agree
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " en nog wat")
    edited = body.replace(target, "Alinea 5000 en nog wat over", 1)
    expected = format_stats(original(edited))
    assert expected != format_stats(original(body))
    qtbot.waitUntil(lambda: label.text() == expected, timeout=10_000)

    assert counted, "the pause's count ran"
    assert not any(on_gui for _, on_gui in counted), "no counting on the GUI thread"
    assert sum(size for size, _ in counted) < 200  # the paragraph typed in, not 600 KB
    # the readability of 600 KB may still be counted: not into the next test's window
    QThreadPool.globalInstance().waitForDone()
