"""Fenced code coloured where the block is rendered: the render worker colours each block once
(`fold.render_full(colour=...)`, `highlight.Colouring`), and the page shows the same bytes as
when the preview's page gate coloured every piece on the GUI thread (the old path)."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path
from typing import Any

import pytest

from redactie.core.render.fold import BlockRecord, FullRendering, Part, Stream, render_full, serve
from redactie.core.render.highlight import Colouring, Highlighting, highlight_fences, uncoloured
from redactie.core.render.incremental import IncrementalRenderer
from redactie.core.render.pipeline import shift_lines
from redactie.core.render.request import RenderRequest

DRACULA = Highlighting(style="dracula")
CLASSES = Highlighting(style="dracula", no_classes=False)


def article(blocks: int) -> str:
    parts = []
    for n in range(blocks):
        parts.append(f'## Deel {n}\n\nAlinea {n} met "citaat" en `code`.')
        if n % 3 == 0:
            parts.append(f'```python\ndef kode_{n}(x):\n    return "{n}" + x  # noot\n```')
        if n % 3 == 1:
            parts.append(f'```go\nfunc kode_{n}() {{\n\tfmt.Println("{n}")\n}}\n```')
        if n % 7 == 0:
            parts.append(f"```onbekend\nkode_{n} <b>\n```\n\n```\nkale kode_{n}\n```")
    return "\n\n".join(parts) + "\n"


def old_path(rendering: FullRendering, settings: Highlighting) -> str:
    """What the page got before: every block's HTML coloured by the page gate."""
    blocks = (highlight_fences(shift_lines(b.html, b.start), settings) for b in rendering.blocks)
    return "".join(blocks) + highlight_fences(rendering.footnotes, settings)


def shown(records: tuple[BlockRecord, ...] | list[BlockRecord]) -> str:
    return "".join(shift_lines(r.html if r.shown is None else r.shown, r.start) for r in records)


@pytest.mark.parametrize("settings", [DRACULA, CLASSES, Highlighting()])
def test_blocks_coloured_in_the_render_equal_the_gate_colouring_them(
    settings: Highlighting,
) -> None:
    text = article(40)
    plain = render_full(text)
    colouring = Colouring()
    coloured = render_full(text, colour=lambda html: colouring.shown(html, settings))
    assert [r.html for r in coloured.blocks] == [r.html for r in plain.blocks]  # unchanged
    assert shown(coloured.blocks) + coloured.footnotes == old_path(plain, settings)
    with_code = [r for r in coloured.blocks if "kode_" in r.html]
    assert len(with_code) == 14 + 13 + 2 * 6  # python, go, and the unknown and bare fences
    known = [r for r in with_code if 'class="language-python"' in r.html or "language-go" in r.html]
    assert all(r.shown is not None and '<div class="highlight"' in r.shown for r in known)
    assert all(r.shown is None for r in coloured.blocks if "kode_" not in r.html)
    assert not any(uncoloured(r.shown) for r in with_code if r.shown is not None)


def test_the_engine_shows_the_coloured_blocks_and_keeps_the_rendered_body() -> None:
    text = article(12)
    engine = IncrementalRenderer()
    engine.reset(text)
    revision, snapshot = engine.snapshot()
    colouring = Colouring()
    rendering = render_full(snapshot, colour=lambda html: colouring.shown(html, DRACULA))
    update = engine.install(revision, rendering)
    assert engine.html() == render_full(text).html  # what render_html gives: not coloured
    sent = "".join(h for op in update.ops for _, h in getattr(op, "blocks", ()))
    assert sent == old_path(render_full(text), DRACULA)  # what goes to the page: coloured


def test_colouring_remembers_per_settings_and_stays_within_its_bytes() -> None:
    block = render_full("```python\nprint('hoi')\n```\n").blocks[0].html
    colouring = Colouring()
    monokai = colouring.shown(block, Highlighting())
    dracula = colouring.shown(block, DRACULA)
    assert monokai is not None and dracula is not None and monokai != dracula
    assert "#f8f8f2" in monokai and "#282a36" in dracula  # each style's own colours
    assert colouring.shown(block, Highlighting()) is monokai  # remembered, not coloured again
    assert colouring.shown(block, Highlighting(code_fences=False)) is None
    assert colouring.shown("<p>tekst</p>", DRACULA) is None
    small = Colouring(max_bytes=1)
    small.shown(block, DRACULA)
    assert small.bytes == 0  # too big to keep


def test_coloured_html_never_looks_plain_again() -> None:
    for fence in ("```python\nx = 1\n```", "```onbekend\nx\n```"):
        html = render_full(fence + "\n").blocks[0].html
        assert uncoloured(html)
        assert not uncoloured(highlight_fences(html, Highlighting()))
    assert not uncoloured(render_full("```\nkaal\n```\n").blocks[0].html)  # nothing to colour


def test_the_worker_loop_colours_in_the_settings_of_each_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A render in other settings never reuses blocks coloured in the old ones (the worker
    keeps its block cache and its colouring between requests)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ours, theirs = multiprocessing.Pipe()
    worker = threading.Thread(target=serve, args=(theirs,))
    worker.start()
    text = article(30)
    try:
        answers: dict[str, list[Any]] = {}
        for name, settings in (("monokai", Highlighting()), ("dracula", DRACULA), ("none", None)):
            ours.send(RenderRequest(1, text, False, Stream(5, 2_000), settings))
            got: list[Any] = []
            while not got or isinstance(got[-1], Part):
                got.append(ours.recv())
            answers[name] = got
    finally:
        ours.close()
        worker.join()
    for name, settings in (("monokai", Highlighting()), ("dracula", DRACULA)):
        parts = [m for m in answers[name] if isinstance(m, Part)]
        assert len(parts) > 2
        records = [r for part in parts for r in part.blocks]
        revision, result = answers[name][-1]
        assert revision == 1 and isinstance(result, FullRendering)
        assert shown(records) + result.footnotes == old_path(render_full(text), settings)
    plain = [r for m in answers["none"] if isinstance(m, Part) for r in m.blocks]
    assert all(r.shown is None for r in plain)
