"""A live editor's document, layout and highlighter keep their Python wrappers.

PySide makes the object whose `document()` was called last the document's owner in Python
(the editor's `document()`, or the layout's, which `LineLayout` calls on every edit). With
the layout as its owner, the document's and the layout's wrappers are a cycle nothing else
reaches: the cycle collector freed both, and with them shiboken invalidated the document's
children, the highlighter and its timers, while the editor still used them. The next line
highlighted raised "already deleted" inside Qt's call, and PySide crashed printing it (seen
in the spelling tests after the word count moved to `contentsChange`, under gdb).
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from redactie.gui.editor.markdown_editor import MarkdownEditor


def test_an_edit_and_a_collection_leave_the_highlighter_alive(qtbot: QtBot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown("Een *regel*.\n" * 3)
    cursor = QTextCursor(editor.textCursor())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("Nog een **zin**.")  # the layout's documentChanged: its document()
    gc.collect()
    assert shiboken6.isValid(editor.highlighter)
    cursor.insertText(" En *meer*.")  # highlighted through the same highlighter
    last = editor.document().lastBlock()
    assert any(r.format.fontItalic() for r in last.layout().formats())
