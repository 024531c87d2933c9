"""The find bar under the editor: typed into, its options clicked, results read off the bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from redactie.core.article import Article
from redactie.gui.editor import EditorActions, FindReplaceBar, MarkdownEditor
from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Pane(QWidget):
    """The editor with its bar underneath, as the window lays them out."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = MarkdownEditor(self)
        self.bar = FindReplaceBar(self.editor, self)
        self.actions_ = EditorActions(self.editor, self.bar, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.editor)
        layout.addWidget(self.bar)


@pytest.fixture
def pane(qtbot: QtBot) -> Pane:
    widget = Pane()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.editor.setFocus()
    qtbot.waitUntil(widget.editor.hasFocus)  # shortcuts go by the focus widget
    return widget


def search(qtbot: QtBot, pane: Pane, text: str, *, replace: str | None = None) -> None:
    """Open the bar with the keyboard and type the search (and replacement)."""
    qtbot.keyClick(pane.editor, Qt.Key.Key_F if replace is None else Qt.Key.Key_H, CTRL)
    assert pane.bar.isVisible()
    assert pane.bar.find_field.hasFocus()
    qtbot.keyClicks(pane.bar.find_field, text)
    if replace is not None:
        assert pane.bar.replace_field.isVisible()
        qtbot.keyClicks(pane.bar.replace_field, replace)


def selected(pane: Pane) -> tuple[int, int]:
    cursor = pane.editor.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def test_typing_finds_and_enter_steps_through(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("kat hond kat vis kat")
    assert not pane.bar.isVisible()
    search(qtbot, pane, "kat")
    assert pane.bar.counter.text() == "1 of 3"
    assert selected(pane) == (0, 3)
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return)
    assert pane.bar.counter.text() == "2 of 3"
    assert selected(pane) == (9, 12)
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return)
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return)  # wraps around
    assert pane.bar.counter.text() == "1 of 3"
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return, SHIFT)
    assert pane.bar.counter.text() == "3 of 3"
    assert len(pane.editor.extraSelections()) == 3  # every match highlighted


def test_a_selection_becomes_the_search(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("de maker van OpenClaw")
    cursor = pane.editor.textCursor()
    cursor.setPosition(13)
    cursor.setPosition(21, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    qtbot.keyClick(pane.editor, Qt.Key.Key_F, CTRL)
    assert pane.bar.find_field.text() == "OpenClaw"
    assert pane.bar.counter.text() == "1 of 1"


def test_match_case(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("AI en ai en Ai")
    search(qtbot, pane, "AI")
    assert pane.bar.counter.text() == "1 of 3"
    qtbot.mouseClick(pane.bar.match_case, Qt.MouseButton.LeftButton)
    assert pane.bar.matches == [(0, 2)]


def test_whole_word_knows_accented_letters(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("de onderdelen, de café-eigenaar, decor, cafés")
    search(qtbot, pane, "de")
    assert len(pane.bar.matches) == 5
    pane.bar.whole_word.setChecked(True)
    assert pane.bar.matches == [(0, 2), (15, 17)]
    pane.bar.find_field.setText("café")
    assert pane.bar.matches == [(18, 22)]  # not inside "cafés"


def test_replace_all_with_regex_groups_is_one_undo_step(qtbot: QtBot, pane: Pane) -> None:
    text = "Foto: Sanket Mishra via Pexels\nFoto: Anna Jansen via Pexels\nAnders"
    pane.editor.setPlainText(text)
    pane.bar.regex.setChecked(True)
    search(qtbot, pane, r"Foto: (\w+) (\w+) via (?<bron>\w+)", replace=r"\2, \1 (\g<bron>)")
    assert pane.bar.counter.text() == "1 of 2"
    qtbot.mouseClick(pane.bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert pane.editor.toPlainText() == "Mishra, Sanket (Pexels)\nJansen, Anna (Pexels)\nAnders"
    assert pane.bar.message.isVisible()
    assert pane.bar.message.text() == "2 replaced"
    assert pane.bar.counter.text() == "No results"
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, CTRL)
    assert pane.editor.toPlainText() == text


def test_replace_all_returns_the_count_and_keeps_other_text(pane: Pane) -> None:
    pane.editor.setPlainText("😀 kat\u00a0en kat, €\u00a05")
    pane.bar.show_replace()
    pane.bar.find_field.setText("kat en")  # a normal space finds a non-breaking one
    assert pane.bar.matches == [(3, 9)]
    pane.bar.find_field.setText("kat")
    pane.bar.replace_field.setText(r"poes\1")  # literal without Regex
    assert pane.bar.replace_all() == 2
    assert pane.editor.markdown() == "😀 poes\\1\u00a0en poes\\1, €\u00a05"


def test_replace_one_then_the_next(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("een twee een twee")
    search(qtbot, pane, "een", replace="1")
    qtbot.keyClick(pane.bar.replace_field, Qt.Key.Key_Return)
    assert pane.editor.toPlainText() == "1 twee een twee"
    assert selected(pane) == (7, 10)  # the next match is selected
    qtbot.mouseClick(pane.bar.replace_button, Qt.MouseButton.LeftButton)
    assert pane.editor.toPlainText() == "1 twee 1 twee"
    assert pane.bar.counter.text() == "No results"


def test_invalid_regex_says_so_in_the_bar(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("tekst (met haakjes)")
    pane.bar.regex.setChecked(True)
    search(qtbot, pane, "(met")
    assert pane.bar.message.isVisible()
    assert "Invalid regular expression" in pane.bar.message.text()
    assert "parenthesis" in pane.bar.message.text()
    assert "position 4" in pane.bar.message.text()
    pane.bar.whole_word.setChecked(True)  # the offset is still in the user's pattern
    assert "position 4" in pane.bar.message.text()
    pane.bar.whole_word.setChecked(False)
    assert pane.bar.matches == []
    assert not pane.bar.next_button.isEnabled()
    assert not pane.bar.replace_all_button.isEnabled()
    assert pane.bar.replace_all() == 0
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return)  # nothing happens, nothing breaks
    qtbot.keyClicks(pane.bar.find_field, ")")
    assert not pane.bar.message.isVisible()
    assert pane.bar.counter.text() == "1 of 1"


def test_empty_matches_are_no_results(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("abc\ndef")
    pane.bar.regex.setChecked(True)
    search(qtbot, pane, "x*")
    assert pane.bar.matches == []
    assert pane.bar.counter.text() == "No results"
    pane.bar.find_field.setText("^")
    assert pane.bar.replace_all() == 0


def test_escape_closes_and_returns_to_the_text(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("kat kat")
    search(qtbot, pane, "kat")
    assert pane.editor.extraSelections()
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Escape)
    assert not pane.bar.isVisible()
    assert pane.editor.hasFocus()
    assert pane.editor.extraSelections() == []
    search(qtbot, pane, "")  # open again; Escape in the text closes it too
    assert pane.bar.isVisible()
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Escape)
    assert not pane.bar.isVisible()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Escape)  # and then Escape is the editor's again
    assert pane.editor.toPlainText() == "kat kat"


def test_deleting_text_while_the_bar_is_open(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("kat " * 50)
    search(qtbot, pane, "kat")
    pane.editor.selectAll()
    pane.editor.textCursor().removeSelectedText()
    pane.bar.find_next()  # stale matches until the refresh: no error, no crash
    qtbot.waitUntil(lambda: pane.bar.matches == [], timeout=2000)
    assert pane.bar.counter.text() == "No results"


def test_counter_follows_edits_in_the_text(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("kat")
    search(qtbot, pane, "kat")
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " kat")
    qtbot.waitUntil(lambda: len(pane.bar.matches) == 2, timeout=2000)
    assert pane.bar.counter.text() == "2 found"  # the cursor is not on a match


def test_find_next_shortcut_and_read_only(qtbot: QtBot, pane: Pane) -> None:
    pane.editor.setPlainText("kat kat")
    search(qtbot, pane, "kat")
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_F3)
    assert pane.bar.counter.text() == "2 of 2"
    pane.editor.setReadOnly(True)
    pane.bar.show_replace()
    assert not pane.bar.replace_all_button.isEnabled()
    assert not pane.actions_.replace.isEnabled()
    assert pane.bar.replace_all() == 0


def test_replace_all_in_a_long_article(pane: Pane) -> None:
    body = Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body
    pane.editor.setPlainText(body * 100)
    pane.bar.show_replace()
    pane.bar.whole_word.setChecked(True)
    pane.bar.find_field.setText("AI")
    count = len(pane.bar.matches)
    assert count >= 500
    pane.bar.replace_field.setText("KI")
    assert pane.bar.replace_all() == count
    assert " AI " not in pane.editor.toPlainText()
    pane.editor.undo()
    assert pane.editor.toPlainText() == body * 100


def test_the_search_field_holds_thirty_characters_in_a_narrow_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 700)
    window.editor_actions.find.trigger()
    field = window.find_bar.find_field
    qtbot.waitUntil(field.isVisible)
    phrase = "minister van Binnenlandse Zaken"  # 31 characters
    assert field.width() >= field.fontMetrics().horizontalAdvance(phrase[:30])


@pytest.mark.parametrize("language", ["en", "nl"])
def test_opening_find_or_replace_leaves_the_preview_its_width(
    qtbot: QtBot, window: MainWindow, language: str, request: pytest.FixtureRequest
) -> None:
    """The bar's options under its fields, not beside them: in one row they made the editor's
    column 760 px wide at least, and the splitter took that from the preview (1400 px window,
    the preview squeezed to a strip)."""
    if language == "nl":
        request.getfixturevalue("dutch_ui")
    window.resize(1400, 900)
    window.open_path(EXAMPLE_ARTICLE)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.splitter.count() == 3 and window.splitter.sizes()[2] > 0)
    before = window.splitter.sizes()
    for action in (window.editor_actions.find, window.editor_actions.replace):
        action.trigger()
        qtbot.waitUntil(window.find_bar.isVisible)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out now
        assert window.splitter.sizes() == before
        window.find_bar.hide()
