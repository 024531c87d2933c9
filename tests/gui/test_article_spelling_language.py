"""Article → Spelling Language in the real window: stored in the article, checked with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.underlines import settle, underlined
from tests.paths import EXAMPLE_ARTICLE
from tests.threads import pool_held

ENGLISH = b"""---
title: "A goverment report"
date: 2026-03-01T10:00:00+01:00
draft: true
---

The government will recieve teh report on Monday, the minister said.
Het kabinet heeft gisterne besloten.
"""


def _open(window: MainWindow, qtbot: QtBot, path: Path, first: str) -> None:
    assert window.open_path(path)

    def checked_in(language: str) -> bool:
        checker = window.spelling.checker
        return checker is not None and checker.languages[0] == language

    qtbot.waitUntil(lambda: checked_in(first), timeout=15_000)
    settle(qtbot, window.editor)


def _choose(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, f"spelling_language:{name}")
    assert action is not None
    action.trigger()


def _first_suggestion(window: MainWindow, word: str) -> str:
    """What the editor's context menu offers first for `word` (right-clicked)."""
    text = window.editor.markdown()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.index(word) + 1)
    menu = window.spelling.editor_spelling.menu_at(window.editor.cursorRect(cursor).center())
    return menu.actions()[0].text()


def _button_text(window: MainWindow) -> str:
    button = window.findChild(QToolButton, "spelling_language_button")
    assert button is not None
    return button.text()


def test_an_english_article_is_checked_english_first_and_keeps_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(ENGLISH)
    _open(window, qtbot, path, "nl_NL")
    assert _button_text(window) == "Spelling: Dutch"
    assert underlined(window.editor) == ["recieve", "teh", "gisterne"]
    assert _first_suggestion(window, "teh") == "te h"  # Dutch speaks first

    window.context.spell_checkers.clear()  # a real load, in a worker
    with pool_held(QThreadPool.globalInstance()) as hold:  # no dictionary can load meanwhile
        _choose(window, "en")
        assert _button_text(window) == "Spelling: English"
        assert window.spelling.checker.languages[0] == "nl_NL"  # type: ignore[union-attr]
    assert not hold.gave_up  # the window never waits for dictionaries
    qtbot.waitUntil(lambda: window.spelling.checker.languages[0] == "en_US", timeout=15_000)  # type: ignore[union-attr]
    settle(qtbot, window.editor)

    # English words Dutch alone would flag stay clean, typos of both languages are flagged,
    # and the English dictionary speaks first.
    assert underlined(window.editor) == ["recieve", "teh", "gisterne"]
    assert _first_suggestion(window, "teh") == "the"
    form_spelling = window.spelling.form_spelling
    assert form_spelling is not None and form_spelling.checker is window.spelling.checker
    title = window.form.findChild(QLineEdit, "field:title")
    assert title is not None
    assert form_spelling.misspelled_ranges(title) == [(2, 11)]  # "goverment"

    # One new line in the front matter, written like its siblings; nothing else moved.
    assert window.document.is_modified()
    assert window.save()
    assert path.read_bytes() == ENGLISH.replace(b"draft: true\n", b'draft: true\nspelllang: "en"\n')

    window.document.new()
    qtbot.waitUntil(lambda: window.spelling.checker.languages[0] == "nl_NL", timeout=15_000)  # type: ignore[union-attr]
    reopened = window.context.new_window()
    _open(reopened, qtbot, path, "en_US")
    action = reopened.findChild(QAction, "spelling_language:en")
    assert action is not None and action.isChecked()
    assert _button_text(reopened) == "Spelling: English"


def test_site_default_takes_the_key_out_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / EXAMPLE_ARTICLE.name
    path.write_bytes(EXAMPLE_ARTICLE.read_bytes())
    _open(window, qtbot, path, "nl_NL")
    site_default = window.findChild(QAction, "spelling_language:site")
    assert site_default is not None and site_default.isChecked()
    assert site_default.text() == "Site Default (Dutch)"
    _choose(window, "en")
    qtbot.waitUntil(lambda: window.spelling.checker.languages[0] == "en_US", timeout=15_000)  # type: ignore[union-attr]
    assert "spelllang" in window.form.raw_panel.text()  # the raw text follows
    _choose(window, "site")
    qtbot.waitUntil(lambda: window.spelling.checker.languages[0] == "nl_NL", timeout=15_000)  # type: ignore[union-attr]
    assert window.save()
    assert path.read_bytes() == EXAMPLE_ARTICLE.read_bytes()


def test_spelllang_typed_in_the_raw_front_matter_counts_too(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(ENGLISH.replace(b"draft: true\n", b"draft: true\nspelllang: en-GB\n"))
    _open(window, qtbot, path, "en_US")  # any English code means the English dictionary
    assert not window.form.raw_toggle.isChecked()  # a key the app knows: no "other fields"
    raw = window.form.raw_panel.editor
    raw.setPlainText(raw.toPlainText().replace("en-GB", "nl"))
    qtbot.waitUntil(lambda: window.spelling.checker.languages[0] == "nl_NL", timeout=15_000)  # type: ignore[union-attr]
    assert _button_text(window) == "Spelling: Dutch"
