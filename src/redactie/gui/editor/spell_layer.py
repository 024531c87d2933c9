"""Which misspelled words of a line the Markdown highlighter underlines, and at what cost.

Two things keep a keystroke cheap. Lines are checked once per text: the result is cached by
the line's text, so a line repainted without a change (the first full pass, a fence opened
above it, Add to dictionary elsewhere) costs one dict lookup. And the word being typed is not
underlined until the cursor leaves it, as in Word or LibreOffice: half a word is always
"wrong", and an underline that flickers on and off with every letter changes the line's
formats on every key, which makes Qt lay the line out and repaint it again. When the cursor
moves away (a space, an arrow key, a click) the line is repainted and the word, if wrong,
gets its underline.

The cache is bounded by characters as well as lines: typing into a long paragraph makes a new
key of the whole line per key (5,000 keys into a 3,000-character paragraph held 15 million
characters, tens of MiB, issue 18). So a line edited again replaces its previous text's entry,
and beyond `_CACHE_CHARS` the cache starts over (a repaint of an unchanged line does not ask).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtGui import QTextBlock, QTextCursor

from redactie.core.spelling import SpellChecker
from redactie.core.spelling.tokens import Token

_CACHE_LINES: Final = 20_000
_CACHE_CHARS: Final = 2_000_000  # the lines of a 2 MB article; a few MiB with their tokens


class SpellLayer:
    """The spelling part of the highlighter's per-line pass (no Qt object of its own)."""

    def __init__(self) -> None:
        self.checker: SpellChecker | None = None
        self.cursor: Callable[[], QTextCursor] | None = None  # the editor's text cursor
        self._lines: dict[tuple[str, int], list[Token]] = {}
        self.chars = 0  # the characters of the cached lines' texts
        self._edited: tuple[QTextBlock, tuple[str, int]] | None = None  # the last edited line
        self._revision = -1
        self._held: tuple[QTextBlock, int, int] | None = None  # the word being typed (UTF-16)

    def set_checker(self, checker: SpellChecker | None) -> None:
        self.checker = checker
        self._clear()
        self._held = None

    def __len__(self) -> int:
        return len(self._lines)

    def _clear(self) -> None:
        self._lines.clear()
        self.chars = 0
        self._edited = None

    def _drop(self, key: tuple[str, int]) -> None:
        if self._lines.pop(key, None) is not None:
            self.chars -= len(key[0])

    def misspelled(self, text: str, start: int, edited: QTextBlock | None = None) -> list[Token]:
        """The misspelled words of a Markdown line from `start`, cached by the line's text.

        `edited`: the line's block when an edit (not a repaint) asks; its text before the edit
        is then dropped from the cache when the same line was the one edited last."""
        checker = self.checker
        if checker is None:
            return []
        if checker.revision != self._revision:  # a word was added or ignored
            self._clear()
            self._revision = checker.revision
        key = (text, start)
        last = self._edited
        if edited is not None and last is not None and last[1] != key and last[0] == edited:
            self._drop(last[1])
        tokens = self._lines.get(key)
        if tokens is None:
            tokens = checker.misspelled_markdown(text, start)
            if len(self._lines) >= _CACHE_LINES or self.chars + len(text) > _CACHE_CHARS:
                self._clear()
            self._lines[key] = tokens
            self.chars += len(text)
        if edited is not None:
            self._edited = (edited, key)
        return tokens

    def shown(
        self, block: QTextBlock, tokens: list[Token], qt: Callable[[int], int], *, edited: bool
    ) -> list[Token]:
        """`tokens` without the word being typed. An edit in the cursor's line holds back the
        misspelled word touching the cursor; a repaint without an edit keeps holding it while
        the cursor stays on it."""
        held = self._held
        if not edited and (held is None or held[0] != block):
            return tokens
        if self.cursor is None:
            return tokens
        cursor = self.cursor()
        if cursor.block() != block:
            return tokens
        offset = cursor.positionInBlock()
        for index, token in enumerate(tokens):
            start, end = qt(token.start), qt(token.end)
            if start <= offset <= end:
                self._held = (block, start, end)
                return tokens[:index] + tokens[index + 1 :]
        if edited:
            self._held = None
        return tokens

    def left_word(self) -> QTextBlock | None:
        """After the cursor moved: the line to repaint when it left the held word, else None."""
        held = self._held
        if held is None or self.cursor is None:
            return None
        block, start, end = held
        cursor = self.cursor()
        if cursor.block() == block and start <= cursor.positionInBlock() <= end:
            return None
        return self.release()

    def release(self) -> QTextBlock | None:
        """Stop holding back the typed word; returns its line (to repaint) if still there."""
        held, self._held = self._held, None
        if held is None or not held[0].isValid():
            return None
        return held[0]
