"""A long article's first open with its second half rendered ahead by a helper process
(`core/render/parallel.py`): the real window shows the same page a serial render gives."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.core.render.fold import BlockRecord, FullRendering, Stream, render_full
from redactie.core.render.parallel import PARALLEL_CHARS
from redactie.core.render.request import RenderRequest
from redactie.gui.main_window import MainWindow
from redactie.gui.preview.worker import RenderWorker
from tests.gui.test_preview import assert_page_is_a_fresh_render, js, write_article


def long_body() -> str:
    """Over the threshold, with what the helper must get wrong and the worker put right: a
    quote left open, the same headings throughout, notes referenced everywhere, shortcodes."""
    parts = ["Hij zei: \"dit blijft open en 's avonds ook.\n\n"]
    n = 0
    while sum(map(len, parts)) < PARALLEL_CHARS * 5 // 4:
        parts.append(
            f"## Inleiding\n\nAlinea {n} met \"citaat\", zo'n 'ding' en een noot[^{n % 5}].\n\n"
            f'{{{{< figure src="foto-{n}.jpg" >}}}}\n\n- punt {n}\n- nog een punt\n\n'
        )
        n += 1
    parts.extend(f"[^{i}]: Noot {i}.\n\n" for i in range(5))
    return "".join(parts)


def test_a_long_article_opens_with_a_helper_and_shows_the_serial_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1400, 900)
    pane = window.preview
    assert window.open_path(write_article(tmp_path, long_body(), title='"Lang"'))
    assert pane._worker.helper_running  # the first render is helped
    qtbot.waitUntil(pane.is_current, timeout=120_000)
    html = assert_page_is_a_fresh_render(qtbot, window)
    assert 'id="inleiding-1000"' in html and "“dit blijft open" in html
    heads = js(qtbot, pane, "document.querySelectorAll('#redactie-content h2').length")
    assert heads == html.count("<h2")


def test_the_helper_ends_with_the_idle_worker_and_the_parts_are_the_serial_blocks(
    qtbot: QtBot,
) -> None:
    text = long_body()
    worker = RenderWorker(idle_ms=0)
    parts: list[BlockRecord] = []
    results: list[object] = []
    worker.part.connect(lambda _revision, blocks: parts.extend(blocks))
    worker.rendered.connect(lambda _revision, result: results.append(result))
    try:
        worker.render(RenderRequest(3, text, False, Stream(10, 20_000)))
        assert worker.helper_running
        helper = worker._helper
        qtbot.waitUntil(lambda: bool(results), timeout=120_000)
        serial = render_full(text)
        assert isinstance(results[0], FullRendering)
        assert tuple(parts) == results[0].blocks == serial.blocks
        assert results[0].html == serial.html
        qtbot.waitUntil(lambda: not worker.running and not worker.helper_running, timeout=30_000)
        assert helper is not None
        qtbot.waitUntil(lambda: not helper.is_alive(), timeout=30_000)
        worker.render(RenderRequest(4, "# Kort\n", False, Stream(1, 20_000)))  # short: no helper
        assert not worker.helper_running
        qtbot.waitUntil(lambda: len(results) == 2, timeout=30_000)
    finally:
        worker.stop()
