"""Formatting commands on the Markdown text: each one undo step, each a toggle.

Applying a command twice gives back exactly the text it started from, so the toolbar
buttons behave like a word processor's while the file stays plain Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import (
    QGuiApplication,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit

from redactie.gui.editor.highlighter import BlockKind, BlockState

TAB_WIDTH: Final = 4
URL_PLACEHOLDER: Final = "https://"
_WORD_RE: Final = re.compile(r"\w+(?:['’-]\w+)*")
_LINK_RE: Final = re.compile(r"(?<!!)\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_URL_RE: Final = re.compile(r"^(?:https?://|mailto:)\S+$")
_HEADING_RE: Final = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_BULLET_RE: Final = re.compile(r"^([ \t]*)[-*+](?:[ \t]+|$)")
_NUMBER_RE: Final = re.compile(r"^([ \t]*)\d{1,9}[.)](?:[ \t]+|$)")
_QUOTE_RE: Final = re.compile(r"^ {0,3}>")
_FENCE_LINE_RE: Final = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_TICKS_RE: Final = re.compile(r"`+")

# Two ranges of a line to delete (Python indices) to take a format off; None when it is off.
_Plan = tuple[tuple[int, int], tuple[int, int]] | None


@dataclass(frozen=True)
class _Span:
    """Part of one line, in Python indices of a snapshot of the line's text."""

    position: int  # the line's document position
    text: str
    start: int
    end: int

    def at(self, index: int) -> int:
        """Document position of a Python index (Qt counts UTF-16 units)."""
        return self.position + _utf16_len(self.text[:index])


class FormattingCommands(QPlainTextEdit):
    """The text-editing half of the Markdown editor (bold, links, headings, lists, code)."""

    # -- inline formats ------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        """`**bold**` on the selection, each selected line, or the word at the cursor."""
        self._toggle_inline(lambda t, s, e: _emphasis_plan(t, s, e, 2), lambda _: ("**", "**"))

    def toggle_italic(self) -> None:
        """`*italic*`, like `toggle_bold`; works inside and around bold (`***both***`)."""
        self._toggle_inline(lambda t, s, e: _emphasis_plan(t, s, e, 1), lambda _: ("*", "*"))

    def toggle_code(self) -> None:
        """Inline `code` within a line; a fenced block around the lines of a wider selection."""
        cursor = self.textCursor()
        if cursor.hasSelection() and not _single_block(cursor):
            self._toggle_fence(cursor)
        else:
            self._toggle_inline(_code_plan, _code_wrap, per_line=False)

    def insert_link(self) -> None:
        """`[text](url)` around the selection or word, with the url selected to type over; in an
        existing link, remove it and keep its text."""
        cursor = self.textCursor()
        block = self.document().findBlock(cursor.selectionStart())
        line = _Span(block.position(), block.text(), 0, 0)
        start = _py_index(line.text, cursor.selectionStart() - line.position)
        end = (
            _py_index(line.text, cursor.selectionEnd() - line.position)
            if _single_block(cursor)
            else -1
        )
        edit = self._edit_cursor()
        for link in _LINK_RE.finditer(line.text):
            inside = link.start() < start < link.end() if start == end else link.start() <= start
            if inside and 0 <= end <= link.end():
                edit.beginEditBlock()
                edit.setPosition(line.at(link.start()))
                edit.setPosition(line.at(link.end()), QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(link.group(1))
                edit.endEditBlock()
                self._select(
                    line.at(link.start()), line.at(link.start()) + _utf16_len(link.group(1))
                )
                return
        url = self._url_placeholder()
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        span = self._selected_spans(cursor)[:1] if end >= 0 else []
        if not cursor.hasSelection():
            word = self._word_at(cursor)
            span = [word] if word is not None else []
        if span:
            first, last = span[0].at(span[0].start), span[0].at(span[0].end)
        edit.beginEditBlock()
        edit.setPosition(last)
        edit.insertText(f"]({url})")
        edit.setPosition(first)
        edit.insertText("[")
        edit.endEditBlock()
        if first == last:  # nothing to link yet: type the text between the brackets
            self._select(first + 1, first + 1)
        else:
            self._select(last + 3, last + 3 + _utf16_len(url))

    def _url_placeholder(self) -> str:
        """A URL on the clipboard (copied from the browser just before), else "https://"."""
        clipboard = QGuiApplication.clipboard().text().strip()
        return clipboard if _URL_RE.match(clipboard) else URL_PLACEHOLDER

    def _toggle_inline(
        self,
        plan: Callable[[str, int, int], _Plan],
        wrap: Callable[[str], tuple[str, str]],
        *,
        per_line: bool = True,
    ) -> None:
        """Wrap or unwrap the selection (per line), the word at the cursor, or an empty pair."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            spans = self._selected_spans(cursor)
            if not per_line:
                spans = spans[:1]
            caret = None
        else:
            word = self._word_at(cursor)
            spans = [word] if word is not None else []
            caret = cursor.position()
            if not spans:
                block = cursor.block()
                index = _py_index(block.text(), cursor.positionInBlock())
                spans = [_Span(block.position(), block.text(), index, index)]
        if not spans:
            return
        plans = [plan(span.text, span.start, span.end) for span in spans]
        take_off = all(p is not None for p in plans)
        first, last = spans[0].at(spans[0].start), spans[-1].at(spans[-1].end)
        # A single selection stays on the text between the delimiters; several lines are
        # selected with their delimiters, so that the next toggle finds them.
        single = len(spans) == 1
        start = _tracker(self, first, keep=not single)
        end = _tracker(self, last, keep=single)
        if caret is not None:
            start = _tracker(self, caret, keep=caret == last)
        edit = self._edit_cursor()
        edit.beginEditBlock()
        for span, span_plan in reversed(list(zip(spans, plans, strict=True))):
            if take_off and span_plan is not None:
                for begin, stop in reversed(span_plan):
                    edit.setPosition(span.at(begin))
                    edit.setPosition(span.at(stop), QTextCursor.MoveMode.KeepAnchor)
                    edit.removeSelectedText()
            elif not take_off and span_plan is None:
                opening, closing = wrap(span.text[span.start : span.end])
                edit.setPosition(span.at(span.end))
                edit.insertText(closing)
                edit.setPosition(span.at(span.start))
                edit.insertText(opening)
        edit.endEditBlock()
        if caret is not None and first == last and not take_off:  # in the middle of a new pair
            caret = first + _utf16_len(wrap("")[0])
            self._select(caret, caret)
        elif caret is not None:
            self._select(start.position(), start.position())
        elif cursor.position() < cursor.anchor():
            self._select(end.position(), start.position())
        else:
            self._select(start.position(), end.position())

    def _word_at(self, cursor: QTextCursor) -> _Span | None:
        block = cursor.block()
        text = block.text()
        index = _py_index(text, cursor.positionInBlock())
        for word in _WORD_RE.finditer(text):
            if word.start() <= index <= word.end():
                return _Span(block.position(), text, word.start(), word.end())
            if word.start() > index:
                break
        return None

    def _selected_spans(self, cursor: QTextCursor) -> list[_Span]:
        """The selected part of every line, without the white space at its ends."""
        spans = []
        block = self.document().findBlock(cursor.selectionStart())
        while block.isValid() and block.position() <= cursor.selectionEnd():
            text = block.text()
            start = _py_index(text, max(0, cursor.selectionStart() - block.position()))
            end = _py_index(text, min(len(text), cursor.selectionEnd() - block.position()))
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.append(_Span(block.position(), text, start, end))
            block = block.next()
        return spans

    def _edit_cursor(self) -> QTextCursor:
        """A cursor for one edit step, starting at the caret: Qt's undo puts the caret back
        where the step's cursor began (a cursor at 0 threw it to the top of the article)."""
        edit = QTextCursor(self.document())
        edit.setPosition(self.textCursor().position())
        return edit

    def _select(self, anchor: int, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- line formats --------------------------------------------------------------------------

    def set_heading(self, level: int) -> None:
        """Make the selected lines headings of `level` (1-6); 0, or the level they already
        have, makes them paragraphs again."""
        lines = self._content_lines()
        if all(_heading_level(b.text()) == level for b in lines):
            level = 0
        prefix = "#" * level + " " if level else ""
        self._edit_prefixes(lines, lambda b: (_prefix_length(_HEADING_RE, b.text()), prefix))

    def toggle_bullet_list(self) -> None:
        """`- ` before each selected line, or off again when all have one."""
        self._toggle_list(_BULLET_RE, lambda _: "- ")

    def toggle_numbered_list(self) -> None:
        """`1. `, `2. `, ... before the selected lines, or off again when all are numbered."""
        self._toggle_list(_NUMBER_RE, lambda n: f"{n}. ")

    def toggle_quote(self) -> None:
        """`> ` before every selected line (`>` on empty ones, so the quote stays one block)."""
        lines = self._lines()
        content = [b for b in lines if b.text().strip()] or lines
        if all(_QUOTE_RE.match(b.text()) for b in content):
            self._edit_prefixes(lines, lambda b: (_quote_length(b.text()), ""))
        else:
            self._edit_prefixes(lines, lambda b: (0, "> " if b.text() else ">"))

    def _toggle_list(self, kind: re.Pattern[str], marker: Callable[[int], str]) -> None:
        lines = self._content_lines()
        if all(kind.match(b.text()) for b in lines):
            self._edit_prefixes(lines, lambda b: _marker_span(b.text(), ""))
            return
        counters: dict[str, int] = {}

        def new_marker(block: QTextBlock) -> tuple[int, str]:
            indent = re.match(r"[ \t]*", block.text())
            assert indent is not None
            counters[indent.group(0)] = counters.get(indent.group(0), 0) + 1
            return _marker_span(block.text(), marker(counters[indent.group(0)]))

        self._edit_prefixes(lines, new_marker)

    def _edit_prefixes(
        self, lines: list[QTextBlock], change: Callable[[QTextBlock], tuple[int, str]]
    ) -> None:
        """Replace the first `length` characters of each line by a new prefix, as one step.
        `change` sees every line before any is edited (numbering counts in order)."""
        changes = [(b.position(), b.text(), *change(b)) for b in lines]
        edit = self._edit_cursor()
        edit.beginEditBlock()
        for position, text, length, prefix in reversed(changes):
            if text.startswith(prefix) and length == len(prefix):
                continue
            edit.setPosition(position + _utf16_len(text[:length]))
            edit.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(prefix)
        edit.endEditBlock()

    def _lines(self) -> list[QTextBlock]:
        """The lines the selection touches; a selection ending at the very start of a line
        (as after selecting whole lines) does not include that line."""
        cursor = self.textCursor()
        first = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        if last != first and cursor.selectionEnd() == last.position():
            last = last.previous()
        lines = [first]
        while lines[-1] != last:
            lines.append(lines[-1].next())
        return lines

    def _content_lines(self) -> list[QTextBlock]:
        lines = self._lines()
        return [b for b in lines if b.text().strip()] or lines

    def _toggle_fence(self, cursor: QTextCursor) -> None:
        """Put the selected lines in a ``` block, or take away the fence around/at their ends."""
        lines = self._lines()
        first, last = lines[0], lines[-1]
        before, after = first.previous(), last.next()
        edit = self._edit_cursor()
        edit.beginEditBlock()
        if _is_opening_fence(before) and _is_closing_fence(after):
            start, end = _tracker(self, first.position()), _tracker(self, after.position())
            _remove_line(edit, after)
            _remove_line(edit, before)
        elif len(lines) > 1 and _is_opening_fence(first) and _is_closing_fence(last):
            start, end = _tracker(self, first.next().position()), _tracker(self, last.position())
            _remove_line(edit, last)
            _remove_line(edit, first)
        else:
            longest = max((len(t) for b in lines for t in _TICKS_RE.findall(b.text())), default=0)
            fence = "`" * max(3, longest + 1)
            start = _tracker(self, first.position())
            end = _tracker(self, last.position() + last.length() - 1, keep=True)
            edit.setPosition(end.position())
            edit.insertText("\n" + fence)
            edit.setPosition(first.position())
            edit.insertText(fence + "\n")
            end.setPosition(end.position() + 1)  # the start of the closing fence's line
        edit.endEditBlock()
        self._select(start.position(), end.position())

    # -- Tab -----------------------------------------------------------------------------------

    def _tab(self) -> None:
        """Spaces, never a tab character (Markdown reads tabs as 4 columns, the eye does not):
        indent several selected lines, a list item from its marker, else to the next stop."""
        cursor = self.textCursor()
        text = cursor.block().text()
        index = _py_index(text, cursor.positionInBlock())
        item = _BULLET_RE.match(text) or _NUMBER_RE.match(text)
        if (cursor.hasSelection() and not _single_block(cursor)) or (
            item and index <= item.end() and not cursor.hasSelection()
        ):
            self._shift_lines(forward=True)
        else:
            cursor.insertText(" " * (TAB_WIDTH - index % TAB_WIDTH))

    def _shift_lines(self, *, forward: bool) -> None:
        def shift(block: QTextBlock) -> tuple[int, str]:
            if forward:
                return (0, " " * TAB_WIDTH if block.text() else "")
            text = block.text()
            indent = len(text) - len(text.lstrip(" "))
            return (1, "") if text.startswith("\t") else (min(indent, TAB_WIDTH), "")

        self._edit_prefixes(self._lines(), shift)


def _tracker(editor: QPlainTextEdit, position: int, *, keep: bool = False) -> QTextCursor:
    """A cursor that follows edits, to find a position again afterwards. `keep`: text inserted
    exactly here goes after it (else the tracker moves past the insertion)."""
    tracker = QTextCursor(editor.document())
    tracker.setPosition(position)
    tracker.setKeepPositionOnInsert(keep)
    return tracker


def _emphasis_plan(text: str, start: int, end: int, count: int) -> _Plan:
    """Where `*`/`_` delimiters of `count` (1 italic, 2 bold) sit around or at the ends of
    text[start:end]. Runs of three are both, so italic and bold toggle independently."""
    wanted = (1, 3) if count == 1 else (2, 3)
    for char in "*_":
        around = min(_run_before(text, start, char), _run_after(text, end, char))
        if around in wanted:
            return (start - count, start), (end, end + count)
        inner = text[start:end]
        inside = min(_run_after(inner, 0, char), _run_before(inner, len(inner), char))
        if inside in wanted and len(inner) > 2 * inside:
            return (start, start + count), (end - count, end)
    return None


def _code_plan(text: str, start: int, end: int) -> _Plan:
    """Backtick runs (with their padding space) around or at the ends of text[start:end]."""
    opening = re.search(r"(`+)( ?)$", text[:start])
    closing = re.match(r"( ?)(`+)", text[end:])
    if (
        opening
        and closing
        and opening.group(1) == closing.group(2)
        and opening.group(2) == closing.group(1)
    ):
        return (opening.start(), start), (end, end + closing.end())
    inner = text[start:end]
    opening = re.match(r"(`+)( ?)", inner)
    closing = re.search(r"( ?)(`+)$", inner)
    if (
        opening
        and closing
        and opening.group(1) == closing.group(2)
        and opening.group(2) == closing.group(1)
        and opening.end() + len(closing.group(0)) < len(inner)
    ):
        return (start, start + opening.end()), (end - len(closing.group(0)), end)
    return None


def _code_wrap(inner: str) -> tuple[str, str]:
    """Backticks one longer than any run inside; a space pad where the code has one at its end."""
    ticks = "`" * (max((len(t) for t in _TICKS_RE.findall(inner)), default=0) + 1)
    pad = " " if inner.startswith("`") or inner.endswith("`") else ""
    return ticks + pad, pad + ticks


def _run_before(text: str, index: int, char: str) -> int:
    return index - len(text[:index].rstrip(char))


def _run_after(text: str, index: int, char: str) -> int:
    return len(text) - index - len(text[index:].lstrip(char))


def _heading_level(text: str) -> int:
    match = _HEADING_RE.match(text)
    return len(match.group(1)) if match else 0


def _prefix_length(pattern: re.Pattern[str], text: str) -> int:
    match = pattern.match(text)
    return match.end() if match else 0


def _marker_span(text: str, marker: str) -> tuple[int, str]:
    """Replace a line's list marker (bullet or number, not its indent) by `marker`."""
    match = _BULLET_RE.match(text) or _NUMBER_RE.match(text)
    indent = re.match(r"[ \t]*", text)
    assert indent is not None
    if match is None:
        return len(indent.group(0)), indent.group(0) + marker
    return match.end(), match.group(1) + marker


def _quote_length(text: str) -> int:
    marker = text.find(">")
    return marker + (2 if text[marker + 1 : marker + 2] == " " else 1)


def _single_block(cursor: QTextCursor) -> bool:
    document = cursor.document()
    return document.findBlock(cursor.selectionStart()) == document.findBlock(cursor.selectionEnd())


def _is_fence_line(block: QTextBlock) -> bool:
    return block.isValid() and _FENCE_LINE_RE.match(block.text()) is not None


def _kind(block: QTextBlock) -> BlockKind:
    return BlockState.decode(block.userState() if block.isValid() else -1).kind


def _is_opening_fence(block: QTextBlock) -> bool:
    return (
        _is_fence_line(block)
        and _kind(block) is BlockKind.FENCED_CODE
        and _kind(block.previous()) is not BlockKind.FENCED_CODE
    )


def _is_closing_fence(block: QTextBlock) -> bool:
    return (
        _is_fence_line(block)
        and _kind(block) is not BlockKind.FENCED_CODE
        and _kind(block.previous()) is BlockKind.FENCED_CODE
    )


def _remove_line(edit: QTextCursor, block: QTextBlock) -> None:
    """Delete a whole line with one of its line ends."""
    if block.next().isValid():
        edit.setPosition(block.position())
        edit.setPosition(block.next().position(), QTextCursor.MoveMode.KeepAnchor)
    else:
        edit.setPosition(block.position() - 1)
        edit.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    edit.removeSelectedText()


def _utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _py_index(text: str, offset: int) -> int:
    """The Python index of a UTF-16 offset into `text` (they differ after an emoji)."""
    if text.isascii() or _utf16_len(text) == len(text):
        return offset
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
