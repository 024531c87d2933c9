"""The quick preview colours fenced code as the site's Hugo does (Chroma's markup, made with
Pygments) in the site's `[markup.highlight] style`, and drops Hugo's summary divider."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
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
