"""Markdown syntax highlighting that is cheap enough to run on every keystroke.

Qt calls `highlightBlock` for each changed line only, so all work here is per line with
precompiled expressions. What spans lines (fenced code, HTML comments, a shortcode whose
arguments run on) is carried to the next line in the block state, as `BlockState` encodes it;
the editor's code toggle reads the same state to see whether a line is inside a fence.

Colours come from the palette (link, placeholder, highlight roles and mixes of text and base),
so light and dark themes both work; `set_style` rebuilds the formats when palette or font change.

Spell checking rides on the same per-line pass (`set_spell_checker`, details in `SpellLayer`):
only changed lines are checked, results are cached by line text, and the word being typed is
underlined only once the cursor leaves it (`track_cursor`); `SpellPacer` spreads what does not
fit a few milliseconds over later turns of the event loop.

A checker's first pass over a text (the dictionaries arrive after the window's first paint)
checks each line and repaints only the lines with a misspelled word: nothing is underlined
yet, so a clean line has nothing to change. Repainting every line (formatting it again, and
Qt laying it out again) cost 2.4 s of the GUI thread at 500 KB for 9,672 lines, 1,232 of which
have a misspelled word; checking first and repainting those costs 1.2 s, and 16.2 s became
6.1 s at 5 MB (`benchmarks/spell_open.py`). The check was tried in the pool: the GUI thread
did less (0.6 s), but the pool's Python held the GIL half the time while the preview rendered
the first screen on the GUI thread, and the article took 0.1-0.2 s longer to appear
(`benchmarks/first_open.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from redactie.core.article.markdown_lines import HTML_COMMENT_RE as _COMMENT_RE
from redactie.core.article.markdown_lines import HTML_TAG_RE as _TAG_RE
from redactie.gui.editor.highlight_slices import (
    LONG_CHANGE,
    PendingLines,
    hook_before_qt,
    skip_qt_pass,
    slice_timer,
)
from redactie.gui.editor.spell_layer import SpellLayer
from redactie.gui.editor.spell_pacing import Clock, SpellBudget, SpellPacer

if TYPE_CHECKING:
    from redactie.core.spelling import SpellChecker


class BlockKind(IntEnum):
    """What the end of a line leaves open for the next one (the low two bits of the state)."""

    NORMAL = 0
    FENCED_CODE = 1
    HTML_COMMENT = 2
    SHORTCODE = 3


@dataclass(frozen=True)
class BlockState:
    """A block state as an int: kind in bits 0-1; for a fence, tilde in bit 2, length above."""

    kind: BlockKind
    fence: str = ""

    def encode(self) -> int:
        if self.kind is not BlockKind.FENCED_CODE:
            return int(self.kind)
        return int(self.kind) | (4 if self.fence[0] == "~" else 0) | (len(self.fence) << 3)

    @classmethod
    def decode(cls, state: int) -> BlockState:
        if state < 0:  # -1: Qt's "no state yet", as for the first block
            return cls(BlockKind.NORMAL)
        kind = BlockKind(state & 3)
        if kind is not BlockKind.FENCED_CODE:
            return cls(kind)
        return cls(kind, ("~" if state & 4 else "`") * (state >> 3))


_FENCE_RE: Final = re.compile(r"^([ \t]*)(`{3,}|~{3,})(.*)$")
_HEADING_RE: Final = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)")
_QUOTE_RE: Final = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_LIST_RE: Final = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)")
_RULE_RE: Final = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+)$")
_LINK_DEF_RE: Final = re.compile(r"^ {0,3}(\[[^\]]+\]:)[ \t]*(\S+.*)$")
_TABLE_PIPE_RE: Final = re.compile(r"\|")
_CODE_SPAN_RE: Final = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_SHORTCODE_RE: Final = re.compile(r"\{\{[<%]\s*(/?[\w./-]*|/\*\s*[\w./-]*)(.*?)(>\}\}|%\}\}|$)")
_AUTOLINK_RE: Final = re.compile(r"<(?:https?|mailto|ftp):[^<>\s]+>|\bhttps?://[^\s<>()\[\]]+")
_LINK_RE: Final = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\](\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"
)
_FOOTNOTE_RE: Final = re.compile(r"\[\^[^\]]+\]")
_STRONG_RE: Final = re.compile(r"(\*\*|(?<!\w)__)(?=\S)(.+?)(?<=\S)(\1)")
_EMPHASIS_RE: Final = re.compile(r"(\*|(?<!\w)_)(?=[^\s*_])(.+?)(?<=[^\s])(\1)(?!\w)")
_STRIKE_RE: Final = re.compile(r"(~~)(?=\S)(.+?)(?<=\S)(~~)")
_ASTRAL_RE: Final = re.compile("[\U00010000-\U0010ffff]")
_HEADING_SCALE: Final = (1.0, 1.5, 1.3, 1.15, 1.05, 1.0, 1.0)


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0..1) of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


class Formats:
    """The character formats of one palette and font."""

    def __init__(self, palette: QPalette, font: QFont) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        link = palette.color(QPalette.ColorRole.Link)
        muted = mix(text, base, 0.5)
        accent = mix(palette.color(QPalette.ColorRole.LinkVisited), text, 0.35)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 11.0
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()

        self.marker = _format(foreground=muted)
        self.headings = [
            _format(bold=True, size=size * _HEADING_SCALE[level]) for level in range(7)
        ]
        self.strong = _format(bold=True)
        self.emphasis = _format(italic=True)
        self.strike = QTextCharFormat()
        self.strike.setFontStrikeOut(True)
        self.link = _format(foreground=link)
        self.url = _format(foreground=muted)
        self.url.setFontUnderline(True)
        self.list_marker = _format(foreground=link, bold=True)
        self.quote = _format(foreground=mix(text, base, 0.25))
        self.quote_marker = _format(foreground=link, bold=True)
        self.code = _format(background=mix(base, text, 0.07))
        self.code.setFontFamilies(mono)
        self.code.setFontFixedPitch(True)
        self.fence = _format(foreground=muted, background=mix(base, text, 0.07))
        self.fence.setFontFamilies(mono)
        self.fence.setFontFixedPitch(True)
        self.shortcode = _format(foreground=accent, background=mix(base, accent, 0.1))
        self.shortcode_name = _format(foreground=accent, background=mix(base, accent, 0.1))
        self.shortcode_name.setFontWeight(QFont.Weight.Bold)
        self.html = _format(foreground=mix(muted, accent, 0.35))
        self.comment = _format(foreground=muted, italic=True)
        self.misspelled = QTextCharFormat()
        self.misspelled.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelled.setUnderlineColor(QColor(Qt.GlobalColor.red))


def _format(
    *,
    foreground: QColor | None = None,
    background: QColor | None = None,
    bold: bool = False,
    italic: bool = False,
    size: float = 0.0,
) -> QTextCharFormat:
    result = QTextCharFormat()
    if foreground is not None:
        result.setForeground(foreground)
    if background is not None:
        result.setBackground(background)
    if bold:
        result.setFontWeight(QFont.Weight.Bold)
    if italic:
        result.setFontItalic(True)
    if size:
        result.setFontPointSize(size)
    return result


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown with Hugo shortcodes and raw HTML, one line at a time."""

    def __init__(
        self,
        document: QTextDocument,
        palette: QPalette,
        font: QFont,
        *,
        clock: Clock | None = None,
        budget: SpellBudget | None = None,
    ) -> None:
        super().__init__(document)
        self.pacer = SpellPacer(clock, budget)  # tests give their own clock
        self.formats = Formats(palette, font)
        self._utf16: list[int] | None = None
        self._spelling = SpellLayer()
        self._replaying = False  # True while lines are repainted without an edit
        self._pending = QTextBlock()  # the first line waiting for its underlines
        self._pending_last = QTextBlock()  # and the last (invalid: to the end)
        self._repaint_all = False  # lines waiting may show old underlines (another checker)
        self._chunks = QTimer(self)
        self._chunks.setSingleShot(True)
        self._chunks.timeout.connect(self._rehighlight_some)
        self._waiting = PendingLines()  # lines a long change added, not highlighted yet
        self._slices = slice_timer(self)
        self._slices.timeout.connect(self._highlight_slice)
        self._first_slice_due = False  # the first slice runs as the long change ends
        if hook_before_qt(self, self._before_qt_pass):
            document.contentsChanged.connect(self._after_change)

    @property
    def slices_pending(self) -> bool:
        """True while lines of a long change still wait for their highlighting."""
        return self._waiting.start >= 0

    def _before_qt_pass(self, position: int, removed: int, added: int) -> None:
        """Every change, before Qt highlights it: a long one goes to the slices instead."""
        self._waiting.edited(self.document(), position, removed, added)
        if added >= LONG_CHANGE and skip_qt_pass(self):
            self._waiting.add(self.document().findBlock(position).position(), position + added)
            self._first_slice_due = True
            self._slices.start()  # the rest, should the change not end as documents do

    def _after_change(self) -> None:
        """The change is complete (the layout told): the first slice now, so the first
        paint after opening shows the top highlighted; the rest a slice per turn."""
        if self._first_slice_due:
            self._first_slice_due = False
            self._highlight_slice()

    def _highlight_slice(self) -> None:
        """The next waiting lines, in order, for one budget (at least one line)."""
        deadline = self.pacer.chunk_deadline()
        waiting = self._waiting
        document = self.document()
        block = document.findBlock(waiting.start)
        # Formats are no edit, yet Qt says `contentsChanged` per line: that would put the
        # word count (counted once typing pauses) off until the last slice.
        quiet = document.blockSignals(True)
        try:
            while block.isValid() and waiting.waiting(block.position()):
                waiting.start = block.position() + block.length()  # this line no longer waits
                self.repaint_block(block)
                block = block.next()
                if not self.pacer.in_time(deadline):
                    break
        finally:
            document.blockSignals(quiet)
        if block.isValid() and waiting.waiting(block.position()):
            self._slices.start()
        else:
            waiting.clear()

    @property
    def spell_checker(self) -> SpellChecker | None:
        return self._spelling.checker

    def track_cursor(self, cursor: Callable[[], QTextCursor]) -> None:
        """Hold back the underline of the word at the editor's cursor while it is typed; the
        editor calls `cursor_moved` whenever its cursor moves."""
        self._spelling.cursor = cursor

    def cursor_moved(self) -> None:
        block = self._spelling.left_word()
        if block is not None:
            self.repaint_block(block)

    def release_typed_word(self) -> None:
        """Underline the word being typed now, if wrong (before a context menu reads it)."""
        block = self._spelling.release()
        if block is not None:
            self.repaint_block(block)

    def repaint_block(self, block: QTextBlock) -> None:
        """`rehighlightBlock` for a line whose text did not change."""
        self._replaying = True
        try:
            self.rehighlightBlock(block)
        finally:
            self._replaying = False

    def set_spell_checker(self, checker: SpellChecker | None) -> None:
        """Underline misspelled words with `checker` (None: no underlines).

        The whole document is repainted a few milliseconds' worth of lines per turn of the
        event loop: a 500 KB article takes about 0.4 s to check, which must not freeze typing.
        """
        self._repaint_all = self._repaint_all or self._spelling.checker is not None
        self._spelling.set_checker(checker)
        self._pending = self.document().firstBlock()
        self._pending_last = self.document().lastBlock()
        self._chunks.start(0)

    @property
    def spell_repaint_pending(self) -> bool:
        """True while lines still wait for their spelling underlines (or their slice)."""
        return self._pending.isValid() or self.slices_pending

    def _defer_spelling(self, block: QTextBlock) -> None:
        """This line gets its underlines in a chunk after this turn: a whole file loaded
        (4,000 lines at 500 KB) would otherwise be checked in one go. The lines waiting are
        one range, from the first to the last deferred."""
        if not self._pending.isValid():
            self._pending = self._pending_last = block
        elif block.blockNumber() < self._pending.blockNumber():
            self._pending = block
        elif block.blockNumber() > self._pending_last.blockNumber():
            self._pending_last = block
        if not self._chunks.isActive():
            self._chunks.start(0)

    def _rehighlight_some(self) -> None:
        deadline = self.pacer.chunk_deadline()
        block, last = self._pending, self._pending_last
        while block.isValid():  # at least one line per turn, however slow the clock says
            if self._repaint_all or not self._clean(block):
                self.repaint_block(block)
            done = block == last or (last.isValid() and block.blockNumber() >= last.blockNumber())
            block = QTextBlock() if done else block.next()
            if not self.pacer.in_time(deadline):
                break
        self._pending = block
        if block.isValid():
            self._chunks.start(0)
        else:
            self._repaint_all = False

    def _clean(self, block: QTextBlock) -> bool:
        """A line waiting for its underlines that needs no repaint: it has no misspelled word
        (checked and cached here), it is code, or its slice is still to come (the slice
        spells it). Its formats hold no underline: it was formatted before there was a
        checker, or by an edit whose spelling waits."""
        if self._waiting.waiting(block.position()):
            return True
        state = block.previous().userState()  # -1 for the first line (BlockState.decode)
        kind = state & 3 if state >= 0 else BlockKind.NORMAL
        if kind == BlockKind.FENCED_CODE:
            return True  # code, or the fence closing it: never underlined
        if kind != BlockKind.NORMAL:
            return False  # after a comment or shortcode: its prose starts further on
        text = block.text()
        return not text or not self._spelling.misspelled(text, 0)

    def set_style(self, palette: QPalette, font: QFont) -> None:
        """New colours or base size (a theme or zoom change): rebuild and repaint everything."""
        self.formats = Formats(palette, font)
        self._replaying = True
        try:
            self.rehighlight()
        finally:
            self._replaying = False

    # -- per line ------------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if self._waiting.waiting(self.currentBlock().position()):
            return  # its slice comes; no state set, so a state flowing down stops here
        self._utf16 = _utf16_offsets(text)
        prose_start = self._markdown(text)
        if prose_start is None or self._spelling.checker is None:
            return
        started = self.pacer.start_line(edited=not self._replaying)
        if started is None:  # past the budget of this burst of edits
            self._defer_spelling(self.currentBlock())
            return
        block = self.currentBlock()
        edited = None if self._replaying else block
        tokens = self._spelling.misspelled(text, prose_start, edited)
        self.pacer.end_line(started)
        if tokens or not self._replaying:
            for token in self._spelling.shown(block, tokens, self._qt, edited=not self._replaying):
                self._merge(token.start, token.end, self.formats.misspelled)

    def _markdown(self, text: str) -> int | None:
        """Formats one line; returns where its prose starts, None when it has none (code)."""
        state = BlockState.decode(self.previousBlockState())
        position = 0
        if state.kind is BlockKind.FENCED_CODE:
            self.setCurrentBlockState(self._fenced_line(text, state))
            return None
        if state.kind is BlockKind.HTML_COMMENT:
            end = text.find("-->")
            if end < 0:
                self._set(0, len(text), self.formats.comment)
                self.setCurrentBlockState(BlockKind.HTML_COMMENT)
                return None
            position = end + 3
            self._set(0, position, self.formats.comment)
        elif state.kind is BlockKind.SHORTCODE:
            end = min((i for i in (text.find(">}}"), text.find("%}}")) if i >= 0), default=-1)
            if end < 0:
                self._set(0, len(text), self.formats.shortcode)
                self.setCurrentBlockState(BlockKind.SHORTCODE)
                return None
            position = end + 3
            self._set(0, position, self.formats.shortcode)
        elif (fence := _FENCE_RE.match(text)) and (
            fence.group(2)[0] != "`" or "`" not in fence.group(3)
        ):
            self._set(0, len(text), self.formats.fence)
            self.setCurrentBlockState(BlockState(BlockKind.FENCED_CODE, fence.group(2)).encode())
            return None
        self.setCurrentBlockState(self._line(text, position))
        return position

    def _fenced_line(self, text: str, state: BlockState) -> int:
        """A line inside a fence: code, or the closing fence that ends it."""
        fence = _FENCE_RE.match(text)
        if (
            fence
            and fence.group(2)[0] == state.fence[0]
            and len(fence.group(2)) >= len(state.fence)
            and not fence.group(3).strip()
        ):
            self._set(0, len(text), self.formats.fence)
            return BlockKind.NORMAL
        self._set(0, len(text), self.formats.code)
        return state.encode()

    def _line(self, text: str, start: int) -> int:
        """An ordinary line from `start`: block markers, then inline spans; returns the state."""
        f = self.formats
        if start == 0:
            if _RULE_RE.match(text):
                self._set(0, len(text), f.marker)
                return BlockKind.NORMAL
            if link_def := _LINK_DEF_RE.match(text):
                self._set(link_def.start(1), link_def.end(1), f.link)
                self._set(link_def.start(2), link_def.end(2), f.url)
                return BlockKind.NORMAL
        base = QTextCharFormat()
        if quote := _QUOTE_RE.match(text, start):
            self._set(start, len(text), f.quote)
            self._set(start, quote.end(), f.quote_marker)
            base = f.quote
            start = quote.end()
        if item := _LIST_RE.match(text[start:]):  # sliced: "^" ignores match()'s pos
            self._set(start, start + item.end(), f.list_marker)
            start += item.end()
        if heading := _HEADING_RE.match(text[start:]):
            base = f.headings[len(heading.group(1))]
            self._set(start, len(text), base)
            self._set(start, start + heading.end(), _merged(base, f.marker))
        if text.lstrip().startswith("|"):
            for pipe in _TABLE_PIPE_RE.finditer(text, start):
                self._set(pipe.start(), pipe.end(), f.marker)
        return self._inline(text, start, base)

    def _inline(self, text: str, start: int, base: QTextCharFormat) -> int:
        """Spans within a line. Code, shortcodes, tags and URLs are masked once formatted, so
        emphasis is never found inside them."""
        f = self.formats
        masked = list(text)
        state: int = BlockKind.NORMAL

        def mask(begin: int, end: int) -> None:
            masked[begin:end] = "\0" * (end - begin)

        if "`" in text:
            for span in _CODE_SPAN_RE.finditer(text, start):
                self._set(span.start(), span.end(), _merged(base, f.code))
                self._set(span.start(1), span.end(1), _merged(base, f.fence))
                self._set(span.start(2) + len(span.group(2)), span.end(), _merged(base, f.fence))
                mask(span.start(), span.end())
        line = "".join(masked)
        if "{{" in line:
            for code in _SHORTCODE_RE.finditer(line, start):
                self._set(code.start(), code.end(), _merged(base, f.shortcode))
                self._set(code.start(1), code.end(1), _merged(base, f.shortcode_name))
                mask(code.start(), code.end())
                if not code.group(3):
                    state = BlockKind.SHORTCODE
        line = "".join(masked)
        if "<" in line:
            for comment in _COMMENT_RE.finditer(line, start):
                self._set(comment.start(), comment.end(), _merged(base, f.comment))
                mask(comment.start(), comment.end())
                if not comment.group(0).endswith("-->"):
                    state = BlockKind.HTML_COMMENT
            for tag in _TAG_RE.finditer("".join(masked), start):
                self._set(tag.start(), tag.end(), _merged(base, f.html))
                mask(tag.start(), tag.end())
        line = "".join(masked)
        if "[" in line:
            for link in _LINK_RE.finditer(line, start):
                self._set(link.start(), link.start(3), _merged(base, f.link))
                self._set(link.start(), link.start(2), _merged(base, f.marker))
                self._set(link.end(2), link.start(3), _merged(base, f.marker))
                self._set(link.start(3), link.end(3), _merged(base, f.url))
                mask(link.start(3), link.end(3))
            for note in _FOOTNOTE_RE.finditer(line, start):
                self._set(note.start(), note.end(), _merged(base, f.link))
        if "://" in line or "mailto:" in line:
            for url in _AUTOLINK_RE.finditer("".join(masked), start):
                self._set(url.start(), url.end(), _merged(base, f.url))
                mask(url.start(), url.end())
        line = "".join(masked)
        for pattern, needle, style in (
            (_STRONG_RE, "*_", f.strong),
            (_EMPHASIS_RE, "*_", f.emphasis),
            (_STRIKE_RE, "~", f.strike),
        ):
            if any(char in line for char in needle):
                for span in pattern.finditer(line, start):
                    self._merge(span.start(2), span.end(2), style)
                    self._merge(span.start(1), span.end(1), f.marker)
                    self._merge(span.start(3), span.end(3), f.marker)
                    mask(span.start(1), span.end(1))
                    mask(span.start(3), span.end(3))
                line = "".join(masked)
        return state

    # -- formats at Python string positions ----------------------------------------------------

    def _set(self, start: int, end: int, style: QTextCharFormat) -> None:
        """`setFormat` on Python indices (Qt counts UTF-16 units: an emoji is two)."""
        if end > start:
            first, last = self._qt(start), self._qt(end)
            self.setFormat(first, last - first, style)

    def _merge(self, start: int, end: int, style: QTextCharFormat) -> None:
        """Add `style` on top of what is already there (bold inside a link keeps its colour)."""
        run_start = start
        while run_start < end:
            current = self.format(self._qt(run_start))
            run_end = run_start + 1
            while run_end < end and self.format(self._qt(run_end)) == current:
                run_end += 1
            self._set(run_start, run_end, _merged(current, style))
            run_start = run_end

    def _qt(self, index: int) -> int:
        return index if self._utf16 is None else self._utf16[index]


def _merged(below: QTextCharFormat, above: QTextCharFormat) -> QTextCharFormat:
    result = QTextCharFormat(below)
    result.merge(above)
    return result


def _utf16_offsets(text: str) -> list[int] | None:
    """UTF-16 offset of every Python index, or None when they are the same (no astral chars)."""
    if text.isascii() or not _ASTRAL_RE.search(text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets
