"""Find and replace in an inline bar under the editor, as in browsers and code editors.

Matches are found per line with QRegularExpression (Unicode-aware, so "é" is a word character
and case folding covers "É"), like QTextDocument.find: a match never spans lines, and a
non-breaking space is found by a normal one. Every match is listed once per change of the
search, so the counter ("3 of 12"), the highlighting and Next/Previous agree.

Replacement text is literal, except with Regex on, where `\\1`..`\\9` and `\\g<name>` insert
groups, `\\0` the whole match, `\\n` a line break, `\\t` a tab and `\\\\` a backslash (Python's
syntax, not `$1`). Replace all is one undo step.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QRegularExpressionMatch, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from redactie.gui.editor.highlighter import mix
from redactie.gui.editor.markdown_editor import MarkdownEditor

MAX_HIGHLIGHTS: Final = 2000  # more would slow painting; the counter still counts them all
_TEMPLATE_RE: Final = re.compile(r"\\(?:g<([^>]*)>|(.))", re.DOTALL)
_ESCAPES: Final = {"n": "\n", "t": "\t", "\\": "\\"}
_SELECTION_GROUP: Final = "find"


FIELD_CHARACTERS = 30  # what a search for a phrase or a name needs to stay readable


class FindReplaceBar(QWidget):
    """Searches one MarkdownEditor; hidden until `show_find` or `show_replace`."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._matches: list[tuple[int, int]] = []
        self._regex: QRegularExpression | None = None

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        readable = self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS + 24
        for field in (self.find_field, self.replace_field):  # a phrase, not a word, fits
            field.setMinimumWidth(readable)
        self.counter = QLabel(self)
        self.counter.setMinimumWidth(self.fontMetrics().horizontalAdvance("9999 of 9999") + 8)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.whole_word = QCheckBox(self.tr("Whole word"), self)
        self.regex = QCheckBox(self.tr("Regex"), self)
        self.regex.setToolTip(
            self.tr("Regular expression; use \\1 or \\g<name> in the replacement")
        )
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.close_button = QToolButton(self)
        if QIcon.hasThemeIcon("window-close"):
            self.close_button.setIcon(QIcon.fromTheme("window-close"))
        else:
            self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close (Escape)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self._layout()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(lambda: self._search(move=False))
        self.find_field.textChanged.connect(lambda _: self._search(move=True))
        for box in (self.match_case, self.whole_word, self.regex):
            box.toggled.connect(lambda _: self._search(move=True))
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        editor.document().contentsChanged.connect(self._document_changed)
        editor.selectionChanged.connect(self._update_counter)
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        editor.installEventFilter(self)  # Escape in the text closes the bar too
        self.hide()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.counter, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.close_button, 0, 4)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        # The options get a row of their own: beside the buttons they made the bar, and so
        # the editor's column, 760 px wide at least, taken from the preview by the splitter.
        options = QHBoxLayout()
        options.setSpacing(12)
        for box in (self.match_case, self.whole_word, self.regex):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 2, 0, 1, 5)
        grid.addWidget(self.message, 3, 0, 1, 5)
        grid.setColumnStretch(0, 1)

    # -- opening and closing -------------------------------------------------------------------

    def show_find(self) -> None:
        """Open for finding; a selection within one line becomes the search text."""
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self._update_enabled()
        selected = self.editor.textCursor().selectedText()
        self.show()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)  # searches via textChanged
        else:
            self._search(move=False)
        field = self.replace_field if replace and self.find_field.text() else self.find_field
        field.setFocus()
        field.selectAll()

    def close_bar(self) -> None:
        """Hide, drop the highlights and give the keyboard back to the text."""
        self.hide()
        self.message.hide()
        self.editor.set_extra_selections_group(_SELECTION_GROUP, [])
        self.editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.isVisible():
                self.close_bar()
                return True
            if watched is self.editor:
                return False
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                elif watched is self.replace_field:
                    self.replace_current()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:  # from a check box or button
            self.close_bar()
        else:
            super().keyPressEvent(event)

    # -- finding -------------------------------------------------------------------------------

    @property
    def matches(self) -> list[tuple[int, int]]:
        """(start, end) document positions of every match, in order."""
        return list(self._matches)

    def find_next(self) -> bool:
        return self._step(forward=True)

    def find_previous(self) -> bool:
        return self._step(forward=False)

    def _step(self, *, forward: bool) -> bool:
        """Select the next (or previous) match, wrapping around at the end."""
        if not self.isVisible():
            self.show_find()
        if not self._matches:
            return False
        cursor = self.editor.textCursor()
        if forward:
            after = [m for m in self._matches if m[0] >= cursor.selectionEnd()]
            target = after[0] if after else self._matches[0]
        else:
            before = [m for m in self._matches if m[0] < cursor.selectionStart()]
            target = before[-1] if before else self._matches[-1]
        self._select(target)
        return True

    def _search(self, *, move: bool) -> None:
        """Find all matches again; `move`: select the first one from the cursor on."""
        self._refresh_timer.stop()
        self._matches = []
        self._regex = self._compile()
        if self._regex is not None:
            block = self.editor.document().firstBlock()
            while block.isValid():
                found = self._regex.globalMatch(block.text().replace("\u00a0", " "))
                while found.hasNext():
                    match = found.next()
                    if match.capturedLength() > 0:  # an empty match is nothing to show
                        start = block.position() + match.capturedStart()
                        self._matches.append((start, start + match.capturedLength()))
                block = block.next()
        if move and self._matches:
            start = self.editor.textCursor().selectionStart()
            following = [m for m in self._matches if m[0] >= start]
            self._select(following[0] if following else self._matches[0])
        self._highlight()
        self._update_counter()
        self._update_enabled()

    def _compile(self) -> QRegularExpression | None:
        """The search as a regular expression, or None (and why, in the bar) when there is none."""
        text = self.find_field.text()
        self.message.hide()
        if not text:
            return None
        pattern = text if self.regex.isChecked() else QRegularExpression.escape(text)
        prefix = ""
        if self.whole_word.isChecked():
            prefix = r"(?<!\w)(?:"
            pattern = rf"{prefix}{pattern})(?!\w)"
        options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
        if not self.match_case.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        regex = QRegularExpression(pattern, options)
        if not regex.isValid():
            self._show_message(
                self.tr("Invalid regular expression: {0} (at position {1})").format(
                    regex.errorString(), _clamp(regex.patternErrorOffset() - len(prefix), len(text))
                ),
                error=True,
            )
            return None
        return regex

    def _select(self, match: tuple[int, int]) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(self._clamped(match[0]))
        cursor.setPosition(self._clamped(match[1]), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self._highlight()

    def _current_index(self) -> int:
        cursor = self.editor.textCursor()
        selection = (cursor.selectionStart(), cursor.selectionEnd())
        low, high = 0, len(self._matches)
        while low < high:  # binary search: the list is sorted and can be long
            middle = (low + high) // 2
            if self._matches[middle] < selection:
                low = middle + 1
            else:
                high = middle
        return low if low < len(self._matches) and self._matches[low] == selection else -1

    def _highlight(self) -> None:
        """All matches softly, the current one like a selection (also when the editor has no
        focus, where Qt would draw the selection faintly)."""
        palette = self.editor.palette()
        base = palette.color(QPalette.ColorRole.Base)
        soft = QTextCharFormat()
        soft.setBackground(mix(base, palette.color(QPalette.ColorRole.Highlight), 0.35))
        strong = QTextCharFormat()
        strong.setBackground(palette.color(QPalette.ColorRole.Highlight))
        strong.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        current = self._current_index()
        selections = []
        if len(self._matches) <= MAX_HIGHLIGHTS:
            for index, (start, end) in enumerate(self._matches):
                selections.append(
                    self._extra_selection(start, end, strong if index == current else soft)
                )
        elif current >= 0:
            selections.append(self._extra_selection(*self._matches[current], strong))
        self.editor.set_extra_selections_group(
            _SELECTION_GROUP, selections if self.isVisible() else []
        )

    def _extra_selection(
        self, start: int, end: int, style: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._clamped(start))
        cursor.setPosition(self._clamped(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = style
        return selection

    def _clamped(self, position: int) -> int:
        """Matches are found again 150 ms after an edit; until then one may lie past the end."""
        return min(position, self.editor.document().characterCount() - 1)

    def _update_counter(self) -> None:
        total = len(self._matches)
        current = self._current_index()
        if not self.find_field.text() or self._regex is None:
            self.counter.setText("")
        elif total == 0:
            self.counter.setText(self.tr("No results"))
        elif current < 0:
            self.counter.setText(self.tr("{0} found").format(total))
        else:
            self.counter.setText(self.tr("{0} of {1}").format(current + 1, total))
        if self.isVisible() and self._matches:
            self._highlight()

    def _update_enabled(self) -> None:
        found = bool(self._matches)
        editable = not self.editor.isReadOnly()
        self.next_button.setEnabled(found)
        self.previous_button.setEnabled(found)
        self.replace_button.setEnabled(found and editable)
        self.replace_all_button.setEnabled(found and editable)

    def _document_changed(self) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        palette = self.message.palette()
        color = self.palette().color(QPalette.ColorRole.WindowText)
        if error:  # red, mixed with the text colour: readable on light and dark alike
            color = mix(color, QColor(215, 30, 30), 0.75)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.show()

    # -- replacing -----------------------------------------------------------------------------

    def replace_current(self) -> bool:
        """Replace the selected match and go to the next one; select a match first if none is."""
        if self.editor.isReadOnly():
            return False
        self._search(move=False)
        index = self._current_index()
        if index < 0:
            return self.find_next()
        start, end = self._matches[index]
        replacement = self._replacement(start)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self.editor.setTextCursor(cursor)  # collapsed after the replacement
        self._search(move=False)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns (and shows) how many."""
        if self.editor.isReadOnly():
            return 0
        self._search(move=False)
        if not self._matches:
            return 0
        replacements = [(start, end, self._replacement(start)) for start, end in self._matches]
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.editor.textCursor().position())  # where undo brings the caret
        cursor.beginEditBlock()
        for start, end, replacement in reversed(replacements):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self._search(move=False)
        count = len(replacements)
        self._show_message(self.tr("{0} replaced").format(count))
        return count

    def _replacement(self, start: int) -> str:
        """The replacement for the match at `start`, with groups filled in when Regex is on."""
        template = self.replace_field.text()
        if not self.regex.isChecked() or self._regex is None or "\\" not in template:
            return template
        block = self.editor.document().findBlock(start)
        # The first match from the offset is the one found there: same engine, same text.
        match = self._regex.match(block.text().replace("\u00a0", " "), start - block.position())
        return expand(template, match)


def _clamp(offset: int, length: int) -> int:
    """An error offset in the user's own pattern (Whole word wraps it in more)."""
    return min(max(0, offset), length)


def expand(template: str, match: QRegularExpressionMatch) -> str:
    """Fill `\\1`, `\\g<name>`, `\\0`, `\\n`, `\\t` and `\\\\` into a replacement template."""

    def one(escape: re.Match[str]) -> str:
        name, char = escape.group(1), escape.group(2)
        if name is not None:
            return match.captured(int(name)) if name.isdigit() else match.captured(name)
        if char.isdigit():
            return match.captured(int(char))
        return _ESCAPES.get(char, escape.group(0))

    return _TEMPLATE_RE.sub(one, template)
