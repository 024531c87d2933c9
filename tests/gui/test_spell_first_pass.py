"""A checker's first pass over a long article repaints only the lines with a misspelled word,
and the underlines end exactly as a whole check draws them.

The first pass goes a slice per turn of the event loop (a step clock fills each slice with
the same few lines on any machine); each test ends comparing every line's state and formats
with a second document highlighted whole by Qt's own pass, every line spelled in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from redactie.core.spelling import SpellChecker
from redactie.gui.editor import MarkdownEditor
from redactie.gui.editor.highlighter import BlockKind
from redactie.gui.editor.spell_menu import EditorSpelling
from tests.clocks import StepClock
from tests.gui.test_editor_first_open import differing_lines, highlighted_the_old_way, long_body
from tests.gui.underlines import settle, underlined

TIMEOUT = 120_000


@pytest.fixture
def checker(tmp_path: Path) -> SpellChecker:
    """A checker of its own: one test adds a word to it."""
    return SpellChecker(("nl_NL", "en_US"), personal=tmp_path / "dictionary.txt")


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[MarkdownEditor]:
    widget = MarkdownEditor()
    widget.highlighter.pacer.clock = StepClock(0.001)  # 8 readings fill a slice
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def article(size: int = 60_000) -> str:
    """`long_body` (typos, comments over two lines, a fence open to the end) with more typos."""
    body = long_body(size)
    return body.replace("opnieuw vergadert", "opnieuw vergaderd over de begrooting", 40)


def assert_as_checked_whole(qtbot: QtBot, editor: MarkdownEditor) -> None:
    expected, _highlighter = highlighted_the_old_way(editor)
    assert differing_lines(editor.document(), expected) == []


def test_a_checkers_first_pass_repaints_only_the_lines_with_a_misspelled_word(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.set_markdown(article())
    qtbot.waitUntil(lambda: not editor.highlighter.slices_pending, timeout=TIMEOUT)
    repainted: list[int] = []
    original = editor.highlighter.repaint_block
    monkeypatch.setattr(
        editor.highlighter,
        "repaint_block",
        lambda block: (repainted.append(block.blockNumber()), original(block)),
    )
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    words = underlined(editor)
    assert words.count("begrooting") == 40 and "gisterne" in words
    assert_as_checked_whole(qtbot, editor)
    document = editor.document()
    with_underlines = {
        number
        for number in range(document.blockCount())
        if any(
            r.format.underlineStyle() == r.format.UnderlineStyle.SpellCheckUnderline
            for r in document.findBlockByNumber(number).layout().formats()
        )
    }
    after_comments = {
        number
        for number in range(1, document.blockCount())
        if document.findBlockByNumber(number - 1).userState() & 3 == BlockKind.HTML_COMMENT
    }
    assert with_underlines <= set(repainted) <= with_underlines | after_comments
    assert len(repainted) < document.blockCount() / 10


def test_a_new_checker_clears_the_old_ones_underlines(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker, tmp_path: Path
) -> None:
    """Only a checker's first pass may skip clean lines: a second checker that accepts a
    word the first did not must take its underlines away."""
    editor.set_markdown(article())
    spelling = EditorSpelling(editor)
    spelling.set_checker(checker)
    settle(qtbot, editor)
    assert "begrooting" in underlined(editor)
    (tmp_path / "more").mkdir()
    other = SpellChecker(("nl_NL", "en_US"), personal=tmp_path / "more" / "dictionary.txt")
    other.add_word("begrooting")
    spelling.set_checker(other)
    settle(qtbot, editor)
    assert "begrooting" not in underlined(editor)
    assert_as_checked_whole(qtbot, editor)


def first_pass_begun(qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker) -> EditorSpelling:
    """The article highlighted, the checker set: its first pass goes a slice per turn."""
    editor.set_markdown(article())
    qtbot.waitUntil(lambda: not editor.highlighter.slices_pending, timeout=TIMEOUT)
    spelling = EditorSpelling(editor)
    spelling.set_checker(checker)
    assert editor.highlighter.spell_repaint_pending
    return spelling


def test_lines_typed_during_the_first_pass_end_underlined(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    first_pass_begun(qtbot, editor, checker)
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(300).position())
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Een nieuwe reegel met fuoten. ")
    cursor.setPosition(editor.document().findBlockByNumber(100).position())
    cursor.insertText("Nog een zin met een tipfuot.\n\n")  # pasted: not typed
    settle(qtbot, editor)
    words = underlined(editor)
    assert words.count("reegel") == 1 and words.count("tipfuot") == 1
    assert_as_checked_whole(qtbot, editor)


def test_a_word_added_during_the_first_pass_is_not_underlined(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    spelling = first_pass_begun(qtbot, editor, checker)
    checker.add_word("begrooting")
    spelling.refresh_word("begrooting")
    settle(qtbot, editor)
    words = underlined(editor)
    assert "begrooting" not in words and "gisterne" in words
    assert_as_checked_whole(qtbot, editor)
