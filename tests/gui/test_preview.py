"""The live preview in the real window: what you type shows up, the page looks like the site,
nothing runs or leaves that should not, and the page never navigates away.

A screenshot of the window with the example article and its cover lands in the test's
temporary folder, and in $REDACTIE_SCREENSHOTS when that is set.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QObject, QPoint, QRectF, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QLinearGradient, QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from redactie.core.render import render_html
from redactie.gui.main_window import MainWindow
from redactie.gui.preview import PreviewPane
from tests.paths import EXAMPLE_ARTICLE

TIMEOUT = 15_000


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The real window of conftest, large enough for form, editor and preview side by side."""
    window.resize(1400, 900)
    return window


def js(qtbot: QtBot, pane: PreviewPane, expression: str) -> Any:
    """The value of a JavaScript expression in the page (JSON-encoded on the way: PySide
    hands arrays to a callback as '')."""
    results: list[Any] = []
    pane.page.runJavaScript(f"JSON.stringify(({expression}))", 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    value = results[0]
    # A page in the middle of (re)loading answers "" (undefined): no value yet.
    return json.loads(value) if isinstance(value, str) and value else None


def settle(qtbot: QtBot, pane: PreviewPane) -> None:
    qtbot.waitUntil(pane.is_current, timeout=TIMEOUT)


def assert_page_is_a_fresh_render(qtbot: QtBot, window: MainWindow) -> str:
    """The page's DOM after all patches equals the DOM of a fresh render of the editor's
    text (both parsed by the page); returns that HTML."""
    expected = render_html(window.editor.toPlainText(), front_matter=False)
    parse = "(() => { const t = document.createElement('template'); t.innerHTML = %s;"
    fresh = js(qtbot, window.preview, parse % json.dumps(expected) + " return t.innerHTML; })()")
    assert js(qtbot, window.preview, "redactie.html()") == fresh
    return str(fresh)


def open_article(qtbot: QtBot, window: MainWindow, path: Path) -> PreviewPane:
    assert window.open_path(path)
    settle(qtbot, window.preview)
    return window.preview


def write_article(folder: Path, body: str, **front: str) -> Path:
    lines = ["---", *(f"{key}: {value}" for key, value in front.items()), "---", ""]
    path = folder / "artikel.md"
    path.write_text("\n".join(lines) + body, encoding="utf-8")
    return path


def png_bytes(width: int = 940, height: int = 500) -> bytes:
    """A cover image: a sunset-like gradient with a horizon, as a real PNG."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(0, 0, 0, height)
    sky.setColorAt(0, QColor(38, 70, 140))
    sky.setColorAt(0.65, QColor(242, 140, 70))
    sky.setColorAt(1, QColor(250, 210, 120))
    painter.fillRect(image.rect(), sky)
    painter.setBrush(QColor(255, 236, 170))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(width * 0.62, height * 0.42, 120, 120))
    painter.fillRect(QRectF(0, height * 0.72, width, height * 0.28), QColor(30, 40, 52))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class ImageServer:
    """A real HTTP server on 127.0.0.1 with one image; it remembers what the preview asked
    (the web engine's requests; the form's thumbnail loads the cover too)."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        image = png_bytes()
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if "QtWebEngine" in self.headers.get("User-Agent", ""):
                    requests.append(self.path)
                if self.path.startswith("/cover.png"):
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    self.send_header("Content-Length", str(len(image)))
                    self.end_headers()
                    self.wfile.write(image)
                else:
                    self.send_error(404)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def image_server() -> Iterator[ImageServer]:
    server = ImageServer()
    yield server
    server.close()


class UrlCatcher(QObject):
    """Stands in for the system browser (QDesktopServices' handler for web links)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


# -- typing ----------------------------------------------------------------------------------


def test_typing_in_the_editor_shows_in_the_preview_dom(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / EXAMPLE_ARTICLE.name
    shutil.copy(EXAMPLE_ARTICLE, path)
    pane = open_article(qtbot, window, path)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "De *redactie* typt door.")
    qtbot.waitUntil(
        lambda: "De redactie typt door." in js(qtbot, pane, "redactie.text()"), timeout=TIMEOUT
    )
    settle(qtbot, pane)
    # The DOM after the patches is the DOM a fresh render of the text gives.
    fresh = assert_page_is_a_fresh_render(qtbot, window)
    assert "<em>redactie</em>" in fresh


def test_a_long_article_is_patched_in_chunks_and_equals_a_fresh_render(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    body = "".join(
        f'## Kop {n}\n\nAlinea {n} met "citaat" en *nadruk*.\n\n- punt {n}\n\n' for n in range(300)
    )
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"x"'))
    assert js(qtbot, pane, "document.querySelectorAll('.redactie-chunk').length") > 2
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("Alinea 150 met"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, 'Een "open citaat. ')
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "## Kop 2")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    settle(qtbot, pane)
    fresh = assert_page_is_a_fresh_render(qtbot, window)
    assert 'id="kop-2-1"' in fresh  # the new heading took the later one's id


def test_long_articles_and_full_renders_go_through_the_worker_process(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    body = "".join(
        f"## Deel {n}\n\nEen alinea van het lange artikel, nummer {n}.\n\n" for n in range(900)
    )
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"Lang"'))
    assert "nummer 899" in js(qtbot, pane, "redactie.text()")  # more than the first screen
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("## Deel 450"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, "```")  # an unclosed fence: the rest is code
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "x")  # typed while the worker renders: replayed
    settle(qtbot, pane)
    assert js(qtbot, pane, "document.querySelectorAll('#redactie-content pre').length") == 1
    expected = render_html(window.editor.toPlainText(), front_matter=False)
    assert pane.body_html() == expected
    assert js(qtbot, pane, "document.querySelectorAll('#redactie-content h2').length") == 450
    assert workers() == 1
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.close()  # the window goes, and its render process with it
    qtbot.waitUntil(lambda: workers() == 0, timeout=TIMEOUT)


def workers() -> int:
    return sum(p.name == "redactie-render" for p in multiprocessing.active_children())


def test_a_new_line_in_the_middle_renumbers_the_blocks_after_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = open_article(qtbot, window, write_article(tmp_path, "Een.\n\nTwee.\n\nDrie.\n"))
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Een."))
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "Anderhalf.")
    settle(qtbot, pane)
    lines = js(qtbot, pane, "[...document.querySelectorAll('#redactie-content p')]"
                            ".map(p => p.dataset.line + ':' + p.textContent)")  # fmt: skip
    assert lines == ["0:Een.", "2:Anderhalf.", "4:Twee.", "6:Drie."]


def test_form_changes_update_the_header_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = open_article(qtbot, window, write_article(tmp_path, "Tekst.\n", title='"Oud"'))
    window.document.article.set("title", "Een nieuwe kop")
    window.document.article.set("label", "ANALYSE")
    pane.front_matter_changed()
    qtbot.waitUntil(
        lambda: (
            js(qtbot, pane, "document.querySelector('.post-title').textContent") == "Een nieuwe kop"
        ),
        timeout=TIMEOUT,
    )
    assert js(qtbot, pane, "document.querySelector('.post-label').textContent") == "ANALYSE"


# -- the page as the site shows it -----------------------------------------------------------


def test_the_window_shows_the_example_article_with_its_cover(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, image_server: ImageServer
) -> None:
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    text = re.sub(r'image: ".*"', f'image: "{image_server.url}/cover.png"', text, count=1)
    path = tmp_path / EXAMPLE_ARTICLE.name
    path.write_text(text, encoding="utf-8")
    pane = open_article(qtbot, window, path)
    qtbot.waitUntil(
        lambda: js(qtbot, pane, "document.querySelector('.entry-cover img').naturalWidth") == 940,
        timeout=TIMEOUT,
    )
    cover = js(
        qtbot,
        pane,
        "(() => { const f = document.querySelector('.entry-cover');"
        " return [f.querySelector('img').alt, f.querySelector('figcaption').innerHTML]; })()",
    )
    assert cover == [
        "Close-up of a smartphone displaying ChatGPT app held over AI textbook.",
        "Foto: Sanket  Mishra via Pexels",
    ]
    meta = js(qtbot, pane, "document.querySelector('.post-meta').textContent")
    assert meta == "25 februari 2026\xa0·\xa02 min"
    assert js(qtbot, pane, "document.querySelector('.post-label').textContent") == "BESLISSER"
    tags = js(qtbot, pane, "[...document.querySelectorAll('.post-tags a')].map(a => a.textContent)")
    assert tags == ["openai", "ai-agents", "talent", "innovatie"]
    assert image_server.requests == ["/cover.png"]

    origin = pane.mapTo(window, QPoint(0, 0))

    def colours_in_the_pane() -> int:
        image = window.grab().toImage()
        return len(
            {
                image.pixelColor(origin.x() + x, origin.y() + y).name()
                for x in range(0, pane.width(), 7)
                for y in range(0, pane.height(), 7)
            }
        )

    # text, a cover photo and tags, not a blank pane: once the decoded image is on screen
    qtbot.waitUntil(lambda: colours_in_the_pane() > 50, timeout=TIMEOUT)
    shot = window.grab()
    for folder in filter(None, (tmp_path, os.environ.get("REDACTIE_SCREENSHOTS"))):
        shot.save(str(Path(folder) / "preview-window.png"))


def test_the_caption_is_markdown_and_the_alt_text_falls_back_to_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(
        '---\ntitle: "x"\ncover:\n  image: "foto.png"\n  caption: "Foto: *Jan* via [Pexels](https://pexels.com)"\n'
        "---\nTekst.\n",
        encoding="utf-8",
    )
    pane = open_article(qtbot, window, path)
    figure = js(
        qtbot,
        pane,
        "(() => { const f = document.querySelector('.entry-cover');"
        " return [f.querySelector('img').alt, f.querySelector('figcaption').innerHTML]; })()",
    )
    assert figure == [
        "Foto: *Jan* via [Pexels](https://pexels.com)",
        'Foto: <em>Jan</em> via <a href="https://pexels.com">Pexels</a>',
    ]


def test_local_images_come_from_the_article_folder_and_the_site_static_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    folder = site / "content" / "posts" / "bundel"
    (site / "static" / "images").mkdir(parents=True)
    folder.mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "site"\n', encoding="utf-8")
    (site / "static" / "images" / "logo.png").write_bytes(png_bytes(40, 20))
    (folder / "foto.png").write_bytes(png_bytes(30, 10))
    secret = tmp_path / "geheim.png"
    secret.write_bytes(png_bytes(50, 50))
    (folder / "link.png").symlink_to(secret)
    body = (
        "![a](foto.png)\n\n![b](/images/logo.png)\n\n![c](link.png)\n\n"
        "![d](../../../../geheim.png)\n\n![e](file:///etc/hostname)\n"
    )
    (folder / "index.md").write_text('---\ntitle: "x"\n---\n' + body, encoding="utf-8")
    pane = open_article(qtbot, window, folder / "index.md")

    def widths() -> list[int]:
        return js(qtbot, pane, "[...document.images].map(i => i.complete ? i.naturalWidth : -1)")

    qtbot.waitUntil(lambda: -1 not in widths(), timeout=TIMEOUT)
    assert widths() == [30, 40, 0, 0, 0]


# -- safe by construction --------------------------------------------------------------------


@pytest.mark.parametrize("unsafe", [False, True])
def test_a_script_in_the_body_does_not_run(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, unsafe: bool
) -> None:
    window.preview.set_site(unsafe=unsafe)
    body = (
        "<script>document.title = 'gehackt'</script>\n\n"
        "<img src=x onerror=\"document.title = 'gehackt'\">\n\n"
        "[klik](javascript:document.title='gehackt')\n\n"
        "<div>Tekst in HTML</div>\n"
    )
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"Veilig"'))
    all_loaded = "[...document.images].every(i => i.complete)"  # and their error events fired
    qtbot.waitUntil(lambda: js(qtbot, pane, all_loaded), timeout=TIMEOUT)
    assert js(qtbot, pane, "document.title") == "Veilig"
    scripts = js(qtbot, pane, "[...document.scripts].map(s => s.src || 'inline:' + s.text)")
    own = "redactie://page/~redactie/"
    assert scripts == [own + "qwebchannel.js", own + "preview.js"]
    dangerous = "document.querySelectorAll('[onerror], a[href^=javascript]').length"
    assert js(qtbot, pane, dangerous) == 0
    shown = js(qtbot, pane, "redactie.text()")
    assert ("Tekst in HTML" in shown) is unsafe  # raw HTML shows only where the site allows it
    csp = js(qtbot, pane, "document.querySelector('meta[http-equiv]').content")
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    # Even a script the page is told to add cannot run: the policy forbids inline code.
    # Our own error listener comes after the page's handler: once it ran, that one had its turn.
    insert = (
        "(() => { document.body.insertAdjacentHTML('beforeend',"
        " '<img src=x onerror=\"document.title=1\">'); window.errored = false;"
        " [...document.images].pop().addEventListener('error', () => { window.errored = true; });"
        " return 0; })()"
    )
    js(qtbot, pane, insert)
    qtbot.waitUntil(lambda: js(qtbot, pane, "window.errored"), timeout=TIMEOUT)
    assert js(qtbot, pane, "document.title") == "Veilig"


def test_a_clicked_link_opens_the_browser_and_the_view_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        body = "Lees [het bronartikel](https://example.org/bron) voor meer.\n"
        pane = open_article(qtbot, window, write_article(tmp_path, body, title='"x"'))
        before = pane.page.url().toString()
        box = js(
            qtbot,
            pane,
            "(() => { const r = document.querySelector('.post-content a')"
            ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()",
        )
        target = pane.view.focusProxy() or pane.view
        QTest.mouseClick(
            target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
            QPoint(int(box[0]), int(box[1])),
        )  # fmt: skip
        qtbot.waitUntil(lambda: catcher.opened == ["https://example.org/bron"], timeout=TIMEOUT)
        qtbot.wait(300)
        assert pane.page.url().toString() == before
        assert "het bronartikel" in js(qtbot, pane, "redactie.text()")
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_only_images_leave_the_machine(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, image_server: ImageServer
) -> None:
    css = tmp_path / "site.css"
    css.write_text(
        f'@import url("{image_server.url}/extra.css");\n'
        f'body {{ background-image: url("{image_server.url}/cover.png?achtergrond"); }}\n'
        f'@font-face {{ font-family: x; src: url("{image_server.url}/font.woff2"); }}\n'
        "p { font-family: x; }\n",
        encoding="utf-8",
    )
    window.preview.set_site(stylesheet=css)
    body = f"![foto]({image_server.url}/cover.png?artikel)\n\nTekst.\n"
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"x"'))
    qtbot.waitUntil(lambda: len(image_server.requests) >= 2, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: js(qtbot, pane, "document.images[0].naturalWidth") == 940, timeout=TIMEOUT
    )
    fonts_done = "document.fonts.status === 'loaded'"  # the font (not fetched) was given up
    qtbot.waitUntil(lambda: js(qtbot, pane, fonts_done), timeout=TIMEOUT)
    assert sorted(image_server.requests) == ["/cover.png?achtergrond", "/cover.png?artikel"]


# -- scrolling -------------------------------------------------------------------------------


def test_scrolling_follows_the_editor_and_the_preview_moves_the_editor(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    body = "".join(f"## Kop {n}\n\nAlinea {n} met wat tekst erin.\n\n" for n in range(120))
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"x"'))
    pane.scroll_to_line(400)  # "## Kop 100"
    qtbot.waitUntil(lambda: js(qtbot, pane, "window.scrollY") > 1000, timeout=TIMEOUT)
    top = js(
        qtbot,
        pane,
        "(() => { const h = [...document.querySelectorAll('h2')].find(h => "
        "h.textContent === 'Kop 100'); return h.getBoundingClientRect().top; })()",
    )
    assert 0 <= top < js(qtbot, pane, "window.innerHeight")

    # the page ignores scrolling right after it scrolled itself
    qtbot.waitUntil(lambda: js(qtbot, pane, "redactie.quiet()"), timeout=TIMEOUT)
    with qtbot.waitSignal(pane.scrolledToLine, timeout=TIMEOUT) as signal:
        js(qtbot, pane, "window.scrollTo(0, 0), window.scrollBy(0, 300), 0")
    assert signal.args is not None and 0 <= signal.args[0] < 40

    pane.sync_action.setChecked(False)
    with qtbot.assertNotEmitted(pane.scrolledToLine, wait=500):
        js(qtbot, pane, "window.scrollBy(0, 800), 0")


def test_the_window_scrolls_the_preview_with_the_editor_and_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Through the window's wiring: the editor's scroll bar moves the page, and scrolling the
    page brings the matching line to the editor's top."""
    body = "".join(f"## Kop {n}\n\nAlinea {n} met wat tekst erin.\n\n" for n in range(120))
    pane = open_article(qtbot, window, write_article(tmp_path, body, title='"x"'))
    editor = window.editor
    block = editor.document().findBlockByNumber(200)  # "## Kop 50"
    assert block.text() == "## Kop 50"
    editor.verticalScrollBar().setValue(block.firstLineNumber())
    heading_top = (
        "(() => { const h = [...document.querySelectorAll('h2')].find(h => "
        "h.textContent === 'Kop 50'); return h.getBoundingClientRect().top; })()"
    )
    qtbot.waitUntil(lambda: abs(js(qtbot, pane, heading_top)) < 40, timeout=TIMEOUT)

    # the page ignores scrolling right after it scrolled itself
    qtbot.waitUntil(lambda: js(qtbot, pane, "redactie.quiet()"), timeout=TIMEOUT)
    js(qtbot, pane, "window.scrollTo(0, 0), 0")

    def editor_top() -> int:
        return editor.cursorForPosition(QPoint(0, 0)).blockNumber()

    qtbot.waitUntil(lambda: editor_top() < 8, timeout=TIMEOUT)

    window.preview.sync_action.setChecked(False)
    editor.verticalScrollBar().setValue(block.firstLineNumber())
    # A scroll command would have been sent at once, and the page runs commands in order.
    assert js(qtbot, pane, "window.scrollY") == 0


def test_the_header_reading_time_follows_the_editor_word_count(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = open_article(qtbot, window, write_article(tmp_path, "Kort.\n", title='"x"'))
    assert "1 min" in js(qtbot, pane, "document.querySelector('.post-meta').textContent")
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("woord " * 1200)
    qtbot.waitUntil(
        lambda: "6 min" in js(qtbot, pane, "document.querySelector('.post-meta').textContent"),
        timeout=TIMEOUT,
    )


def test_a_site_stylesheet_from_redactie_toml_replaces_the_bundled_look(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    (site / "content" / "nieuws").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "Site"\nlanguageCode = "nl"\n', encoding="utf-8")
    (site / "redactie.toml").write_text('[preview]\nstylesheet = "preview.css"\n', encoding="utf-8")
    (site / "preview.css").write_text("h2 { color: rgb(200, 10, 20); }\n", encoding="utf-8")
    pane = open_article(qtbot, window, write_article(tmp_path, "## Kop\n\nTekst.\n", title='"x"'))
    colour = "getComputedStyle(document.querySelector('h2')).color"
    assert js(qtbot, pane, colour) != "rgb(200, 10, 20)"
    assert window.site_tools.sites.open_site(site)
    qtbot.waitUntil(lambda: js(qtbot, pane, colour) == "rgb(200, 10, 20)", timeout=TIMEOUT)


def test_the_page_follows_the_system_colour_scheme(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offscreen platform has no colour scheme of its own: the pane is told what the
    system says, and the system's change signal is sent as a desktop would send it."""
    from PySide6.QtGui import QGuiApplication

    pane = open_article(qtbot, window, write_article(tmp_path, "Tekst.\n", title='"x"'))
    background = "getComputedStyle(document.documentElement).backgroundColor"
    assert js(qtbot, pane, background) == "rgb(255, 255, 255)"
    monkeypatch.setattr(pane, "_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: js(qtbot, pane, background) == "rgb(29, 30, 32)", timeout=TIMEOUT)
    monkeypatch.setattr(pane, "_dark", lambda: False)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: js(qtbot, pane, background) == "rgb(255, 255, 255)", timeout=TIMEOUT)
