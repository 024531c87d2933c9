"""A long article's first open in the real window: the editor highlights it a slice at a time.

No clock: the highlighter's pace runs on a `StepClock`, so a slice holds the same few lines
on every machine; the proof of speed is a count of the lines formatted while `open_path` runs
(it was every line, 11 s of the GUI thread at 5 MB; now one slice, the first screen). What the
user sees is compared with a second document highlighted the old way, by Qt's whole-document
pass: every line's state and formats, spelling underlines included, after the slices, and
after typing while they ran.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from redactie.gui.editor import MarkdownEditor
from redactie.gui.editor.highlighter import MarkdownHighlighter
from redactie.gui.editor.text_layout import new_document
from redactie.gui.main_window import MainWindow
from tests.clocks import StepClock
from tests.gui.test_keystroke_work import counting
from tests.gui.underlines import underlined

FRONT = '---\ntitle: "Lang"\ndate: 2026-01-20T10:00:00+01:00\ndraft: false\n---\n\n'
TIMEOUT = 600_000  # a loaded machine, many slices


def long_body(size: int) -> str:
    """Headings, emphasis, links, an HTML comment over lines, a typo, and a fence far down
    that stays open to the end (every line after it is code)."""
    parts, total, n = ["# De begroting\n\n"], 0, 0
    while total < size:
        part = (
            f"## Deel {n}\n\nAlinea {n} over de **gemeenteraad**, die [vanavond]"
            f"(https://example.nl/{n}) opnieuw vergadert over het _nieuwe_ stadhuis.\n\n"
        )
        if n % 97 == 5:
            part += "<!-- een opmerking\nover twee regels -->\n\nHet besluit kwam gisterne.\n\n"
        if n == int(size / 170 * 0.8):
            part += "```python\n# geen kop maar code\n"
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts)


def open_article(window: MainWindow, tmp_path: Path, body: str) -> int:
    """Open it with the highlighter paced by a step clock; the lines formatted meanwhile."""
    path = tmp_path / "lang.md"
    path.write_bytes((FRONT + body).encode("utf-8"))
    window.editor.highlighter.pacer.clock = StepClock(0.001)  # 8 readings fill a slice
    with counting([(MarkdownHighlighter, "_markdown")]) as formatted:
        assert window.open_path(path)
    return formatted["_markdown"]


def highlighted_the_old_way(editor: MarkdownEditor) -> tuple[QTextDocument, MarkdownHighlighter]:
    """The editor's text in a second document, highlighted whole by Qt's pass, every line
    spelled in it by the editor's checker (its pace never runs out)."""
    document = new_document(editor)
    document.setPlainText(editor.markdown())
    highlighter = MarkdownHighlighter(document, editor.palette(), editor.font())
    highlighter.pacer.clock = StepClock()
    highlighter.set_spell_checker(editor.highlighter.spell_checker)
    highlighter.rehighlight()
    return document, highlighter


def differing_lines(shown: QTextDocument, expected: QTextDocument) -> list[int]:
    """Lines whose state or formats differ (each format range's start, length and format)."""
    assert shown.blockCount() == expected.blockCount()
    differ = []
    a, b = shown.firstBlock(), expected.firstBlock()
    while a.isValid():
        ra, rb = a.layout().formats(), b.layout().formats()
        same = a.userState() == b.userState() and [(r.start, r.length) for r in ra] == [
            (r.start, r.length) for r in rb
        ]
        if not same or any(x.format != y.format for x, y in zip(ra, rb, strict=True)):
            differ.append(a.blockNumber())
        a, b = a.next(), b.next()
    return differ


def wait_until_highlighted(qtbot: QtBot, window: MainWindow) -> None:
    highlighter = window.editor.highlighter
    qtbot.waitUntil(lambda: window.spelling.checker is not None, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: not highlighter.slices_pending and not highlighter.spell_repaint_pending,
        timeout=TIMEOUT,
    )


def assert_as_highlighted_whole(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.editor
    expected, _highlighter = highlighted_the_old_way(editor)
    assert differing_lines(editor.document(), expected) == []


def test_a_long_article_opens_with_its_first_screen_highlighted_and_ends_highlighted_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1200, 800)
    body = long_body(1_000_000)
    formatted = open_article(window, tmp_path, body)
    document = window.editor.document()
    assert document.blockCount() > 20_000
    assert formatted <= 10  # one slice; it was every line of the article, inside open_path

    # That slice is the first screen: when the window paints again the title is a heading;
    # a line further down waits for its slice.
    lines = window.editor.markdown().split("\n")
    title = document.findBlockByNumber(lines.index("# De begroting"))
    heading = window.editor.highlighter.formats.headings[1].fontPointSize()
    assert any(r.format.fontPointSize() == heading for r in title.layout().formats())
    assert document.findBlockByNumber(1_000).userState() == -1  # not highlighted yet
    assert window.editor.highlighter.slices_pending

    wait_until_highlighted(qtbot, window)
    assert_as_highlighted_whole(qtbot, window)
    # The fence far down made what follows code; above it every typo is underlined.
    last = document.lastBlock().previous()
    assert last.userState() & 3 == 1  # inside a fence
    before_fence = body[: body.index("```python")]
    assert underlined(window.editor).count("gisterne") == before_fence.count("gisterne") > 3


def test_typing_while_the_slices_run_ends_as_a_whole_highlight_of_the_final_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1200, 800)
    open_article(window, tmp_path, long_body(300_000))
    editor = window.editor
    assert editor.highlighter.slices_pending
    editor.setFocus()

    # At the top, above the slices: a fence opened there flows down to where they are.
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "~~~")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.highlighter.slices_pending
    # Far down, among the lines still waiting.
    cursor.setPosition(editor.document().characterCount() - 2_000)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " **vet** en gisterne")
    # And the fence at the top closed again.
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    editor.setTextCursor(cursor)
    for typed in ("code", "~~~"):
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    wait_until_highlighted(qtbot, window)
    assert editor.markdown().startswith("~~~\ncode\n~~~\n")
    assert_as_highlighted_whole(qtbot, window)
