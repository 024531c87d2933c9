"""A finding with a column puts the cursor at its line AND column when clicked, in the body
and in the raw front matter, whatever the rule (any `Finding.column` is used)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.test_site_checks import house_style_site

TEXT = """---
title: "Raad stemt in met nieuw stadhuis"
date: 2026-01-20T10:00:00+01:00
tags: ["politiek"]
summary: "De gemeenteraad gaat akkoord."
draft: false
---

Eerste alinea.

Zo 🎉 ging het: middels een brief kreeg XXX het 12% hoger.
"""


def _click(qtbot: QtBot, window: MainWindow, rule_id: str) -> None:
    panel = window.site_tools.checks_panel
    item = panel.item_for(rule_id)
    assert item is not None, [f.rule_id for f in panel.findings]
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_puts_the_cursor_at_the_column(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    root, path = house_style_site(tmp_path)
    path.write_text(TEXT, encoding="utf-8")
    tools = window.site_tools
    assert tools.sites.open_site(root, quiet=True)
    assert window.open_path(path)
    tools.checks.refresh()
    panel = tools.checks_panel
    qtbot.waitUntil(lambda: panel.item_for("style-percent") is not None, timeout=5000)
    line = TEXT.splitlines()[10]
    for rule_id, what in (("unfinished-copy", "XXX"), ("style-percent", "12%")):
        finding = next(f for f in tools.checks_panel.findings if f.rule_id == rule_id)
        assert (finding.line, finding.column) == (11, line.index(what) + 1)
        item = tools.checks_panel.item_for(rule_id)
        assert item is not None and f"line 11, column {finding.column}" in item.toolTip()
        _click(qtbot, window, rule_id)
        cursor = window.editor.textCursor()
        block = cursor.block()
        assert block.blockNumber() == 3  # the body's fourth line: file line 11
        # Qt counts 🎉 as two units: the cursor is one unit further than the characters
        assert cursor.positionInBlock() == line.index(what) + 1
        assert block.text()[cursor.positionInBlock() - 1 :].startswith(what)


def test_a_field_placeholder_column_in_the_raw_front_matter(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "stuk.md"
    path.write_text(TEXT.replace("nieuw stadhuis", "TK stadhuis"), encoding="utf-8")
    assert window.open_path(path)
    tools = window.site_tools
    tools.checks.refresh()
    qtbot.waitUntil(tools.checks.settled)  # unfinished-copy reads the body: in the pool
    finding = next(f for f in tools.checks_panel.findings if f.rule_id == "unfinished-copy")
    assert (finding.field, finding.line, finding.column) == ("title", 2, 27)
    assert finding.line is not None and finding.column is not None
    window.go_to_file_line(finding.line, finding.column)  # the place in the raw front matter
    raw = window.form.raw_panel.editor
    cursor = raw.textCursor()
    assert cursor.block().text()[cursor.positionInBlock() :].startswith("TK stadhuis")
