"""Spell checking as the user sees it: underlines in the editor and the form, the menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from redactie.core.article import Article
from redactie.core.spelling import SpellChecker
from redactie.gui.editor import MarkdownEditor, spell_layer
from redactie.gui.editor.spell_menu import EditorSpelling
from redactie.gui.form import FrontMatterForm
from redactie.gui.spelling import SpellCheckerLoader, attach_spelling
from tests.clocks import StepClock
from tests.gui.underlines import settle, underlined
from tests.paths import EXAMPLE_ARTICLE
from tests.threads import pool_held

ARTICLE = """# De burgemeestre spreekt

Het kabinet heeft gisterne besloten dat auto's en ĳsberen in de fietsenstalling mogen.
The goverment will recieve the report, zegt de NAVO via https://nos.nl/xyzzq.

```python
def fuonction(xyzzq): pass
```

{{< figure src="qwrtz.jpg" caption="Een foto" >}}
Zie `qwrtz` en [de tekst](https://x.nl/qwrtz) of <span class="qwrtz">mail</span> jan@qwrtz.nl.
"""


@pytest.fixture(scope="module")
def shared_checker() -> SpellChecker:
    return SpellChecker(("nl_NL", "en_US"), personal=Path("/nonexistent"))


@pytest.fixture
def checker(shared_checker: SpellChecker, tmp_path: Path) -> SpellChecker:
    shared_checker.personal = tmp_path / "dictionary.txt"
    shared_checker.clear_ignored()
    return shared_checker


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[MarkdownEditor]:
    """An editor whose spelling never runs out of time: every edit is underlined at once, as
    on a fast machine, whatever else the machine is doing (the budget's own tests set theirs)."""
    widget = MarkdownEditor()
    widget.highlighter.pacer.clock = StepClock()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def test_editor_underlines_exactly_the_typos(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    editor.set_markdown(ARTICLE)
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    assert underlined(editor) == ["burgemeestre", "gisterne", "goverment", "recieve"]


def test_typing_a_typo_underlines_it_and_fixing_it_clears_it(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    qtbot.keyClicks(editor, "Een mooie dga ")
    assert underlined(editor) == ["dga"]
    qtbot.keyClicks(editor, "\b\b\b\bdag ")
    assert underlined(editor) == []


def test_the_word_being_typed_is_underlined_once_the_cursor_leaves_it(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    seen = []
    for char in "Dit is een fuot":
        qtbot.keyClick(editor, char)
        seen.append(underlined(editor))
    assert seen == [[]] * len("Dit is een fuot")  # "f", "fu", "fuo", "fuot": never while typed
    qtbot.keyClick(editor, " ")
    assert underlined(editor) == ["fuot"]
    qtbot.keyClicks(editor, "en dan nog een fuot")
    assert underlined(editor) == ["fuot"]
    editor.moveCursor(editor.textCursor().MoveOperation.Start)  # leaving by a jump
    assert underlined(editor) == ["fuot", "fuot"]


def test_the_menu_on_a_word_just_typed_offers_its_suggestions(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    spelling = EditorSpelling(editor)
    spelling.set_checker(checker)
    settle(qtbot, editor)
    qtbot.keyClicks(editor, "De burgemeestre")
    assert underlined(editor) == []
    menu = spelling.menu_at(editor.cursorRect(editor.textCursor()).center())
    assert menu.actions()[0].text() == "burgemeester"
    assert underlined(editor) == ["burgemeestre"]


def test_an_existing_typo_keeps_its_underline_when_the_cursor_lands_on_it(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    editor.set_markdown("De burgemeestre komt.\n")
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    cursor = editor.textCursor()
    cursor.setPosition(8)
    editor.setTextCursor(cursor)
    assert underlined(editor) == ["burgemeestre"]


def test_menu_suggests_and_replaces(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    editor.set_markdown("De burgemeestre komt.\n")
    spelling = EditorSpelling(editor)
    spelling.set_checker(checker)
    settle(qtbot, editor)
    cursor = editor.textCursor()
    cursor.setPosition(6)
    menu = spelling.menu_at(editor.cursorRect(cursor).center())
    first = menu.actions()[0]
    assert first.objectName() == "spell:suggestion:0"
    assert first.text() == "burgemeester"
    first.trigger()
    assert editor.markdown() == "De burgemeester komt.\n"
    assert underlined(editor) == []


def test_add_to_dictionary_persists_across_restart(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    editor.set_markdown("De Qwrtzkrant en de Xyzzqbode.\n")
    spelling = EditorSpelling(editor)
    spelling.set_checker(checker)
    settle(qtbot, editor)
    assert underlined(editor) == ["Qwrtzkrant", "Xyzzqbode"]
    cursor = editor.textCursor()
    cursor.setPosition(5)
    menu = spelling.menu_at(editor.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.objectName() == "spell:add").trigger()
    assert underlined(editor) == ["Xyzzqbode"]
    cursor.setPosition(24)
    menu = spelling.menu_at(editor.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.objectName() == "spell:ignore").trigger()
    assert underlined(editor) == []
    restarted = SpellChecker(personal=checker.personal)
    assert restarted.check("Qwrtzkrant")
    assert not restarted.check("Xyzzqbode")  # ignored in that article only


def test_no_spelling_entries_on_a_right_word(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    editor.set_markdown("De burgemeester komt.\n")
    spelling = EditorSpelling(editor)
    spelling.set_checker(checker)
    settle(qtbot, editor)
    menu = spelling.menu_at(editor.cursorRect(editor.textCursor()).center())
    assert not any(a.objectName().startswith("spell:") for a in menu.actions())


def test_loader_does_not_block_and_delivers(qtbot: QtBot, tmp_path: Path) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    loader = SpellCheckerLoader(pool=pool)
    loaded: list[SpellChecker] = []
    loader.loaded.connect(loaded.append)
    with pool_held(pool) as hold:  # the dictionary cannot be read while the pool is held
        loader.load(("nl_NL",), personal=tmp_path / "d.txt")
        assert not hold.gave_up  # load() returned without waiting for the dictionary
    qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
    assert not hold.gave_up
    assert isinstance(loaded[0], SpellChecker)
    assert loaded[0].check("fietsenstalling")
    pool.waitForDone()


def test_loader_reports_a_missing_dictionary(qtbot: QtBot, tmp_path: Path) -> None:
    loader = SpellCheckerLoader()
    with qtbot.waitSignal(loader.failed, timeout=20_000):
        loader.load(("xx_XX",), personal=tmp_path / "d.txt")


def test_form_fields_are_underlined(qtbot: QtBot, checker: SpellChecker) -> None:
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.show()
    form.set_article(Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()))
    spelling = attach_spelling(form, checker)
    QApplication.processEvents()  # a new highlighter starts on the next event loop turn
    title = form.findChild(QLineEdit, "field:title")
    assert title is not None
    title.setText("Een nieuwe wte voor COVID19 op https://qwrtz.nl")
    assert spelling.misspelled_ranges(title) == [(11, 14)]
    title.setCursorPosition(12)
    menu = spelling.line_edit_menu(title, title.cursorRect().center().x())
    actions = [a.text() for a in menu.actions() if a.objectName().startswith("spell:sugg")]
    assert "wet" in actions
    next(a for a in menu.actions() if a.objectName() == "spell:suggestion:0").trigger()
    assert spelling.misspelled_ranges(title) == []
    summary = form.findChild(QPlainTextEdit, "field:summary")
    assert summary is not None
    summary.setPlainText("Een samenvating van het nieuws.")
    assert underlined(summary) == ["samenvating"]
    checker.add_word("samenvating")
    spelling.refresh()
    assert underlined(summary) == []
    spelling.detach()


def test_typing_in_a_500_kb_article_checks_only_the_line_typed_in(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    """A key spell-checks its own line (and the one the cursor leaves), never the 500 KB
    around it: that keeps typing in a long article as quick as in a short one. The clock
    counts the checks (two readings each, start and end); benchmarks/spell.py has the ms."""
    paragraph = ARTICLE.split("```")[0] + "\n"
    editor.set_markdown(paragraph * (500_000 // len(paragraph)))
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    clock = StepClock()
    editor.highlighter.pacer.clock = clock
    keys = "Een zin met een tipfout erin. " * 3
    qtbot.keyClicks(editor, keys)
    assert not editor.highlighter.spell_repaint_pending
    lines_checked = clock.readings / 2
    assert 0 < lines_checked <= 2 * len(keys), f"{lines_checked / len(keys):.1f} lines per key"
    assert underlined(editor)[-3:] == ["tipfout"] * 3


def test_a_new_checker_on_the_form_writes_nothing_into_the_article(
    qtbot: QtBot, checker: SpellChecker
) -> None:
    """Attaching spelling repaints the summary, and QPlainTextEdit calls that a text change:
    an article without a summary must not get `summary: ""` from it."""
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.show()
    article = Article.from_bytes(b"---\ntitle: Een titel\n---\nTekst.\n")
    form.set_article(article)
    edits: list[None] = []
    form.changed.connect(lambda: edits.append(None))
    for _ in range(2):  # the second time, a new summary highlighter replaces the first
        attach_spelling(form, checker).detach()
        attach_spelling(form, checker)
        QApplication.processEvents()  # its first repaint, on the next event loop turn
    assert edits == []
    assert article.to_bytes() == b"---\ntitle: Een titel\n---\nTekst.\n"


def test_a_large_text_loaded_with_a_checker_is_checked_in_chunks(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    """Opening 500 KB checks a few milliseconds' worth of lines at once; the rest follows
    turn by turn, so the window shows the article at once, and every typo ends up underlined.
    The clock makes every check cost the same 0.2 ms (two readings) on any machine."""
    clock = StepClock(0.0001)
    editor.highlighter.pacer.clock = clock
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    paragraph = ARTICLE.split("```")[0] + "\n"
    copies = 500_000 // len(paragraph)
    clock.advance(1.0)  # a pause, then the file is opened
    editor.set_markdown(paragraph * copies + "Het laatste woordt.\n")
    assert editor.highlighter.spell_repaint_pending  # not every line was checked in the load
    assert "woordt" not in underlined(editor)
    settle(qtbot, editor)
    words = underlined(editor)
    assert words[-1] == "woordt"
    assert len(words) == copies * len(underlined_in(qtbot, paragraph, checker)) + 1


def underlined_in(qtbot: QtBot, text: str, checker: SpellChecker) -> list[str]:
    """The underlines of `text` alone, in a second editor."""
    other = MarkdownEditor()
    try:
        EditorSpelling(other).set_checker(checker)
        other.set_markdown(text)
        settle(qtbot, other)
        return underlined(other)
    finally:
        other.deleteLater()


def test_a_fast_burst_of_edits_still_ends_with_every_underline(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    """Lines edited faster than 10 ms apart are one edit: past its few milliseconds the rest
    of its lines get their underlines a turn later, and none is lost. The clock makes every
    check cost 0.2 ms and the edits follow each other without a pause, on any machine."""
    clock = StepClock(0.0001)
    editor.highlighter.pacer.clock = clock
    paragraph = ARTICLE.split("```")[0] + "\n"
    editor.set_markdown(paragraph * 200)
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    clock.advance(1.0)  # a pause before the burst
    expected = underlined(editor)
    cursor = editor.textCursor()
    block = editor.document().firstBlock()
    lines = 0
    while block.isValid():  # a typo appended to every other line, as fast as Qt goes
        if block.text() and lines % 2 == 0:
            cursor.setPosition(block.position() + block.length() - 1)
            cursor.insertText(f" fuot{_letters(lines)}")  # a new line text: not cached
        lines += 1
        block = block.next()
    assert editor.highlighter.spell_repaint_pending  # the burst outgrew its few milliseconds
    settle(qtbot, editor)
    editor.moveCursor(editor.textCursor().MoveOperation.Start)  # leave the last typed word
    settle(qtbot, editor)
    added = sum(1 for word in underlined(editor) if word.startswith("fuot"))
    assert added == sum(
        1 for n, b in enumerate(_blocks(editor)) if n % 2 == 0 and " fuot" in b.text()
    )
    assert added > 250 and len(underlined(editor)) == len(expected) + added


def _letters(number: int) -> str:
    return "".join(chr(ord("a") + int(d)) for d in str(number))


def _blocks(editor: MarkdownEditor) -> list[QTextBlock]:
    blocks, block = [], editor.document().firstBlock()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def test_typing_into_a_long_paragraph_keeps_one_text_of_it_cached(
    qtbot: QtBot, editor: MarkdownEditor, checker: SpellChecker
) -> None:
    """Each key makes the line a new text; the one before it is dropped, not kept (issue 18:
    5,000 keys into a 3,000-character paragraph held 15 million characters)."""
    paragraph = "Het kabinet besluit vandaag over de begroting. " * 40
    editor.set_markdown(f"# Kop\n\n{paragraph}\n\nEen slotzin.\n")
    EditorSpelling(editor).set_checker(checker)
    settle(qtbot, editor)
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(2).position() + len(paragraph))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "en de burgemeestre zegt ja ")
    qtbot.keyClicks(editor, "en de raad stemt in. " * 6)
    held = sum(len(text) for text, _ in editor.highlighter._spelling._lines)
    assert held <= 2 * len(editor.markdown())  # the line as opened and as it is now
    settle(qtbot, editor)
    assert underlined(editor) == ["burgemeestre"]


def test_the_spelling_cache_stays_under_its_character_bound(
    qtbot: QtBot,
    editor: MarkdownEditor,
    checker: SpellChecker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spell_layer, "_CACHE_CHARS", 3_000)
    EditorSpelling(editor).set_checker(checker)
    lines = [
        " ".join([f"Regel {n} van de burgemeestre met wat woorden erbij."] * 3) for n in range(200)
    ]
    editor.set_markdown("\n\n".join(lines))
    settle(qtbot, editor)
    layer = editor.highlighter._spelling
    assert 0 < layer.chars <= 3_000
    assert layer.chars == sum(len(text) for text, _ in layer._lines)
    assert underlined(editor) == ["burgemeestre"] * 600
