"""Readability while writing: the Flesch–Douma score in the status bar and long sentences
marked in the editor (a soft amber band), worked out when typing pauses.

`core.article.readability` takes 40-600 ms on real articles (pysbd is pure Python), so it runs
in the thread pool and only the newest request's answer is shown. A hint, never a gate: no
finding, no blocking. A sentence counts as long over `[style] long_sentence_words` words in
the site's `redactie.toml` (default 25).
"""

from __future__ import annotations

import contextlib
import re

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from redactie.core.article.readability import (
    LONG_SENTENCE_WORDS,
    Readability,
    grade,
    readability,
)
from redactie.gui.editor.markdown_editor import MarkdownEditor
from redactie.gui.session import ArticleSession

PAUSE_MS = 1200
LONG_COLOUR = QColor(255, 190, 0, 55)  # reads on light and dark backgrounds
_FIND_WORDS = 4  # a sentence is found in the Markdown by its first and last few words
_GAP = r"[\s\S]{0,200}?"  # markup between two words: a link's URL, emphasis, a line break


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
        self._carrier = _Result(self)
        self._carrier.done.connect(self._show)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        session.bodyChanged.connect(lambda *_: self._pause.start())
        session.loaded.connect(self._pause.start)
        session.siteChanged.connect(lambda _site: self._pause.start())

    def long_words(self) -> int:
        site = self.session.site
        value = site.options.long_sentence_words if site is not None else None
        return value or LONG_SENTENCE_WORDS

    def refresh(self) -> None:
        """Count again in a worker; an answer to an older request is dropped."""
        self._request += 1
        request, body, limit = self._request, self.editor.toPlainText(), self.long_words()
        carrier = self._carrier

        def work() -> None:
            result = readability(body, limit)
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                carrier.done.emit(request, result)

        QThreadPool.globalInstance().start(work)

    def _show(self, request: int, result: Readability) -> None:
        if request != self._request:
            return
        self.result = result
        if result.words == 0:
            self.label.clear()
            self.editor.set_extra_selections_group("long_sentences", [])
            return
        score = round(result.score)
        self.label.setText(self.tr("Readability: {0} ({1})").format(score, self._grade(score)))
        self.label.setToolTip(
            self.tr(
                "Flesch–Douma {0}: higher is easier; news prose reads at 50-70.\n"
                "Long sentences (over {1} words), marked in the text: {2}"
            ).format(score, self.long_words(), len(result.long_sentences))
        )
        self.editor.set_extra_selections_group("long_sentences", self._marks(result))

    def _grade(self, score: int) -> str:
        return {
            "very-easy": self.tr("very easy"),
            "easy": self.tr("easy"),
            "fairly-easy": self.tr("fairly easy"),
            "standard": self.tr("standard"),
            "fairly-hard": self.tr("fairly hard"),
            "hard": self.tr("hard"),
        }.get(grade(score), self.tr("very hard"))

    def _marks(self, result: Readability) -> list[QTextEdit.ExtraSelection]:
        document = self.editor.document()
        text = self.editor.toPlainText()
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        marks = []
        for sentence in result.long_sentences:
            if not 0 < sentence.line <= len(line_starts):
                continue
            span = _locate(text, sentence.text, line_starts[sentence.line - 1])
            if span is None:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(_utf16(text, span[0]))
            cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
            char_format = QTextCharFormat()
            char_format.setBackground(LONG_COLOUR)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            marks.append(selection)
        return marks


def _utf16(text: str, index: int) -> int:
    """A Python index as a Qt document position (UTF-16 units: an emoji counts two)."""
    return len(text[:index].encode("utf-16-le")) // 2


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
