"""The words of a line that a spell checker should see, with their positions.

Markdown lines carry much that is not prose: code spans, URLs, e-mail addresses, Hugo shortcodes,
raw HTML tags and comments, link targets. Those are blanked out first (keeping every index), then
words are cut. What counts as a word follows Dutch Hunspell: inner apostrophes and hyphens stay
(`auto's`, `zo'n`, `e-mail`), a leading apostrophe before s/t/n stays (`'s avonds`). Words with
digits are never words; ALL-CAPS abbreviations are skipped when asked. Positions are Python
indices into the line, so a caller in Qt converts them to UTF-16 itself.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from redactie.core.article.markdown_lines import HTML_COMMENT_RE as _COMMENT_RE
from redactie.core.article.markdown_lines import HTML_TAG_RE as _TAG_RE

_WORD_RE: Final = re.compile(r"(?:(?<!\w)['’](?=[stnkrm]\b))?[^\W_]+(?:['’.\-][^\W_]+)*")
_IDENTIFIER_RE: Final = re.compile(r"\w*[^\W_]_+[^\W_]\w*")
_CODE_SPAN_RE: Final = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_SHORTCODE_RE: Final = re.compile(r"\{\{[<%].*?(?:[>%]\}\}|$)")
_LINK_TARGET_RE: Final = re.compile(r"\]\((?:[^()]|\([^()]*\))*\)|\]\[[^\]]*\]")
_LINK_DEF_RE: Final = re.compile(r"^ {0,3}\[[^\]]+\]:.*$")
_URL_RE: Final = re.compile(
    r"<?(?:[a-z][a-z0-9+.-]*://|mailto:|www\.)[^\s<>]*[^\s<>.,;:!?)\]'\"]>?", re.IGNORECASE
)
_EMAIL_RE: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN_RE: Final = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:nl|be|com|org|net|eu|io|de|fr|uk|info|gov|edu)\b(?:/\S*)?"
)
_FOOTNOTE_RE: Final = re.compile(r"\[\^[^\]]*\]")
_TLD_RE: Final = re.compile(r"\.(?:nl|be|com|org|net|eu|io|de|fr|uk|info|gov|edu)\b")
_DIGIT_RE: Final = re.compile(r"\d")
_LETTER_RE: Final = re.compile(r"[^\W\d_]")

# Constructs blanked out in an ordinary Markdown line, in this order (a URL inside a code span
# is already gone when URLs are looked for).
_MARKDOWN_SKIPS: Final = (
    _CODE_SPAN_RE,
    _SHORTCODE_RE,
    _COMMENT_RE,
    _TAG_RE,
    _LINK_TARGET_RE,
    _FOOTNOTE_RE,
    _URL_RE,
    _EMAIL_RE,
    _DOMAIN_RE,
    _IDENTIFIER_RE,
)
_PLAIN_SKIPS: Final = (_URL_RE, _EMAIL_RE, _DOMAIN_RE, _IDENTIFIER_RE)


class Token(NamedTuple):
    """One word of a line: `line[start:end] == word` (a tuple: a line makes dozens per key)."""

    start: int
    end: int
    word: str


def markdown_words(line: str, start: int = 0, *, skip_caps: bool = True) -> list[Token]:
    """The words of one Markdown line from `start` (the part before it belongs to a code block,
    comment or shortcode that began on an earlier line)."""
    if start >= len(line) or _LINK_DEF_RE.match(line):
        return []
    return _words(_blank(line, start, _MARKDOWN_SKIPS), start, skip_caps)


def plain_words(text: str, *, skip_caps: bool = True) -> list[Token]:
    """The words of a plain text field (a title, a caption): only URLs and addresses skipped."""
    return _words(_blank(text, 0, _PLAIN_SKIPS), 0, skip_caps)


def _blank(line: str, start: int, patterns: tuple[re.Pattern[str], ...]) -> str:
    """`line` with every match of `patterns` replaced by spaces, so indices stay valid."""
    text = " " * start + line[start:]
    for pattern in patterns:
        if not _may_match(pattern, text):
            continue
        text = pattern.sub(_spaces, text)
    return text


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """A cheap look for what `pattern` cannot match without: most prose lines have none of
    these, and the full expressions cost tens of microseconds each on a long paragraph."""
    if pattern is _URL_RE:
        return ":" in text or "www" in text.lower()
    if pattern is _DOMAIN_RE:
        return _TLD_RE.search(text) is not None
    needle = _NEEDLES.get(pattern)
    return needle is None or needle in text


_NEEDLES: dict[re.Pattern[str], str] = {
    _EMAIL_RE: "@",
    _CODE_SPAN_RE: "`",
    _SHORTCODE_RE: "{{",
    _COMMENT_RE: "<!--",
    _TAG_RE: "<",
    _LINK_TARGET_RE: "]",
    _FOOTNOTE_RE: "[^",
    _IDENTIFIER_RE: "_",
}


def _words(text: str, start: int, skip_caps: bool) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    for match in _WORD_RE.finditer(text, start):
        word = match.group()
        # isalpha: only letters, so no digits and at least one letter (the common case, fast)
        if not word.isalpha() and (_DIGIT_RE.search(word) or not _LETTER_RE.search(word)):
            continue
        if skip_caps and word.isupper() and len(word) > 1:
            continue
        begin, end = match.span()
        append(Token(begin, end, word))
    return tokens
