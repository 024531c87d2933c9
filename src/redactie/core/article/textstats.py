"""Words, characters and reading time of an article body, as Hugo will report them.

Hugo counts the words of the *rendered* page: `.WordCount` is the number of whitespace-separated
runs in `.Plain` (the HTML with its tags stripped) and `.ReadingTime` is `ceil(words / 212)` for
non-CJK languages (Hugo 0.168, hugolib/page__content.go; older Hugo divided by 213). The editor
cannot render on every pause in typing, so `readable_text` approximates `.Plain` straight from
the Markdown with a few whole-text regular expressions:

- kept as written: the text of paragraphs, headings, list items, quotes and table cells, link
  text, inline code and the lines of fenced code blocks (Hugo counts code too);
- dropped: Markdown syntax (heading, quote and list markers, emphasis delimiters, backslash
  escapes, table pipes and delimiter rows, thematic breaks, fence lines), link and image URLs,
  image alt text (an HTML attribute, so not in `.Plain`), link reference definitions, HTML tags
  and comments (the text between tags stays, as with `markup.goldmark.renderer.unsafe`), and
  Hugo shortcode tags `{{< >}}` / `{{% %}}` (their output depends on the site's templates;
  the inner text of paired shortcodes stays).

Characters are those of that readable text: spaces included, line ends excluded, runs of
spaces outside code collapsed to one (as a browser shows them), HTML entities decoded, counted
as Unicode code points after NFC normalisation (so "é" is one character however it was typed).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

WORDS_PER_MINUTE: Final = 212  # Hugo's reading speed for non-CJK languages

FENCE_RE: Final = re.compile(r"^[ \t]*(`{3,}|~{3,})([^\n]*)$", re.MULTILINE)
_COMMENT_RE: Final = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_SHORTCODE_RE: Final = re.compile(r"\{\{<.*?>\}\}|\{\{%.*?%\}\}", re.DOTALL)
_CODE_SPAN_RE: Final = re.compile(r"(`+)(?!`)([^\n]+?)(?<!`)\1(?!`)")
_ESCAPE_RE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPE_BASE: Final = 0xF0000  # escaped punctuation hides in a private-use plane meanwhile
_UNESCAPE_RE: Final = re.compile("[\U000f0021-\U000f007e]")
_DELIMITER_RUN_RE: Final = re.compile(r"\*+|_+|~~")
_LINE_EDGE_SPACES_RE: Final = re.compile(r"[ \t]*\n[ \t]*")
_SPACES_RE: Final = re.compile(r"[ \t]{2,}|\t")

_URL: Final = r"\((?:[^()\n]|\([^()\n]*\))*\)"
# (needle, pattern, replacement): a pass runs only when its needle occurs in the text at all
_Pass = tuple[str, re.Pattern[str], str]
_BLOCK_PASSES: Final[tuple[_Pass, ...]] = (
    # thematic breaks and setext underlines
    (
        "",
        re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$", re.M),
        "",
    ),
    # link reference definitions, then the labels of footnote definitions
    ("]:", re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+.*$", re.M), ""),
    ("[^", re.compile(r"^[ \t]{0,3}\[\^[^\]\n]+\]:", re.M), ""),
    # quote markers, list markers with task boxes, quote markers inside list items
    (">", re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M), ""),
    ("", re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?=[ \t]|$)", re.M), ""),
    (">", re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M), ""),
    # ATX headings (also in list items), with an optional closing sequence
    ("#", re.compile(r"^[ \t]*#{1,6}(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),
)
_INLINE_PASSES: Final[tuple[_Pass, ...]] = (
    ("![", re.compile(r"!\[[^\]\n]*\]" + _URL + r"|!\[[^\]\n]*\]\[[^\]\n]*\]"), ""),  # images
    ("](", re.compile(r"\[([^\]\n]*)\]" + _URL), r"\1"),  # inline links
    ("[^", re.compile(r"\[\^[^\]\n]+\]"), "1"),  # footnote references render as a number
    ("][", re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # reference links
    ("<", re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[\w.+-]+@[\w.-]+)>"), r"\1"),  # autolinks
    ("<", re.compile(r"<br\s*/?>|</p>", re.IGNORECASE), "\n"),  # as Hugo's StripHTML does
    ("<", re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>"), ""),  # other HTML tags
)
_DELIMITER_ROW_RE: Final = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*$"
)
_PIPE_RE: Final = re.compile(r"\|")


@dataclass(frozen=True, slots=True)
class TextStats:
    """What the status bar shows: Hugo's word count and reading time, and a character count."""

    words: int
    characters: int
    reading_minutes: int


def reading_minutes(words: int) -> int:
    """Hugo's `.ReadingTime`: words / 212 rounded up, so 1 word is 1 minute and 0 words 0."""
    return -(-words // WORDS_PER_MINUTE)


def text_stats(markdown: str) -> TextStats:
    """Count the readable text of a Markdown body (see the module docstring for how)."""
    text = readable_text(markdown)
    words = len(text.split())
    visible = unicodedata.normalize("NFC", html.unescape(text) if "&" in text else text)
    characters = len(visible) - visible.count("\n")
    return TextStats(words=words, characters=characters, reading_minutes=reading_minutes(words))


def readable_text(markdown: str) -> str:
    """The text a reader of the published page sees, approximately: one line per source line."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    parts: list[str] = []
    for prose, code in _split_fences(text):
        parts.append(_prose_text(prose))
        parts.append(code)
    return "\n".join(part for part in parts if part)


def _split_fences(text: str) -> list[tuple[str, str]]:
    """(prose, code) pairs: the text before each fenced block and that block's inner lines."""
    pairs: list[tuple[str, str]] = []
    position = 0
    opening: re.Match[str] | None = None
    for fence in FENCE_RE.finditer(text):
        if opening is None:
            if fence.group(1)[0] == "`" and "`" in fence.group(2):
                continue  # a backtick fence's info string cannot hold a backtick
            opening = fence
            continue
        mark, info = fence.group(1), fence.group(2)
        if (
            mark[0] == opening.group(1)[0]
            and len(mark) >= len(opening.group(1))
            and not info.strip()
        ):
            pairs.append(
                (text[position : opening.start()], text[opening.end() + 1 : fence.start()])
            )
            position = fence.end()
            opening = None
    if opening is not None:  # an unclosed fence runs to the end, as in CommonMark
        pairs.append((text[position : opening.start()], text[opening.end() + 1 :]))
    else:
        pairs.append((text[position:], ""))
    return pairs


def _prose_text(text: str) -> str:
    """Markdown outside fenced code, reduced to its readable text."""
    text = _COMMENT_RE.sub("", text)
    if "{{" in text:
        text = _SHORTCODE_RE.sub("", text)
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE_RE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), text)
    if "|" in text:
        text = _tables(text)
    for needle, pattern, replacement in _BLOCK_PASSES:
        if needle in text:
            text = pattern.sub(replacement, text)
    pieces = _CODE_SPAN_RE.split(text)  # [prose, ticks, code, ticks, code, ..., prose]
    for index in range(0, len(pieces), 3):
        piece = pieces[index]
        for needle, pattern, replacement in _INLINE_PASSES:
            if needle in piece:
                piece = pattern.sub(replacement, piece)
        pieces[index] = _DELIMITER_RUN_RE.sub(_delimiter, piece)
        if index + 1 < len(pieces):
            pieces[index + 1] = ""  # the backticks around a code span
    text = "".join(pieces)
    if escaped:
        text = _UNESCAPE_RE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPE_BASE), text)
    text = _SPACES_RE.sub(" ", _LINE_EDGE_SPACES_RE.sub("\n", text))
    return text.strip(" \t")


def _delimiter(match: re.Match[str]) -> str:
    """Drop an emphasis or strikethrough delimiter run; keep one standing between spaces, and
    underscores inside a word (snake_case), which Markdown keeps as text too."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() and after.isspace():
        return match.group(0)
    if match.group(0)[0] == "_" and before.isalnum() and after.isalnum():
        return match.group(0)
    return ""


def _tables(text: str) -> str:
    """GFM tables without their pipes and delimiter rows: cells become words of their own."""
    lines = text.split("\n")
    in_table = False
    for index, line in enumerate(lines):
        if not line.strip():
            in_table = False
        elif in_table:
            lines[index] = _PIPE_RE.sub(" ", line)
        elif (
            index > 0
            and "|" in line
            and "|" in lines[index - 1]
            and "-" in line
            and _DELIMITER_ROW_RE.match(line)
        ):
            lines[index - 1] = _PIPE_RE.sub(" ", lines[index - 1])
            lines[index] = ""
            in_table = True
    return "\n".join(lines)
