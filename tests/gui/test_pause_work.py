"""The work after a typing pause and after opening a long article (issue 18, item 4).

No clock: the proofs are counts and results in the real window. The readability marks are
worked out in the pool and only those near the shown lines are made, yet they are exactly
what the old whole pass on the GUI thread gave there (`benchmarks/pause_holds.py`: that pass
held a 500 KB article for seconds); and the pause after one key reads the whole text once,
shared by the checks, the readability view and the recovery copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from redactie.gui.context import AppContext
from redactie.gui.editor import readability_view
from redactie.gui.editor.markdown_editor import MarkdownEditor
from redactie.gui.main_window import MainWindow

FRONT = '---\ntitle: "Lang"\ndate: 2026-01-20T10:00:00+01:00\ndraft: false\n---\n\n'
MARK_ALPHA = 55


def _paragraph(n: int) -> str:
    """A short sentence, then a long one with a link and an emoji (two UTF-16 units)."""
    return (
        f"Alinea {n} is kort. "
        f"De gemeenteraad van Utrecht 🚋 besloot gisteravond na vergadering {n} met veel "
        "insprekers uit de wijken en een fel debat over de kosten van de nieuwe tram om het "
        "plan toch [door te zetten](https://example.org/plan) ondanks alle bezwaren van de "
        "bewoners.\n\n"
    )


def _old_whole_pass(editor: MarkdownEditor, limit: int) -> list[tuple[int, int]]:
    """Where the old `_marks` put every mark: on the GUI thread, the whole text, each
    sentence's place searched and counted in UTF-16 from the start."""
    text = editor.toPlainText()
    result = readability_view.readability(text, limit)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans = []
    for sentence in result.long_sentences:
        span = readability_view._locate(text, sentence.text, line_starts[sentence.line - 1])
        if span is not None:
            spans.append(tuple(len(text[:i].encode("utf-16-le")) // 2 for i in span))
    return sorted((start, end) for start, end in spans)


def _marks(window: MainWindow) -> list[tuple[int, int]]:
    return sorted(
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in window.editor.extraSelections()
        if s.format.background().color().alpha() == MARK_ALPHA
    )


def test_long_article_marks_are_the_old_whole_pass_near_what_is_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    paragraphs = 450  # 900 lines: more than the marked margin above and below the screen
    path = tmp_path / "lang.md"
    path.write_text(FRONT + "".join(_paragraph(n) for n in range(paragraphs)), encoding="utf-8")
    window.resize(1200, 800)
    assert window.open_path(path)
    view = window.readability
    qtbot.waitUntil(lambda: view.result is not None and view.settled(), timeout=120_000)

    expected = _old_whole_pass(window.editor, view.long_words())
    assert len(expected) == paragraphs  # every long sentence found, as before
    assert view._spans == expected  # worked out in the pool: the same places

    def near(low: int, high: int) -> list[tuple[int, int]]:
        return [(start, end) for start, end in expected if end > low and start < high]

    top = _marks(window)
    assert top == near(*view.shown_range())
    assert 0 < len(top) < paragraphs  # only near what is shown
    text = window.editor.toPlainText()
    first = next(
        s
        for s in window.editor.extraSelections()
        if s.format.background().color().alpha() == MARK_ALPHA
    )
    assert first.cursor.selectedText() == text[text.index("De gemeenteraad") :].split("\n")[0]

    window.editor.verticalScrollBar().setValue(window.editor.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: _marks(window) == near(*view.shown_range()), timeout=10_000)
    assert _marks(window)[-1] == expected[-1]  # the last sentence now, not the first
    assert expected[0] not in _marks(window)


@contextmanager
def whole_text_reads() -> Iterator[dict[str, int]]:
    """Count the whole-text reads of any editor document (not the word count's own:
    `MarkdownEditor.refresh_stats` reads by itself and is counted apart)."""
    counts = {"reads": 0, "word count": 0}
    in_stats = [False]
    saved: list[tuple[Any, str, Any]] = [
        (QTextDocument, "toRawText", QTextDocument.toRawText),
        (QTextDocument, "toPlainText", QTextDocument.toPlainText),
        (QPlainTextEdit, "toPlainText", QPlainTextEdit.toPlainText),
    ]
    refresh_stats = MarkdownEditor.refresh_stats

    def counted(method: Any) -> Any:
        def read(self: Any) -> Any:
            counts["word count" if in_stats[0] else "reads"] += 1
            return method(self)

        return read

    def stats(self: MarkdownEditor) -> None:
        in_stats[0] = True
        try:
            refresh_stats(self)
        finally:
            in_stats[0] = False

    for owner, name, method in saved:
        setattr(owner, name, counted(method))
    MarkdownEditor.refresh_stats = stats  # type: ignore[method-assign]
    try:
        yield counts
    finally:
        for owner, name, method in saved:
            setattr(owner, name, method)
        MarkdownEditor.refresh_stats = refresh_stats  # type: ignore[method-assign]


def test_the_pause_after_a_key_reads_the_whole_text_once(
    qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "stuk.md"
    path.write_text(FRONT + "".join(_paragraph(n) for n in range(60)), encoding="utf-8")
    assert window.open_path(path)
    view, checks = window.readability, window.site_tools.checks
    recovery = context.recovery
    assert recovery is not None
    copy = recovery.folder / f"{window.document.document_id}.md"

    def pause_done() -> bool:
        return (
            view.settled()
            and not view._pause.isActive()
            and checks.settled()
            and not checks.timer.isActive()
            and not window._typing_pause.isActive()
            and not window.editor._stats_timer.isActive()
        )

    qtbot.waitUntil(lambda: view.result is not None and pause_done(), timeout=60_000)
    asked = view._request
    cursor = window.editor.document().find("Alinea 30 is")  # Qt positions: emoji count two
    cursor.setPosition(cursor.selectionStart() + len("Alinea 30"))
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()

    with whole_text_reads() as counts:
        qtbot.keyClicks(window.editor, "x")
        qtbot.waitUntil(lambda: view._request > asked and pause_done(), timeout=60_000)
        qtbot.waitUntil(copy.exists, timeout=10_000)
    assert counts["reads"] == 1  # checks, readability and the recovery copy share one copy

    # And what they got was the text with the key in it.
    assert b"Alinea 30x is kort." in copy.read_bytes()
    assert "Alinea 30x is kort." in checks._text
