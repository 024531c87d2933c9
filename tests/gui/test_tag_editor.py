"""The tag editor driven by the keyboard and the mouse, as a journalist uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from redactie.gui.form.tag_editor import TagChip, TagEditor


@pytest.fixture
def editor(qtbot: QtBot) -> TagEditor:
    widget = TagEditor()
    qtbot.addWidget(widget)
    widget.resize(360, 80)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_tags(["openai", "ai-agents"])
    widget.line_edit.setFocus()
    return widget


def visible_chips(editor: TagEditor) -> list[str]:
    return [c.tag for c in editor.findChildren(TagChip) if c.isVisible()]


def test_set_tags_shows_chips_without_reporting_an_edit(editor: TagEditor, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(editor.tagsChanged):
        editor.set_tags(["a", "b", "c"])
    assert editor.tags() == ["a", "b", "c"]
    assert visible_chips(editor) == ["a", "b", "c"]


def test_enter_adds_the_trimmed_tag(editor: TagEditor, qtbot: QtBot) -> None:
    with qtbot.waitSignal(editor.tagsChanged) as signal:
        qtbot.keyClicks(editor.line_edit, "  nieuw  ")
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert signal.args == [["openai", "ai-agents", "nieuw"]]
    assert editor.line_edit.text() == ""
    assert visible_chips(editor) == ["openai", "ai-agents", "nieuw"]
    assert editor.line_edit.hasFocus()


def test_comma_adds_and_keeps_typing(editor: TagEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.line_edit, "talent,innovatie,")
    assert editor.tags() == ["openai", "ai-agents", "talent", "innovatie"]
    assert editor.line_edit.text() == ""


def test_empty_and_duplicate_tags_are_not_added(editor: TagEditor, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(editor.tagsChanged):
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.line_edit, " ,OpenAI")
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Enter)
    assert editor.tags() == ["openai", "ai-agents"]


def test_backspace_in_the_empty_field_removes_the_last_tag(editor: TagEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.line_edit, "ab")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Backspace)
    assert editor.line_edit.text() == "a"
    assert editor.tags() == ["openai", "ai-agents"]  # with text, Backspace edits the text
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(editor.tagsChanged) as signal:
        qtbot.keyClick(editor.line_edit, Qt.Key.Key_Backspace)
    assert signal.args == [["openai"]]
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Backspace)  # nothing left: nothing happens
    assert editor.tags() == []
    assert visible_chips(editor) == []


def test_each_chip_has_a_remove_button(editor: TagEditor, qtbot: QtBot) -> None:
    chip = next(c for c in editor.findChildren(TagChip) if c.tag == "openai")
    button = chip.findChild(QToolButton)
    assert button is not None
    with qtbot.waitSignal(editor.tagsChanged) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [["ai-agents"]]
    assert visible_chips(editor) == ["ai-agents"]


def test_completion_offers_site_tags_and_enter_takes_one(editor: TagEditor, qtbot: QtBot) -> None:
    editor.set_completions(["innovatie", "OpenAI-beleid", "talent", "talent", "Opera"])
    qtbot.keyClicks(editor.line_edit, "tal")
    popup = editor.completer.popup()
    assert popup is not None and popup.isVisible()
    assert editor.completer.completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.tags() == ["openai", "ai-agents", "talent"]  # not the typed "tal" as well
    assert editor.line_edit.text() == ""
    qtbot.keyClicks(editor.line_edit, "BELEID")  # case-insensitive, anywhere in the tag
    assert editor.completer.currentCompletion() == "OpenAI-beleid"
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # nothing highlighted: Enter adds what is typed
    assert editor.tags() == ["openai", "ai-agents", "talent", "BELEID"]


def test_pasting_a_comma_separated_list_adds_each(editor: TagEditor, qtbot: QtBot) -> None:
    editor.line_edit.insert("ai, talent , , ai-agents, europa")
    editor.line_edit.textEdited.emit(editor.line_edit.text())  # what a paste reports
    assert editor.tags() == ["openai", "ai-agents", "ai", "talent", "europa"]


def test_leaving_the_field_keeps_a_typed_tag(editor: TagEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.line_edit, "europa")
    editor.line_edit.clearFocus()
    assert editor.tags() == ["openai", "ai-agents", "europa"]


def test_chips_wrap_in_a_narrow_column(editor: TagEditor) -> None:
    editor.set_tags([f"onderwerp-{n}" for n in range(8)])
    one_row = editor.line_edit.sizeHint().height()
    assert editor.heightForWidth(2000) <= 2 * one_row + 8
    assert editor.heightForWidth(240) > 4 * one_row
