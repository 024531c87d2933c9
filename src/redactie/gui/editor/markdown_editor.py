"""The Markdown editor: a plain text widget made comfortable for writing articles.

It writes prose, not code: a proportional font at a reading size, soft wrap at word
boundaries and at most about 80 characters per line (wider windows get equal margins, as
a page would). Formatting commands edit the Markdown text itself, each as one undo step, and
toggle: applying one twice gives back exactly the text it started from. Word counts are
computed after a pause in typing, never per keystroke, because a long article takes tens of
milliseconds to count.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMimeData,
    QPointF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocumentFragment,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from redactie.core.article.textstats import TextStats
from redactie.gui.editor.formatting import FormattingCommands
from redactie.gui.editor.highlighter import MarkdownHighlighter
from redactie.gui.editor.stats_worker import StatsWorker, markdown_of
from redactie.gui.editor.text_layout import new_document

MAX_COLUMNS: Final = 80
READING_POINT_SIZE: Final = 12.0
_MEASURE_SAMPLE: Final = "Het Nederlandse AI-talent is wereldwijd gewild, zo blijkt uit het nieuws."
_MARGIN_EVENTS: Final = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
)

# Two ranges of a line to delete (Python indices) to take a format off; None when it is off.
_Plan = tuple[tuple[int, int], tuple[int, int]] | None


def readable_font() -> QFont:
    """The desktop's general font at a comfortable reading size (never smaller than usual)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(max(font.pointSizeF(), READING_POINT_SIZE))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


LONG_TEXT = 100_000  # characters: counting waits longer, and the status bar says it counts


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


class MarkdownEditor(FormattingCommands):
    """Edits an article body; emits `statsChanged(TextStats)` a moment after typing pauses."""

    statsChanged = Signal(object)  # noqa: N815 (Qt's naming for signals)
    statsPending = Signal()  # noqa: N815 - a long text is being counted: say so, not blank

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Held here, not only by Qt: PySide makes whichever object last called `document()`
        # the document's owner in Python; owned by its layout, the two wrappers were a cycle
        # the collector freed, taking the highlighter's wrapper with them (test_editor_wrappers)
        self._text_document = new_document(self)
        self.setDocument(self._text_document)  # before anything connects to the document
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
        self.highlighter.track_cursor(self.textCursor)
        self.cursorPositionChanged.connect(self.highlighter.cursor_moved)
        self._stats = TextStats(0, 0, 0)
        self._stats_pending = False
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.timeout.connect(self._count_after_pause)
        self._stats_worker = StatsWorker(self)
        self._stats_worker.counted.connect(self._show_stats)
        # contentsChange, not contentsChanged: that one fires for every line the highlighter
        # formats too, which kept "Counting…" up while a long text was being highlighted
        self.document().contentsChange.connect(self._schedule_stats)
        self._reserved: set[str] = set()
        self._plain_paste = False
        self._selection_groups: dict[str, list[QTextEdit.ExtraSelection]] = {}

    # -- text in and out -----------------------------------------------------------------------

    def markdown(self) -> str:
        """The text with "\\n" line ends and non-breaking spaces kept (`toPlainText` turns
        them into plain spaces, which would change the article)."""
        return markdown_of(self.document().toRawText())

    def set_markdown(self, text: str) -> None:
        """Replace the whole text (a new undo history) and count it right away (a long
        text in the pool)."""
        self.setPlainText(text)
        self._count_after_pause()

    def go_to(self, block_number: int, column: int = 1) -> None:
        """Put the cursor on a line of the body at a 1-based column (in characters, as the
        checks count them; Qt counts UTF-16 units), show it and take the focus."""
        block = self.document().findBlockByNumber(block_number)
        if not block.isValid():
            return
        before = block.text()[: max(0, column - 1)]
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + len(before.encode("utf-16-le")) // 2)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    @property
    def stats(self) -> TextStats:
        """The most recent count (see `statsChanged`)."""
        return self._stats

    def refresh_stats(self) -> None:
        """Count now, on this thread, and emit `statsChanged`."""
        self._stats_timer.stop()
        self._show_stats(self._stats_worker.count_now(self.markdown()))

    def _count_after_pause(self) -> None:
        """A short text is counted at once; a long one in the pool (`_show_stats` follows)."""
        if self.document().characterCount() <= LONG_TEXT:
            self.refresh_stats()
            return
        self._stats_timer.stop()
        self._stats_worker.count_later(self.document().toRawText())

    def _show_stats(self, stats: TextStats) -> None:
        self._stats_pending = False
        self._stats = stats
        self.statsChanged.emit(stats)

    @Slot(int, int, int)
    def _schedule_stats(self, _position: int, _removed: int, _added: int) -> None:
        long_text = self.document().characterCount() > LONG_TEXT
        if long_text and not self._stats_pending:
            self._stats_pending = True
            self.statsPending.emit()
        self._stats_timer.start(1000 if long_text else 300)

    # -- pasting -------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt API)
        return source.hasHtml() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        """Rich text (Word, Google Docs, a web page) arrives as Markdown; Ctrl+Shift+V and
        plain text as they are."""
        if source.hasHtml() and not self._plain_paste:
            from redactie.core.paste_markdown import html_to_markdown  # bs4: first paste only

            self.textCursor().insertText(html_to_markdown(source.html()))
            return
        if self._plain_paste and source.hasHtml() and not source.hasText():
            text = QTextDocumentFragment.fromHtml(source.html()).toPlainText()
            self.textCursor().insertText(text)
            return
        super().insertFromMimeData(source)

    def paste_plain(self) -> None:
        """Paste the clipboard's text without any formatting (Ctrl+Shift+V)."""
        self._plain_paste = True
        try:
            self.paste()
        finally:
            self._plain_paste = False

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
