"""One sanitizer gate on every way HTML reaches the preview page, on sites that allow raw HTML.

Footnotes once went around it (and showed twice); `<link rel=prefetch>` then made requests
leave the machine. Now only the article's images are fetched, whatever the HTML says.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.test_preview import ImageServer, js, open_article, write_article


@pytest.fixture
def server() -> Iterator[ImageServer]:
    image_server = ImageServer()
    yield image_server
    image_server.close()


def _body(url: str) -> str:
    return (
        f'<link rel="prefetch" href="{url}/lek-body">\n\n'
        f"Een zin met een voetnoot.[^bron]\n\n"
        f"![foto]({url}/cover.png?artikel)\n\n"
        f'[^bron]: De bron. <link rel="prefetch" href="{url}/lek-noot">'
        f'<img src="{url}/cover.png?noot" alt="">\n'
    )


@pytest.mark.parametrize("edit", [False, True], ids=["opened", "after-a-keystroke"])
def test_on_an_unsafe_site_only_the_articles_images_leave(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, server: ImageServer, edit: bool
) -> None:
    window.resize(1400, 900)
    window.preview.set_site(unsafe=True)
    pane = open_article(qtbot, window, write_article(tmp_path, _body(server.url), title='"x"'))
    if edit:
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(window.editor, " Nog een zin.")
        qtbot.waitUntil(pane.is_current, timeout=15_000)
    qtbot.waitUntil(lambda: len(server.requests) >= 2, timeout=15_000)
    loaded = "[...document.images].every(i => i.complete)"
    qtbot.waitUntil(lambda: js(qtbot, pane, loaded) is True, timeout=15_000)
    assert sorted(set(server.requests)) == ["/cover.png?artikel", "/cover.png?noot"]
    assert js(qtbot, pane, "document.querySelectorAll('link[rel=prefetch]').length") == 0
    notes = "document.querySelectorAll('section.footnotes, .footnotes').length"
    assert js(qtbot, pane, notes) == 1  # once, not twice
    assert "De bron." in js(qtbot, pane, "document.body.innerText")
