"""Goldmark's typographer extension as a markdown-it inline rule.

markdown-it's own typographer (`replacements`, `smartquotes`) follows different rules:
it also turns `(c)` into ©, pairs quotes after the fact and never writes `&laquo;`. Hugo
uses Goldmark's, which decides each character on the spot from its neighbours and a
count of open quotes that runs through the whole document. This rule mirrors those
decisions one for one, including the special cases (`'90s`, `'twas`, `Smiths'`, `"Monitor 21""`).

The replacement is emitted as a `typographic` token holding an HTML entity, rendered
verbatim, as Goldmark writes `&ldquo;` and not the character itself.

Measured (`benchmarks/libraries.py`): with the same quote characters, markdown-it's own
typographer renders 57 of the 338 corpus articles with typographic characters unlike this
rule, which renders all of them as Hugo does (48 of the 57 are Dutch). markdown-it's leaves
an apostrophe before a word (`'s avonds`, `'tje`, `'90`) straight or makes it an opening
quote, and writes dashes and dots otherwise.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, Final

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

from .chars import (
    is_ascii_punct,
    is_ascii_space,
    is_go_digit,
    is_go_letter,
    is_go_punct,
    is_go_space,
    is_punct_rune,
    is_space_rune,
)

TOKEN_TYPE: Final = "typographic"

LSQUO: Final = "&lsquo;"
RSQUO: Final = "&rsquo;"
LDQUO: Final = "&ldquo;"
RDQUO: Final = "&rdquo;"
NDASH: Final = "&ndash;"
MDASH: Final = "&mdash;"
HELLIP: Final = "&hellip;"
LAQUO: Final = "&laquo;"
RAQUO: Final = "&raquo;"

TRIGGERS: Final = "'\"-.<>"


@dataclass
class _OpenQuotes:
    """Goldmark's count of quotes that were opened but not yet closed."""

    single: int = 0
    double: int = 0


_COUNTER: Final = "goldmark_open_quotes"


def typographer_plugin(md: MarkdownIt) -> None:
    """Register the rule last, as Goldmark gives the typographer the lowest priority."""
    for ch in TRIGGERS:
        md.inline.add_terminator_char(ch)
    md.inline.ruler.push("goldmark_typographer", _rule)


def _counter(env: MutableMapping[str, Any]) -> _OpenQuotes:
    """Hugo's Goldmark never resets the count: a quote opened in one paragraph can be
    closed in the next one, or in a table cell further down."""
    counter = env.get(_COUNTER)
    if not isinstance(counter, _OpenQuotes):
        counter = env[_COUNTER] = _OpenQuotes()
    return counter


def snapshot(env: MutableMapping[str, Any]) -> tuple[int, int]:
    """Open single and double quotes so far, for caching rendered blocks."""
    counter = _counter(env)
    return counter.single, counter.double


def restore(env: MutableMapping[str, Any], saved: tuple[int, int]) -> None:
    """Put back a count taken with `snapshot`."""
    counter = _counter(env)
    counter.single, counter.double = saved


_WINDOW = 16  # characters of the line the rules look at (Goldmark reads at most 5 bytes on)
_SCAN = "redactie_typographer_scan"


class _Scan:
    """Where the current line and run of quotes end, remembered per inline source, so a line
    of 20,000 quotes costs linear time (slicing the rest of the line per quote was quadratic)."""

    __slots__ = ("line", "run", "src")

    def __init__(self, src: str) -> None:
        self.src = src
        self.line = (0, -1)  # [start, end): no newline before end - 1
        self.run = (0, -1, "")  # [start, end) all of one character

    def line_end(self, pos: int) -> int:
        start, end = self.line
        if not start <= pos < end:
            found = self.src.find("\n", pos)
            end = len(self.src) if found < 0 else found + 1
            self.line = (pos, end)
        return end

    def run_end(self, pos: int, char: str, line_end: int) -> int:
        start, end, kind = self.run
        if not (kind == char and start <= pos < end):
            end = pos
            while end < line_end and self.src[end] == char:
                end += 1
            self.run = (pos, end, char)
        return end


def _scan(state: StateInline) -> _Scan:
    scan = state.env.get(_SCAN)
    if not isinstance(scan, _Scan) or scan.src is not state.src:
        scan = _Scan(state.src)
        state.env[_SCAN] = scan
    return scan


def _lone(src: str, pos: int, ch: str) -> bool:
    """A dash, dot or angle not followed by another: `_match` has nothing for it. Most dots
    and dashes in a text are; this test skips the line scan and slicing for them."""
    return ch in "-.<>" and src[pos + 1 : pos + 2] != ch


def _rule(state: StateInline, silent: bool) -> bool:
    src = state.src
    pos = state.pos
    ch = src[pos]
    if ch not in TRIGGERS or _lone(src, pos, ch):
        return False
    line_end = _scan(state).line_end(pos)
    line = src[pos : min(line_end, pos + _WINDOW)]  # the rules read a few characters only
    result = _match(state, line, silent)
    if result is None:
        return False
    entity, length = result
    if pos + length > state.posMax:
        return False
    if not silent:
        token = state.push(TOKEN_TYPE, "", 0)
        token.content = entity
    state.pos += length
    return True


def _match(state: StateInline, line: str, silent: bool) -> tuple[str, int] | None:
    """The entity and the number of characters it replaces, or None (Goldmark's Parse)."""
    c = line[0]
    n = len(line.encode())  # Goldmark measures lines in bytes
    if n > 2:
        if c == "-" and line[1:3] == "--":
            return MDASH, 3
        if c == ".":
            return (HELLIP, 3) if line[1:3] == ".." else None
    if n > 1:
        if c == "<":
            return (LAQUO, 2) if line[1] == "<" else None
        if c == ">":
            return (RAQUO, 2) if line[1] == ">" else None
        if c == "-" and line[1] == "-":
            return NDASH, 2
    if c in "'\"":
        return _quote(state, line, silent)
    return None


def _byte(line: bytes, i: int) -> str:
    """The i-th byte of the line as a character ('' past the end, '\\x80' inside a rune)."""
    if i >= len(line):
        return ""
    b = line[i]
    return chr(b) if b < 0x80 else "\x80"


def _quote(state: StateInline, line: str, silent: bool) -> tuple[str, int] | None:
    pos = state.pos
    before = state.src[pos - 1] if pos > 0 else "\n"
    c = line[0]
    scan = _scan(state)
    line_end = scan.line_end(pos)
    run_end = scan.run_end(pos, c, line_end)
    after = state.src[run_end] if run_end < line_end else " "
    left = not is_space_rune(after) and (
        not is_punct_rune(after) or is_space_rune(before) or is_punct_rune(before)
    )
    right = not is_space_rune(before) and (
        not is_punct_rune(before) or is_space_rune(after) or is_punct_rune(after)
    )
    can_open, can_close = left, right
    raw = line.encode()
    n = len(raw)
    b1, b2, b3 = _byte(raw, 1), _byte(raw, 2), _byte(raw, 3)
    rune1 = line[1] if len(line) > 1 else ""
    counter = _counter(state.env)

    if c == "'":
        # Decade abbreviations such as '90s.
        if can_open and not can_close and n > 3 and b1.isdigit() and b2.isdigit() and b3 == "s":
            after4 = line[4] if len(line) > 4 else " "
            if is_space_rune(after4) or is_punct_rune(after4):
                return RSQUO, 1
        # 'twas, 'em, 'net, 'll.
        if n > 1 and (is_go_punct(before) or is_go_space(before)) and b1 in ("t", "e", "n", "l"):
            return RSQUO, 1
        # An apostrophe between a letter or digit and a letter.
        if n > 1 and (is_go_digit(before) or is_go_letter(before)) and is_go_letter(rune1):
            return RSQUO, 1
        if can_open and not can_close:
            kind = LSQUO
            # Alice's, I'm, Don't, You'd.
            if n > 1 and b1 in ("s", "m", "t", "d") and (n < 3 or _punct_or_space(b2)):
                kind = RSQUO
            # I've, I'll, You're.
            if n > 2 and b1 + b2 in ("ve", "ll", "re") and (n < 4 or _punct_or_space(b3)):
                kind = RSQUO
            if kind == LSQUO and not silent:
                counter.single += 1
            return kind, 1
        # Plural possessives and abbreviations: Smiths', doin'.
        if (n > 1 and is_go_space(c)) or (is_go_punct(c) and n > 2 and not is_go_digit(rune1)):
            return RSQUO, 1
        if counter.single > 0 and _closes(can_open, can_close, line, raw):
            if not silent:
                counter.single -= 1
            return RSQUO, 1
        return None

    if can_open and not can_close:
        if not silent:
            counter.double += 1
        return LDQUO, 1
    if counter.double > 0 and _closes(can_open, can_close, line, raw):
        # "Monitor 21"" : the first quote after a digit is an inch mark.
        if n > 1 and b1 == '"' and is_go_digit(before):
            return None
        if not silent:
            counter.double -= 1
        return RDQUO, 1
    return None


def _punct_or_space(b: str) -> bool:
    return is_ascii_punct(b) or is_ascii_space(b)


def _closes(can_open: bool, can_close: bool, line: str, raw: bytes) -> bool:
    """Goldmark's `isClose || maybeClose` for a closing quote."""
    if can_close and not can_open:
        return True
    if not (can_close and can_open and len(raw) > 1 and is_go_punct(line[1])):
        return False
    # Go's precedence: len==2 || (len>2 && IsPunct(line[2])) || IsSpace(line[2]).
    b2 = _byte(raw, 2)
    return len(raw) == 2 or (len(raw) > 2 and is_ascii_punct(b2)) or is_ascii_space(b2)
