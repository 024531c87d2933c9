"""Reading spelling underlines as the user sees them, once the highlighter has painted them."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from redactie.gui.editor import MarkdownEditor


def settle(qtbot: QtBot, editor: MarkdownEditor) -> None:
    """Underlines are painted a few lines per event-loop turn: wait until all are in."""
    qtbot.waitUntil(lambda: not editor.highlighter.spell_repaint_pending, timeout=60_000)


def underlined(editor: QPlainTextEdit) -> list[str]:
    """Every word drawn with the spell-check underline, in document order."""
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        for r in sorted(block.layout().formats(), key=lambda r: r.start):
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(text[r.start : r.start + r.length])
        block = block.next()
    return words
