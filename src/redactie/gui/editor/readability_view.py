"""Readability while writing: the Flesch–Douma score in the status bar and long sentences
marked in the editor (a soft amber band), worked out when typing pauses.

`core.article.readability` takes 40-600 ms on real articles (pysbd is pure Python), so it runs
in the thread pool and only the newest request's answer is shown. Where each long sentence
stands in the editor (as document positions) is worked out in the pool too: on the GUI
thread it held a 500 KB article of 568 long sentences for 4 s after opening and after every
pause (a whole-text search and a UTF-16 count from the start per sentence; issue 18,
`benchmarks/pause_holds.py`). The GUI thread only marks the sentences near what the editor
shows (`MARGIN_BLOCKS` either side), again as it scrolls: an extra selection costs the
editor a layout of its paragraph, and thousands of them a whole 5 MB article's.
A hint, never a gate: no finding, no blocking. A sentence counts as long over
`[style] long_sentence_words` words in the site's `redactie.toml` (default 25).
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from redactie.core.article.readability import (
    LONG_SENTENCE_WORDS,
    Readability,
    StoppedError,
    grade,
    readability,
)
from redactie.gui.editor.markdown_editor import MarkdownEditor
from redactie.gui.session import ArticleSession

PAUSE_MS = 1200
LONG_COLOUR = QColor(255, 190, 0, 55)  # reads on light and dark backgrounds
_FIND_WORDS = 4  # a sentence is found in the Markdown by its first and last few words
_GAP = r"[\s\S]{0,200}?"  # markup between two words: a link's URL, emphasis, a line break
MARGIN_BLOCKS = 200  # marked above and below the shown lines: a few screens of scrolling
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each in a Qt document


@dataclass(frozen=True)
class _Answer:
    """The pool's answer: the counts and where the long sentences stand in the editor."""

    result: Readability
    spans: list[tuple[int, int]]  # (start, end) document positions, sorted
    edits: int  # the view's count of edits when the text was taken


class _Result(QObject):
    """Carries a worker's answer to the GUI thread (a QRunnable cannot have signals)."""

    done = Signal(int, object)


class ReadabilityView(QObject):
    """The status-bar score and the editor's long-sentence marks for one window."""

    def __init__(self, session: ArticleSession, editor: MarkdownEditor, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.result: Readability | None = None
        self.label = QLabel(parent)
        self.label.setObjectName("readability_label")
        self._request = 0
        self._shown = 0  # the request whose answer is shown
        self._spans: list[tuple[int, int]] = []  # the long sentences, document positions
        self._starts: list[int] = []
        self._edits = 0  # edits that moved text, counted
        self._stale = False  # moved since the answer's text: its positions wait for the next
        self._applied: tuple[int, int] | None = None  # the spans marked now
        self._scrolled = QTimer(self)
        self._scrolled.setSingleShot(True)
        self._scrolled.setInterval(0)
        self._scrolled.timeout.connect(self._mark_shown)
        self._carrier = _Result(self)
        self._carrier.done.connect(self._show)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        session.bodyChanged.connect(self._on_body_changed)
        session.loaded.connect(self._pause.start)
        session.siteChanged.connect(lambda _site: self._pause.start())
        editor.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _on_body_changed(self, _position: int, removed: int, added: int) -> None:
        if removed != added:  # positions after it moved (not so for highlighting's changes)
            self._edits += 1
            self._stale = True
        self._pause.start()

    def long_words(self) -> int:
        site = self.session.site
        value = site.options.long_sentence_words if site is not None else None
        return value or LONG_SENTENCE_WORDS

    def refresh(self) -> None:
        """Count again in a worker; an answer to an older request is dropped."""
        self._request += 1
        request, limit = self._request, self.long_words()
        text = self.session.document.editor_body()  # the pause's one copy, shared
        carrier, edits = self._carrier, self._edits

        def stop() -> bool:  # a newer request, or the window closed (`cancel`)
            return request != self._request

        def work() -> None:
            try:
                answer = _answer(text, limit, edits, stop)
            except StoppedError:
                return
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                carrier.done.emit(request, answer)

        QThreadPool.globalInstance().start(work)

    def cancel(self) -> None:
        """The window closes: a count under way stops at its next paragraph, none follows."""
        self._pause.stop()
        self._request += 1

    def settled(self) -> bool:
        """Whether the newest request was answered and shown (benchmarks and tests wait)."""
        return self._shown == self._request

    def _show(self, request: int, answer: _Answer) -> None:
        if request != self._request:
            return
        self._shown = request
        result = self.result = answer.result
        self._spans = answer.spans
        self._starts = [start for start, _ in answer.spans]
        self._stale = answer.edits != self._edits
        self._applied = None
        if result.words == 0:
            self.label.clear()
            self._mark_shown()
            return
        score = round(result.score)
        self.label.setText(self.tr("Readability: {0} ({1})").format(score, self._grade(score)))
        self.label.setToolTip(
            self.tr(
                "Flesch–Douma {0}: higher is easier; news prose reads at 50-70.\n"
                "Long sentences (over {1} words), marked in the text: {2}"
            ).format(score, self.long_words(), len(result.long_sentences))
        )
        self._mark_shown()

    def _on_scrolled(self) -> None:
        self._scrolled.start()  # one marking for a burst of scroll steps

    def _mark_shown(self) -> None:
        """Mark the long sentences near the shown lines. After an edit the positions wait for
        the next answer; the marks already made move with the text meanwhile."""
        if self._stale:
            return
        low, high = self.shown_range()
        first = max(0, bisect.bisect_right(self._starts, low) - 1)
        if first < len(self._spans) and self._spans[first][1] <= low:
            first += 1
        last = bisect.bisect_left(self._starts, high, lo=first)
        if self._applied == (first, last):
            return
        self._applied = (first, last)
        document = self.editor.document()
        marks = []
        for start, end in self._spans[first:last]:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            char_format = QTextCharFormat()
            char_format.setBackground(LONG_COLOUR)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            marks.append(selection)
        self.editor.set_extra_selections_group("long_sentences", marks)

    def shown_range(self) -> tuple[int, int]:
        """Document positions from `MARGIN_BLOCKS` paragraphs above the shown ones to as many
        below."""
        editor, document = self.editor, self.editor.document()
        top = editor.firstVisibleBlock().blockNumber()
        viewport = editor.viewport()
        bottom = editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
        low = document.findBlockByNumber(max(0, top - MARGIN_BLOCKS))
        high = document.findBlockByNumber(bottom.blockNumber() + MARGIN_BLOCKS)
        end = high.position() + high.length() if high.isValid() else document.characterCount()
        return low.position(), end

    def _grade(self, score: int) -> str:
        return {
            "very-easy": self.tr("very easy"),
            "easy": self.tr("easy"),
            "fairly-easy": self.tr("fairly easy"),
            "standard": self.tr("standard"),
            "fairly-hard": self.tr("fairly hard"),
            "hard": self.tr("hard"),
        }.get(grade(score), self.tr("very hard"))


def _answer(text: str, limit: int, edits: int, stop: Callable[[], bool]) -> _Answer:
    """The counts and the long sentences' document positions (in the pool)."""
    if stop():  # queued behind work that took long, and no longer wanted
        raise StoppedError
    plain = text.replace("\xa0", " ")  # as `toPlainText` gave it: the same length
    result = readability(plain, limit, stop)
    line_starts = [0] + [m.end() for m in re.finditer("\n", plain)]
    found = []
    for sentence in result.long_sentences:
        if not 0 < sentence.line <= len(line_starts):
            continue
        span = _locate(plain, sentence.text, line_starts[sentence.line - 1])
        if span is not None:
            found.append(span)
    astral = [m.start() for m in _ASTRAL.finditer(plain)]
    spans = [
        (start + bisect.bisect_left(astral, start), end + bisect.bisect_left(astral, end))
        for start, end in sorted(found)
    ]
    return _Answer(result, spans, edits)


def _locate(text: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where `sentence` (prose, markup gone) stands in the Markdown `text` from `start`:
    found by its first and last words with any markup between them."""
    words = re.findall(r"\w+", sentence)
    if not words:
        return None
    head = re.compile(_GAP.join(re.escape(w) for w in words[:_FIND_WORDS]))
    found = head.search(text, start)
    if found is None:
        return None
    tail = re.compile(_GAP.join(re.escape(w) for w in words[-_FIND_WORDS:]) + r"\W?")
    ending = tail.search(text, found.start())
    end = ending.end() if ending is not None else found.end()
    return found.start(), end
