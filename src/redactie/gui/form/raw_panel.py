"""The "other fields" panel: the raw front matter, editable, with its problems shown in place.

Everything the form does not know (a site's own keys, comments, nested tables) is edited here as
text. Line numbers in the gutter and in the problem list are the file's own, so "line 4" means the
same thing here, in the editor and in Hugo's error message. The panel never rewrites what the
user typed: an edit is passed on as text, and the panel only follows the article when the form
changed it (and then only the changed characters, so the cursor and scroll position stay).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from redactie.core.article.frontmatter import Problem
from redactie.gui.form.text_sync import changed_span, document_text, editor_text, merge_line_ends

PROBLEM_COLOUR = QColor("#c0392b")
WARNING_COLOUR = QColor("#d68910")
# Problems said fully in plain words: the parser's English detail would only add noise.
PLAIN_WORDED = frozenset(
    {
        "yaml-unclosed-quote",
        "yaml-tab",
        "yaml-indent",
        "yaml-colon-in-value",
        "yaml-unclosed-list",
        "yaml-after-quote",
    }
)


def utf16_length(text: str) -> int:
    """Length in the UTF-16 units Qt counts positions in (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


class _LineNumbers(QWidget):
    """The gutter: file line numbers beside the text."""

    def __init__(self, editor: RawTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        self.editor.paint_gutter(self, event)


class RawTextEdit(QPlainTextEdit):
    """A plain-text editor with a gutter of file line numbers (the first line is `first_line`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_line = 2
        self.problem_lines: dict[int, str] = {}  # 1-based file line -> severity
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._gutter = _LineNumbers(self)
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._update_gutter)
        self._update_margins()

    def gutter_width(self) -> int:
        digits = len(str(self.first_line + max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.window())
        painter.setPen(palette.mid().color())
        painter.drawLine(
            gutter.width() - 1, event.rect().top(), gutter.width() - 1, event.rect().bottom()
        )
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                line = block.blockNumber() + self.first_line
                severity = self.problem_lines.get(line)
                if severity is not None:
                    colour = PROBLEM_COLOUR if severity == "error" else WARNING_COLOUR
                    painter.setPen(colour)
                else:
                    painter.setPen(palette.placeholderText().color())
                painter.drawText(
                    0, top, gutter.width() - 6, height, Qt.AlignmentFlag.AlignRight, str(line)
                )
            block = block.next()
            top = bottom


class RawPanel(QWidget):
    """The raw front-matter text; `edited(text)` carries a user's edit as the article's text."""

    edited = Signal(str)
    problemActivated = Signal(int)  # noqa: N815 (Qt signal naming) a file line number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article_text = ""
        self._newline = "\n"
        self._line_offset = 1
        self._updating = False
        self._problems: list[Problem] = []
        self.other_keys = QLabel(self)
        self.other_keys.setObjectName("otherKeys")
        self.other_keys.setWordWrap(True)
        self.other_keys.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = RawTextEdit(self)
        self.editor.setObjectName("rawFrontMatter")
        self.editor.setAccessibleName(self.tr("Front matter as text"))
        self.editor.textChanged.connect(self._on_text_changed)
        self.problem_list = QWidget(self)
        self.problem_list.setObjectName("problemList")
        self._problem_layout = QVBoxLayout(self.problem_list)
        self._problem_layout.setContentsMargins(0, 0, 0, 0)
        self._problem_layout.setSpacing(2)
        self._problem_labels: list[QLabel] = []
        self.problem_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.other_keys)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem_list)

    # -- from the article ----------------------------------------------------------------------

    def reset(self, article_text: str, *, newline: str, line_offset: int) -> None:
        """Show another article's text, with a fresh undo history."""
        self._article_text = article_text
        self._newline = newline
        self._line_offset = line_offset
        self.editor.first_line = line_offset + 1
        self._updating = True
        try:
            self.editor.setPlainText(editor_text(article_text))
        finally:
            self._updating = False

    def set_text(self, article_text: str, *, newline: str, line_offset: int) -> None:
        """Follow the article's text; only the characters that differ are replaced."""
        self._article_text = article_text
        self._newline = newline
        if line_offset != self._line_offset:
            self._line_offset = line_offset
            self.editor.first_line = line_offset + 1
            self.editor.viewport().update()
        shown = self.text()
        wanted = editor_text(article_text)
        if shown == wanted:
            return
        start, end, replacement = changed_span(shown, wanted)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(utf16_length(shown[:start]))
        cursor.setPosition(utf16_length(shown[:end]), QTextCursor.MoveMode.KeepAnchor)
        self._updating = True
        try:
            cursor.insertText(replacement)
        finally:
            self._updating = False

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Underline each problem in the text and list it with its file line number."""
        if list(problems) == self._problems and not problems:
            return  # the common case while typing: nothing to redo
        self._problems = list(problems)
        for label in self._problem_labels:
            label.hide()
            label.deleteLater()
        self._problem_labels = []
        self.editor.problem_lines = {}
        selections: list[QTextEdit.ExtraSelection] = []
        for problem in problems:
            if self.editor.problem_lines.get(problem.line) != "error":
                self.editor.problem_lines[problem.line] = problem.severity
            label = self._problem_label(problem)
            self._problem_layout.addWidget(label)
            self._problem_labels.append(label)
            selection = self._underline(problem)
            if selection is not None:
                selections.append(selection)
        self.editor.setExtraSelections(selections)
        self.editor.viewport().update()
        self.problem_list.setVisible(bool(problems))

    def problem_texts(self) -> list[str]:
        """The listed problems as plain text, in file order."""
        return [self._describe(p) for p in self._problems]

    def set_other_keys(self, keys: Sequence[str], *, readable: bool = True) -> None:
        if not readable:
            text = self.tr("The fields cannot be read until the error above is fixed.")
        elif keys:
            text = self.tr("Not in the form: {0}").format(", ".join(keys))
        else:
            text = self.tr("Every field of this file is in the form above.")
        if text != self.other_keys.text():
            self.other_keys.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    # -- reading -------------------------------------------------------------------------------

    def text(self) -> str:
        """The editor's text (no-break spaces kept, unlike `toPlainText()`)."""
        return document_text(self.editor.document().toRawText())

    def go_to_line(self, file_line: int, column: int = 1) -> None:
        """Put the cursor at a file line (and column), show it and focus the text."""
        line = file_line - self._line_offset - 1
        block = self.editor.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            return
        offset = utf16_length(block.text()[: max(0, column - 1)])
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def line_of_key(self, key: str) -> int | None:
        """The file line where a top-level `key` starts (for "show me that field").

        An unindented `key:` / `key =` wins; an indented one counts only when there is none
        (JSON indents every member).
        """
        found: list[tuple[bool, int]] = []
        for number, line in enumerate(self.text().split("\n")):
            stripped = line.strip().strip("\"'")
            if stripped.startswith(key):
                rest = stripped[len(key) :].lstrip("\"' \t")
                if rest.startswith((":", "=")):
                    found.append((line[:1] in (" ", "\t"), number + self._line_offset + 1))
        return min(found)[1] if found else None

    # -- internals -----------------------------------------------------------------------------

    def _describe(self, problem: Problem) -> str:
        if problem.code in PLAIN_WORDED:
            return self.tr("Line {0}, column {1}: {2}").format(
                problem.line, problem.column, self._what(problem)
            )
        return self.tr("Line {0}, column {1}: {2} ({3})").format(
            problem.line, problem.column, self._what(problem), problem.message
        )

    def _what(self, problem: Problem) -> str:
        return {
            "yaml-syntax": self.tr("YAML syntax error"),
            "yaml-unclosed-quote": self.tr(
                "A quotation mark that opens here is never closed: add the closing \" or '"
            ),
            "yaml-tab": self.tr("A tab: indent the front matter with spaces only"),
            "yaml-indent": self.tr("This line is indented differently from the lines around it"),
            "yaml-colon-in-value": self.tr(
                "A colon and a space inside a value: put the whole value in quotes"
            ),
            "yaml-unclosed-list": self.tr("A list opened with [ is never closed with ]"),
            "yaml-after-quote": self.tr(
                "Text after the closing quotation mark: put the whole value in quotes"
            ),
            "toml-syntax": self.tr("TOML syntax error"),
            "json-syntax": self.tr("JSON syntax error"),
            "duplicate-key": self.tr("Key appears twice; the last one counts"),
            "not-a-mapping": self.tr("Front matter must be a list of 'key: value' lines"),
            "unclosed-front-matter": self.tr("The front matter is never closed"),
            "yaml-value": self.tr("A value cannot be read"),
            "yaml-character": self.tr(
                "A character that is not allowed here (pasted from a word processor?)"
            ),
            "yaml-aliases": self.tr("Aliases (&, *) that expand to too many values"),
            "yaml-recursive": self.tr("An alias (*) that refers to itself"),
            "too-deep": self.tr("Nested too deeply"),
            "too-large": self.tr("The front matter is far too large"),
        }.get(problem.code, self.tr("Problem"))

    def _underline(self, problem: Problem) -> QTextEdit.ExtraSelection | None:
        document = self.editor.document()
        block = document.findBlockByNumber(problem.line - self._line_offset - 1)
        if not block.isValid():
            block = document.lastBlock()
        text = block.text()
        start = min(max(problem.column - 1, 0), len(text))
        if not text.strip() and block.previous().isValid():
            block = block.previous()  # an empty line: where it went wrong is the line before
            text, start = block.text(), 0
        if start >= len(text.rstrip()):
            start = len(text) - len(text.lstrip())  # past the end: the whole line's text
        cursor = QTextCursor(document)
        cursor.setPosition(block.position() + utf16_length(text[:start]))
        cursor.setPosition(
            block.position() + utf16_length(text.rstrip()), QTextCursor.MoveMode.KeepAnchor
        )
        if not cursor.hasSelection():
            return None
        char_format = QTextCharFormat()
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        colour = PROBLEM_COLOUR if problem.severity == "error" else WARNING_COLOUR
        char_format.setUnderlineColor(colour)
        char_format.setToolTip(self._describe(problem))
        selection = QTextEdit.ExtraSelection()
        selection.format = char_format
        selection.cursor = cursor
        return selection

    def _on_text_changed(self) -> None:
        if self._updating:
            return
        new = merge_line_ends(self._article_text, self.text(), self._newline)
        if new != self._article_text:
            self._article_text = new
            self.edited.emit(new)

    def _problem_label(self, problem: Problem) -> QLabel:
        """One problem as a wrapped line whose location is a link to that line."""
        colour = PROBLEM_COLOUR if problem.severity == "error" else WARNING_COLOUR
        where = self.tr("Line {0}, column {1}").format(problem.line, problem.column)
        label = QLabel(self.problem_list)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setText(
            f'<span style="color:{colour.name()}"><a href="{problem.line}:{problem.column}"'
            f' style="color:{colour.name()}">{html.escape(where)}</a>:'
            f" {html.escape(self._what(problem))}</span>"
            + (
                ""
                if problem.code in PLAIN_WORDED
                else f' <span style="color:palette(placeholder-text)">'
                f"({html.escape(problem.message)})</span>"
            )
        )
        label.setToolTip(self.tr("Show this line"))
        label.linkActivated.connect(self._on_problem_link)
        return label

    def _on_problem_link(self, link: str) -> None:
        line, _, column = link.partition(":")
        self.go_to_line(int(line), int(column or 1))
        self.problemActivated.emit(int(line))
