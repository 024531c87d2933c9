"""The editor's LineLayout: a keystroke in a formatted line repaints that line, and edits of
every shape still leave the same layout a fresh editor would make."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redactie.gui.editor import MarkdownEditor

TEXT = "".join(f"Regel {n} met **vet**, een [link](https://x.nl) en `code`.\n\n" for n in range(60))


class _PaintedRects(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.rect().height())  # type: ignore[attr-defined]
        return False


def _editor(qtbot: QtBot, text: str) -> MarkdownEditor:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_markdown(text)
    return editor


def test_a_key_in_a_formatted_line_repaints_only_that_line(qtbot: QtBot) -> None:
    editor = _editor(qtbot, TEXT)
    cursor = editor.textCursor()
    cursor.setPosition(TEXT.index("en `code`"))
    editor.setTextCursor(cursor)
    QApplication.processEvents()  # the repaints of opening and moving are done
    painted = _PaintedRects()
    editor.viewport().installEventFilter(painted)
    qtbot.keyClicks(editor, "nog ")
    qtbot.waitUntil(lambda: bool(painted.heights), timeout=5000)
    QApplication.processEvents()  # and whatever else the keys asked to repaint
    assert painted.heights
    assert max(painted.heights) < editor.viewport().height() / 3


def test_edits_of_every_shape_leave_a_fresh_layout(qtbot: QtBot) -> None:
    editor = _editor(qtbot, TEXT)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "Een **nieuwe** regel die lang genoeg is om af te breken " * 3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "```")  # a fence: every line below it changes
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # lines joined
    cursor = editor.textCursor()
    cursor.setPosition(10)
    cursor.setPosition(200, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "x")  # a selection over several lines replaced
    editor.undo()
    editor.redo()
    fresh = _editor(qtbot, editor.markdown())
    QApplication.processEvents()  # its first paint lays the lines out
    ours, theirs = editor.document().firstBlock(), fresh.document().firstBlock()
    while ours.isValid() and theirs.isValid():
        assert ours.layout().lineCount() == theirs.layout().lineCount(), ours.text()
        assert ours.layout().boundingRect() == theirs.layout().boundingRect(), ours.text()
        ours, theirs = ours.next(), theirs.next()
    assert not ours.isValid() and not theirs.isValid()
