"""The quick preview colours fenced code as the site's Hugo does (Chroma's markup, made with
Pygments) in the site's `[markup.highlight] style`, and drops Hugo's summary divider."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.core.render.highlight import Highlighting
from redactie.core.render.request import RenderRequest
from redactie.gui.main_window import MainWindow
from redactie.gui.preview import pane as pane_module
from redactie.gui.preview.pane import FIRST_OPEN_CHARS
from redactie.gui.preview.worker import RenderWorker
from tests.gui.test_preview import js, open_article, settle, write_article

BODY = 'Intro.\n\n<!--more-->\n\n```go\nfunc main() {\n\tfmt.Println("hoi")\n}\n```\n'
CODE = "document.querySelector('#redactie-content .highlight pre code[data-lang=go]')"


def test_fenced_code_is_coloured_and_the_divider_is_gone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = open_article(qtbot, window, write_article(tmp_path, BODY, title='"Code"'))
    background = f"getComputedStyle({CODE}.parentElement).backgroundColor"
    assert js(qtbot, pane, background) == "rgb(39, 40, 34)"  # monokai, Hugo's default
    assert js(qtbot, pane, f"{CODE}.querySelector('span[style*=color]').textContent") == "func"
    assert "more" not in str(js(qtbot, pane, "redactie.html()"))
    # typing in the block keeps it coloured (the patch passes the same gate)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("fmt"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "x := 1")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    settle(qtbot, pane)
    assert "x := 1" in js(qtbot, pane, f"{CODE}.textContent")
    assert js(qtbot, pane, f"{CODE}.querySelectorAll('span[style*=color]').length") > 3


def test_the_sites_highlight_style_is_used(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text('[markup.highlight]\nstyle = "dracula"\n', encoding="utf-8")
    assert window.site_tools.sites.open_site(site, quiet=True)
    pane = open_article(qtbot, window, write_article(site / "content" / "posts", BODY))
    background = f"getComputedStyle({CODE}.parentElement).backgroundColor"
    assert js(qtbot, pane, background) == "rgb(40, 42, 54)"  # dracula's #282a36


def code_article(sections: int) -> str:
    """A long article (it opens in streamed parts) with fenced code in two languages, each
    block marked `kode_N`."""
    parts = []
    for n in range(sections):
        parts.append(
            f"## Deel {n}\n\nEen alinea van het lange artikel, nummer {n}, met wat meer woorden."
        )
        if n % 2:
            parts.append(f'```python\ndef kode_{n}(x):\n    return "{n}" + x  # noot\n```')
        else:
            parts.append(f'```go\nfunc kode_{n}() {{\n\tfmt.Println("{n}")\n}}\n```')
    return "\n\n".join(parts) + "\n"


def site_with_style(tmp_path: Path, window: MainWindow, style: str) -> Path:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text(f'[markup.highlight]\nstyle = "{style}"\n', encoding="utf-8")
    assert window.site_tools.sites.open_site(site, quiet=True)
    return site / "content" / "posts"


LAST_CODE = "[...document.querySelectorAll('#redactie-content .highlight pre')].at(-1)"


def test_a_long_article_shows_the_same_page_as_when_the_gui_thread_coloured_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old path (the worker sends plain blocks, the page gate colours every piece) and
    the new one (the worker colours) give the page byte for byte the same body."""
    posts = site_with_style(tmp_path, window, "dracula")
    body = code_article(400)
    assert len(body) > FIRST_OPEN_CHARS  # streamed from the worker
    old_folder, new_folder = posts / "oud", posts / "nieuw"
    old_folder.mkdir()
    new_folder.mkdir()
    render = RenderWorker.render

    def plain(worker: RenderWorker, request: RenderRequest) -> None:
        render(worker, replace(request, highlighting=None))  # as before: the worker colours none

    monkeypatch.setattr(RenderWorker, "render", plain)
    pane = open_article(qtbot, window, write_article(old_folder, body, title='"Code"'))
    old = js(qtbot, pane, "redactie.html()")
    monkeypatch.setattr(RenderWorker, "render", render)
    pane = open_article(qtbot, window, write_article(new_folder, body, title='"Code"'))
    new = js(qtbot, pane, "redactie.html()")
    assert new == old
    assert new.count('<div class="highlight"') == 400
    assert "background-color:#282a36" in new  # dracula's, the site's style


def test_the_gui_thread_colours_none_of_the_streamed_parts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int, set[str]]] = []
    colour = pane_module.highlight_fences

    def spy(html: str, settings: Highlighting) -> str:
        marks = set(re.findall(r"kode_\d+", html))
        calls.append((threading.current_thread().name, len(html), marks))
        return colour(html, settings)

    monkeypatch.setattr(pane_module, "highlight_fences", spy)
    body = code_article(400)
    pane = window.preview
    pane.piece_chars = 4_000  # many parts and pieces
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"Code"'))
    shown_first = set(re.findall(r"kode_\d+", pane_module.first_screen(body)))
    assert 0 < len(shown_first) < 100  # of 400

    def assert_only_the_first_screen_coloured_here() -> None:
        assert {name for name, _, _ in calls} <= {threading.main_thread().name}
        coloured_here = set().union(*(marks for _, _, marks in calls))
        sizes = sorted(size for _, size, _ in calls)
        assert coloured_here <= shown_first, f"{len(calls)} calls here, sizes {sizes}"

    assert_only_the_first_screen_coloured_here()
    count = "document.querySelectorAll('#redactie-content .highlight').length"
    assert js(qtbot, pane, count) == 400
    last = f"{LAST_CODE}.querySelector('span[style*=color]').textContent"
    assert js(qtbot, pane, f"{LAST_CODE}.textContent").startswith("def kode_399")
    assert js(qtbot, pane, last) == "def"
    background = f"getComputedStyle({LAST_CODE}).backgroundColor"
    assert js(qtbot, pane, background) == "rgb(39, 40, 34)"  # monokai
    # Another style: the worker colours anew, not from blocks coloured in the old one.
    pane.set_site(highlighting=Highlighting(style="dracula"))
    settle(qtbot, pane)
    assert js(qtbot, pane, background) == "rgb(40, 42, 54)"  # dracula's #282a36
    assert_only_the_first_screen_coloured_here()
