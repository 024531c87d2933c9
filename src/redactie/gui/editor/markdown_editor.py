"""The Markdown editor: a plain text widget made comfortable for writing articles.

It writes prose, not code: a proportional font at a reading size, soft wrap at word
boundaries and at most about 80 characters per line (wider windows get equal margins, as
a page would). Formatting commands edit the Markdown text itself, each as one undo step, and
toggle: applying one twice gives back exactly the text it started from. Word counts are
computed after a pause in typing, never per keystroke, because a long article takes tens of
milliseconds to count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from redactie.core.textstats import TextStats, text_stats
from redactie.gui.editor.highlighter import BlockKind, BlockState, MarkdownHighlighter

MAX_COLUMNS: Final = 80
TAB_WIDTH: Final = 4
URL_PLACEHOLDER: Final = "https://"
READING_POINT_SIZE: Final = 12.0
_MEASURE_SAMPLE: Final = "Het Nederlandse AI-talent is wereldwijd gewild, zo blijkt uit het nieuws."
_WORD_RE: Final = re.compile(r"\w+(?:['’-]\w+)*")
_LINK_RE: Final = re.compile(r"(?<!!)\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_URL_RE: Final = re.compile(r"^(?:https?://|mailto:)\S+$")
_HEADING_RE: Final = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_BULLET_RE: Final = re.compile(r"^([ \t]*)[-*+](?:[ \t]+|$)")
_NUMBER_RE: Final = re.compile(r"^([ \t]*)\d{1,9}[.)](?:[ \t]+|$)")
_QUOTE_RE: Final = re.compile(r"^ {0,3}>")
_FENCE_LINE_RE: Final = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_TICKS_RE: Final = re.compile(r"`+")
_MARGIN_EVENTS: Final = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
)

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


def readable_font() -> QFont:
    """The desktop's general font at a comfortable reading size (never smaller than usual)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(max(font.pointSizeF(), READING_POINT_SIZE))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def format_stats(stats: TextStats) -> str:
    """The status bar text, e.g. "Words: 1,234 · Characters: 7,890 · Reading time: 6 min".
    Labels rather than "1 word / 2 words": right in every language without plural rules."""
    translate = QCoreApplication.translate
    number = QLocale().toString
    return " · ".join(
        (
            translate("MarkdownEditor", "Words: {0}").format(number(stats.words)),
            translate("MarkdownEditor", "Characters: {0}").format(number(stats.characters)),
            translate("MarkdownEditor", "Reading time: {0} min").format(
                number(stats.reading_minutes)
            ),
        )
    )


class MarkdownEditor(QPlainTextEdit):
    """Edits an article body; emits `statsChanged(TextStats)` a moment after typing pauses."""

    statsChanged = Signal(object)  # noqa: N815 (Qt's naming for signals)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        self.setFont(readable_font())
        self.setCursorWidth(2)
        # The margins that centre the text are part of this widget, not the viewport: paint
        # them in the text background so the page has no visible edges.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document(), self.palette(), self.font())
        self._stats = TextStats(0, 0, 0)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.timeout.connect(self.refresh_stats)
        self.document().contentsChanged.connect(self._schedule_stats)
        self._reserved: set[str] = set()
        self._selection_groups: dict[str, list[QTextEdit.ExtraSelection]] = {}

    # -- text in and out -----------------------------------------------------------------------

    def markdown(self) -> str:
        """The text with "\\n" line ends and non-breaking spaces kept (`toPlainText` turns
        them into plain spaces, which would change the article)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_markdown(self, text: str) -> None:
        """Replace the whole text (a new undo history) and count it right away."""
        self.setPlainText(text)
        self.refresh_stats()

    @property
    def stats(self) -> TextStats:
        """The most recent count (see `statsChanged`)."""
        return self._stats

    def refresh_stats(self) -> None:
        """Count now and emit `statsChanged`; normally the pause timer calls this."""
        self._stats_timer.stop()
        self._stats = text_stats(self.markdown())
        self.statsChanged.emit(self._stats)

    def _schedule_stats(self) -> None:
        long_text = self.document().characterCount() > 100_000
        self._stats_timer.start(1000 if long_text else 300)

    # -- helpers for the other editor parts ----------------------------------------------------

    def reserve_shortcuts(self, sequences: Iterable[QKeySequence]) -> None:
        """Let these shortcuts reach their actions even where the text control would use the
        key itself (Ctrl+K deletes to the end of the line on some desktops)."""
        self._reserved.update(
            s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences
        )

    def set_extra_selections_group(
        self, name: str, selections: list[QTextEdit.ExtraSelection]
    ) -> None:
        """Extra selections by owner (search matches, spelling, ...), so none wipes another's."""
        self._selection_groups[name] = selections
        self.setExtraSelections([s for group in self._selection_groups.values() for s in group])

    # -- Qt events -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent | QWheelEvent) and event.type() in _MARGIN_EVENTS:
            return self._forward_from_margin(event)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()).toString(
                QKeySequence.SequenceFormat.PortableText
            )
            in self._reserved
        ):
            event.ignore()  # not ours: the shortcut map gets it
            return True
        return super().event(event)

    def _forward_from_margin(self, event: QMouseEvent | QWheelEvent) -> bool:
        """Clicks, drags and scrolling in the side margins act on the text beside them, as
        on a page (Qt sends them to this widget, not to the viewport, and drops them)."""
        area = self.viewport().geometry()
        point = event.position()
        inside = QPointF(
            min(max(point.x(), area.left()), area.right()) - area.left(),
            min(max(point.y(), area.top()), area.bottom()) - area.top(),
        )
        forwarded: QMouseEvent | QWheelEvent
        if isinstance(event, QWheelEvent):
            forwarded = QWheelEvent(
                inside,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
        else:
            forwarded = QMouseEvent(
                event.type(),
                inside,
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
        QCoreApplication.sendEvent(self.viewport(), forwarded)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Tab and plain:
            self._tab()
        elif key == Qt.Key.Key_Backtab:  # Shift+Tab
            self._shift_lines(forward=False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            self.textCursor().insertText("\n")  # a new line, never U+2028 inside the line
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        # Before the relayout, which uses the margins. New margins resize the viewport, which
        # comes back here (with the viewport's size: hence self.width(), not the event's).
        self._update_margins()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(
            self, "highlighter"
        ):
            self.highlighter.set_style(self.palette(), self.font())
            self._update_margins()

    def _update_margins(self) -> None:
        """Centre a column of about MAX_COLUMNS characters of prose in a wider widget."""
        metrics = QFontMetricsF(self.font())
        column = metrics.horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE) * MAX_COLUMNS
        column += 2 * self.document().documentMargin()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        available = self.width() - 2 * self.frameWidth() - scrollbar
        side = max(0, int((available - column) / 2))
        if side != self.viewportMargins().left():
            self.setViewportMargins(side, 0, side, 0)

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
        edit = QTextCursor(self.document())
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
        edit = QTextCursor(self.document())
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
        edit = QTextCursor(self.document())
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
        edit = QTextCursor(self.document())
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
