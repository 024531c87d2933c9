"""The checks panel on the real window: it follows edits, goes to fields and lines, fixes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QListWidgetItem
from pytestqt.qtbot import QtBot

from redactie.core.article import Article
from redactie.core.checks import run_checks
from redactie.core.site import Site
from redactie.gui.main_window import MainWindow
from redactie.gui.site import ChecksPanel
from tests.paths import DATA
from tests.threads import pool_held

NO_ALT = """---
title: "Raad stemt in met nieuw stadhuis"
date: 2026-01-20T10:00:00+01:00
tags: ["politiek"]
summary: "De gemeenteraad gaat akkoord."
cover:
  image: "https://images.pexels.com/photos/3/pexels-photo-3.jpeg"
  caption: "Foto: Kees via Pexels"
draft: false
---

Eerste alinea.

![](kapot.jpg)
"""


def _click(qtbot: QtBot, panel: ChecksPanel, item: QListWidgetItem) -> None:
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _article(tmp_path: Path, text: str = NO_ALT) -> Path:
    path = tmp_path / "artikel.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_alt_is_listed_and_a_click_focuses_the_alt_field(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    assert window.open_path(_article(tmp_path))
    panel = tools.checks_panel
    qtbot.waitUntil(lambda: panel.item_for("cover-alt") is not None, timeout=3000)
    item = panel.item_for("cover-alt")
    assert item is not None
    assert item.text().startswith("The cover image has no alt text")
    window.activateWindow()
    _click(qtbot, panel, item)
    alt = window.form.editors["cover.alt"].focus_widget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is alt, timeout=2000)


def test_edits_refresh_the_panel_after_a_pause(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    assert window.open_path(_article(tmp_path))
    panel = tools.checks_panel
    qtbot.waitUntil(lambda: panel.item_for("cover-alt") is not None, timeout=3000)
    alt = window.form.editors["cover.alt"].focus_widget()
    qtbot.keyClicks(alt, "Het stadhuis")
    assert tools.checks.timer.isActive()  # typing only restarts the timer
    qtbot.waitUntil(lambda: panel.item_for("cover-alt") is None, timeout=3000)


def test_a_body_finding_moves_the_editor_cursor_to_its_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    assert window.open_path(_article(tmp_path))
    panel = tools.checks_panel
    tools.checks.refresh()
    qtbot.waitUntil(tools.checks.settled)  # the body's rules answer from the pool
    body = [f for f in panel.findings if f.field is None and f.line]
    assert body, [f.rule_id for f in panel.findings]
    item = panel.item_for(body[0].rule_id)
    assert item is not None
    _click(qtbot, panel, item)
    block = window.editor.textCursor().block()
    assert "kapot.jpg" in block.text()


def test_fix_repairs_the_article_and_the_form_follows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    assert window.open_path(_article(tmp_path, NO_ALT.replace('["politiek"]', '["Politiek"]')))
    panel = tools.checks_panel
    tools.checks.refresh()
    item = panel.item_for("tags-lowercase")
    assert item is not None and "(can be fixed)" in item.text()
    panel.list.setCurrentItem(item)
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert window.document.article.get("tags") == ["politiek"]
    assert panel.item_for("tags-lowercase") is None
    assert window.document.is_modified()
    assert "politiek" in window.form.raw_panel.editor.toPlainText()


def test_a_body_fix_edits_the_editor_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """link-entity's fix changes the body: the editor gets it, Undo takes it back."""
    link = "Zie 🎉 [bron](https://a.nl/?a=1&#038;b=2) en [twee](https://b.nl/?c&#038;d)."
    text = NO_ALT.replace("Eerste alinea.", link)
    assert window.open_path(_article(tmp_path, text))
    tools = window.site_tools
    panel = tools.checks_panel
    tools.checks.refresh()
    qtbot.waitUntil(tools.checks.settled)
    item = panel.item_for("link-entity")
    assert item is not None and "(can be fixed)" in item.text()
    panel.list.setCurrentItem(item)
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    fixed = "Zie 🎉 [bron](https://a.nl/?a=1&b=2) en [twee](https://b.nl/?c&d)."
    assert fixed in window.editor.toPlainText()
    qtbot.waitUntil(tools.checks.settled)
    assert panel.item_for("link-entity") is None
    assert window.document.is_modified()
    assert fixed in window.document.current_bytes().decode("utf-8")
    window.editor.document().undo()
    assert link in window.editor.toPlainText()


@pytest.mark.usefixtures("dutch_ui")
def test_dutch_messages_for_dutch_users(qtbot: QtBot, tmp_path: Path) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    article = Article.from_bytes(NO_ALT.encode())
    panel.set_findings(run_checks(article, Site.open(DATA / "site"), publishing=False))
    item = panel.item_for("cover-alt")
    assert item is not None and item.text().startswith("De omslagfoto heeft geen alt-tekst")


def test_a_house_style_fix_in_the_text_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    root, path = house_style_site(tmp_path)
    path.write_bytes(
        NO_ALT.replace("Eerste alinea.", "Middels een brief 🙂 werd het 12% meer.").encode()
        .replace(b"\n", b"\r\n")  # a Windows file: offsets must still land right
    )  # fmt: skip
    tools = window.site_tools
    assert tools.sites.open_site(root, quiet=True)
    assert window.open_path(path)
    panel = tools.checks_panel
    tools.checks.refresh()
    for rule_id in ("style-percent", "style-word"):  # house style answers from the pool
        qtbot.waitUntil(lambda rule_id=rule_id: panel.item_for(rule_id) is not None, timeout=5000)
        item = panel.item_for(rule_id)
        assert item is not None and "(can be fixed)" in item.text()
        panel.list.setCurrentItem(item)
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert "Met een brief 🙂 werd het 12 procent meer." in window.editor.toPlainText()
    window.editor.undo()  # the word; the percent stays
    assert "Middels een brief 🙂 werd het 12 procent meer." in window.editor.toPlainText()
    assert window.save()
    assert b"Middels een brief \xf0\x9f\x99\x82 werd het 12 procent meer.\r\n" in path.read_bytes()


def test_check_links_shows_findings_as_the_answers_arrive(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import threading
    from http.server import ThreadingHTTPServer

    from tests.core.test_links import _Handler

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        text = NO_ALT.replace("Eerste alinea.", f"Zie [weg]({base}/gone) en [oud]({base}/old).")
        assert window.open_path(_article(tmp_path, text))
        tools = window.site_tools
        tools.checks.refresh()
        assert tools.checks_panel.item_for("link-broken") is None  # nothing asked yet
        tools.link_checks.action.trigger()
        panel = tools.checks_panel
        qtbot.waitUntil(
            lambda: (
                panel.item_for("link-broken") is not None
                and panel.item_for("link-redirect") is not None
            ),
            timeout=15_000,
        )
        item = panel.item_for("link-redirect")
        assert item is not None and "(can be fixed)" in item.text()
        panel.list.setCurrentItem(item)
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
        assert f"[oud]({base}/new)" in window.editor.toPlainText()
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_english_alt_is_flagged_once_the_language_tables_are_loaded(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The tables load in a worker (seconds, once); the panel shows the finding after."""
    english = NO_ALT.replace(
        'caption: "Foto: Kees via Pexels"',
        'alt: "Woman in white shirt sitting on chair"\n  caption: "Foto: Kees via Pexels"',
    )
    assert window.open_path(_article(tmp_path, english))
    panel = window.site_tools.checks_panel
    qtbot.waitUntil(lambda: panel.item_for("alt-language") is not None, timeout=60_000)


def _texts(value: object, found: set[str]) -> set[str]:
    """The article-sized strings in `value`, looked for in tuples, lists and dicts."""
    if isinstance(value, str) and "Eerste alinea" in value:
        found.add(value)
    elif isinstance(value, tuple | list):
        for item in value:
            _texts(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _texts(item, found)
    return found


def test_the_runner_holds_only_the_latest_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Typing on while the pool is busy: the answer still awaited and the findings shown are
    for older texts, but only the latest text is kept (issue 18: 500 KB per text)."""
    assert window.open_path(_article(tmp_path))
    checks = window.site_tools.checks
    checks.refresh()
    qtbot.waitUntil(checks.settled)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    with pool_held(QThreadPool.globalInstance()):
        for word in (" een", " twee", " drie"):
            qtbot.keyClicks(window.editor, word)
            checks.refresh()
        current = window.session.current_article().to_text()
        assert _texts(vars(checks), set()) == {current}
    qtbot.waitUntil(checks.settled)
    assert _texts(vars(checks), set()) == {current}


def house_style_site(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the test site with house style on, and where its article `stuk.md` goes."""
    root = tmp_path / "krant"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text("[style]\nhouse_style = true\n", encoding="utf-8")
    return root, root / "content" / "nieuws" / "stuk.md"
