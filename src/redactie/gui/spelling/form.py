"""Spell checking in the front-matter form's text fields (title, summary, cover alt and caption).

The summary is a QPlainTextEdit, so a small QSyntaxHighlighter underlines it. A QLineEdit has no
formats of its own; an input-method event with TextFormat attributes is the one way Qt offers to
draw underlines in it, re-sent after each change. Right-click gives the same spelling entries as
the editor. The form's own modules are untouched: fields are found by object name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from redactie.core.spelling import SpellChecker
from redactie.gui.editor.spell_menu import SpellActions, underlined_span

FIELD_NAMES = ("field:title", "field:summary", "field:cover.alt", "field:cover.caption")


def misspelled_format() -> QTextCharFormat:
    result = QTextCharFormat()
    result.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    result.setUnderlineColor(QColor("red"))
    return result


class PlainSpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelled words of plain text, one line at a time."""

    def __init__(self, edit: QPlainTextEdit, checker: SpellChecker) -> None:
        super().__init__(edit.document())
        self.checker = checker
        self._format = misspelled_format()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for token in self.checker.misspelled_plain(text):
            start = _utf16(text[: token.start])
            self.setFormat(start, _utf16(text[token.start : token.end]), self._format)


class FormSpelling(QObject):
    """The spelling of one form's fields; `detach` takes all of it off again."""

    wordAccepted = Signal(str)  # noqa: N815 (Qt's signal style)

    def __init__(self, form: QWidget, checker: SpellChecker) -> None:
        super().__init__(form)
        self.actions = SpellActions(checker, self)
        self.actions.wordAccepted.connect(self.refresh)
        self.actions.wordAccepted.connect(self.wordAccepted)
        self.line_edits: list[QLineEdit] = []
        self.highlighters: list[PlainSpellHighlighter] = []
        self.plain_edits: list[QPlainTextEdit] = []
        self._format = misspelled_format()
        for name in FIELD_NAMES:
            widget = form.findChild(QWidget, name)
            if isinstance(widget, QLineEdit):
                self.line_edits.append(widget)
                widget.textChanged.connect(self._changed)
                widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                widget.customContextMenuRequested.connect(self._line_edit_menu_requested)
                self.underline(widget)
            elif isinstance(widget, QPlainTextEdit):
                self.highlighters.append(PlainSpellHighlighter(widget, checker))
                widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                widget.customContextMenuRequested.connect(self._plain_menu_requested)
                self.plain_edits.append(widget)

    @property
    def checker(self) -> SpellChecker:
        return self.actions.checker

    def set_checker(self, checker: SpellChecker) -> None:
        """Check with other dictionaries (another spelling language) and repaint the fields."""
        self.actions.checker = checker
        for highlighter in self.highlighters:
            highlighter.checker = checker
        self.refresh()

    def refresh(self, _word: str = "") -> None:
        """Check every field again (after Add or Ignore, here or in the editor)."""
        for edit in self.line_edits:
            self.underline(edit)
        for highlighter in self.highlighters:
            highlighter.rehighlight()

    def detach(self) -> None:
        for edit in self.line_edits:
            edit.textChanged.disconnect(self._changed)
            edit.customContextMenuRequested.disconnect(self._line_edit_menu_requested)
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
            self._send(edit, [])
        for highlighter in self.highlighters:
            highlighter.setDocument(None)
        for plain in self.plain_edits:
            plain.customContextMenuRequested.disconnect(self._plain_menu_requested)
            plain.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.deleteLater()

    def misspelled_ranges(self, edit: QLineEdit) -> list[tuple[int, int]]:
        """UTF-16 (start, end) of each misspelled word of a line edit."""
        text = edit.text()
        return [
            (_utf16(text[: t.start]), _utf16(text[: t.end]))
            for t in self.checker.misspelled_plain(text)
        ]

    def _changed(self) -> None:
        edit = self.sender()
        if isinstance(edit, QLineEdit):
            self.underline(edit)

    def underline(self, edit: QLineEdit) -> None:
        self._send(edit, self.misspelled_ranges(edit))

    def _send(self, edit: QLineEdit, ranges: list[tuple[int, int]]) -> None:
        cursor = edit.cursorPosition()  # attribute starts count from the cursor
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [
            QInputMethodEvent.Attribute(kind, start - cursor, end - start, self._format)
            for start, end in ranges
        ]
        QCoreApplication.sendEvent(edit, QInputMethodEvent("", attributes))

    # -- context menus ---------------------------------------------------------------------

    def _line_edit_menu_requested(self, position: QPoint) -> None:
        edit = self.sender()
        if isinstance(edit, QLineEdit):
            _run(self.line_edit_menu(edit, position.x()), edit.mapToGlobal(position))

    def _plain_menu_requested(self, position: QPoint) -> None:
        edit = self.sender()
        if isinstance(edit, QPlainTextEdit):
            _run(self.plain_menu(edit, position), edit.viewport().mapToGlobal(position))

    def line_edit_menu(self, edit: QLineEdit, x: int) -> QMenu:
        """The line edit's own menu with spelling entries for the word at `x`, if misspelled."""
        menu = edit.createStandardContextMenu()
        offset = edit.cursorPositionAt(QPoint(x, edit.height() // 2))
        span = next(((s, e) for s, e in self.misspelled_ranges(edit) if s <= offset <= e), None)
        if span is not None:
            start, end = span
            word = _slice16(edit.text(), start, end)

            def replace(suggestion: str) -> None:
                text = edit.text().encode("utf-16-le")
                new = text[: 2 * start] + suggestion.encode("utf-16-le") + text[2 * end :]
                edit.setText(new.decode("utf-16-le"))

            self.actions.add_to(menu, word, replace)
        return menu

    def plain_menu(self, edit: QPlainTextEdit, position: QPoint) -> QMenu:
        """The summary's menu with spelling entries for the word at a viewport position."""
        menu = edit.createStandardContextMenu(position)
        cursor = edit.cursorForPosition(position)
        block = cursor.block()
        span = underlined_span(block, cursor.positionInBlock())
        if span is not None:
            start, end = span

            def replace(suggestion: str) -> None:
                change = QTextCursor(block)
                change.setPosition(block.position() + start)
                change.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                change.insertText(suggestion)

            self.actions.add_to(menu, _slice16(block.text(), start, end), replace)
        return menu


def attach_spelling(form: QWidget, checker: SpellChecker) -> FormSpelling:
    """Underline misspelled words in `form`'s title, summary, cover alt and caption fields."""
    return FormSpelling(form, checker)


def _run(menu: QMenu, where: QPoint) -> None:
    menu.exec(where)
    menu.deleteLater()


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _slice16(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
