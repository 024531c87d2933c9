"""Help lists every keyboard shortcut (from the window's own actions) and a Markdown cheat
sheet for Hugo articles, in the user's language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from redactie.gui.help_dialog import CheatSheetDialog, ShortcutsDialog
from redactie.gui.main_window import MainWindow
from redactie.gui.menus import _all_actions


def test_the_shortcut_list_has_the_menus_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(_all_actions(window), window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Bold"] == "Ctrl+B"
    assert rows["Replace"] == "Ctrl+H"  # Replace has a shortcut
    assert rows["Export to Site"] == "Ctrl+E"
    assert rows["Save"] == "Ctrl+S"


def test_the_cheat_sheet_explains_shortcodes(qtbot: QtBot, window: MainWindow) -> None:
    dialog = CheatSheetDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Shortcodes" in text and '{{< figure src="plein.jpg"' in text
    assert "Ctrl+K" in text


def test_the_cheat_sheet_is_dutch_in_the_dutch_ui(
    qtbot: QtBot, window: MainWindow, dutch_ui: None
) -> None:
    dialog = CheatSheetDialog(window)
    qtbot.addWidget(dialog)
    assert "Markdown voor een Hugo-artikel" in dialog.browser.toPlainText()
    assert dialog.windowTitle() != "Markdown Cheat Sheet"
