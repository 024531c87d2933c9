"""Goldmark's character classes, so our rules decide exactly where Goldmark decides.

Go's `unicode` package and Python's `str` methods disagree at the edges (Python's
`isspace` knows more separators, `isdigit` accepts superscripts), so the few predicates
Goldmark uses are spelled out here once.
"""

from __future__ import annotations

import unicodedata
from typing import Final

ASCII_PUNCT: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
ASCII_SPACE: Final = frozenset(" \t\n\v\f\r")
_GO_SPACE: Final = frozenset(" \t\n\v\f\r\x85\xa0")


def is_ascii_punct(ch: str) -> bool:
    """Goldmark's `util.IsPunct` on one byte: ASCII punctuation only."""
    return ch in ASCII_PUNCT


def is_ascii_space(ch: str) -> bool:
    """Goldmark's `util.IsSpace` on one byte."""
    return ch in ASCII_SPACE


def is_go_space(ch: str) -> bool:
    """Go's `unicode.IsSpace`."""
    return ch in _GO_SPACE or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def is_go_punct(ch: str) -> bool:
    """Go's `unicode.IsPunct`: general category P only."""
    return unicodedata.category(ch).startswith("P")


def is_space_rune(ch: str) -> bool:
    """Goldmark's `util.IsSpaceRune`."""
    return ch in ASCII_SPACE or is_go_space(ch)


def is_punct_rune(ch: str) -> bool:
    """Goldmark's `util.IsPunctRune`: ASCII punctuation or Unicode category P."""
    return ch in ASCII_PUNCT or is_go_punct(ch)


def is_go_letter(ch: str) -> bool:
    """Go's `unicode.IsLetter`: general category L."""
    return unicodedata.category(ch).startswith("L")


def is_go_digit(ch: str) -> bool:
    """Go's `unicode.IsDigit`: decimal digits (Nd) only, not superscripts."""
    return unicodedata.category(ch) == "Nd"


def go_lower(ch: str) -> str:
    """Go's `unicode.ToLower`: always exactly one rune (Python may return two)."""
    lowered = ch.lower()
    return lowered if len(lowered) == 1 else lowered[0]
