"""House style, as a desk editor marks it: words to avoid, numbers one to twenty in words,
`procent` for `%`, times as `09.30 uur`, the site's quotation marks, double spaces.

Off unless the site turns it on (`[style] house_style = true`, or a level per rule in
`[checks]`): every newsroom has its own style book. The word list is the site's
(`[style] words = {"middels" = "met"}`, keys may be regular expressions) on top of a short
Dutch default of officialese with a plain equivalent. Each finding carries its replacement
when it is certain (a listed word, `12%`, `9:30`, a double space), as body offsets the window
applies as one undo step; a number in words is only suggested (`3 mei` is a date, `3-2` a
score, and the scan leaves those alone, but a reader decides).

Quotation marks (`style-quotes`): Dutch allows “…”, ‘…’ and the older „…” (Onze Taal); a
newsroom picks one, `[style] quotes` (default `“”`, what Hugo's typographer makes of straight
`"…"`, so those pass). A double-quoted passage in another form is flagged with the site's pair
as its fix: `„…”` on a `“”` site, marks the wrong way round (`”…”`, `„…“`, from keyboards
and word processors), any double pair where a site quotes with `‘’`. Passages pair up by
position within a paragraph (an opening mark starts a word, a closing one ends it); single
quotes are never read, as `’` is also the apostrophe (`’s avonds`, `auto’s`). Read on the
358 Dutch corpus articles: no `„` at all, 924 straight and 104 curly double marks; see
`tests/core/test_house_style.py` for what was found there.

Only running text is read: code blocks, inline code, HTML, shortcodes, link targets and the
front matter are left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from redactie.core.checks.lines import line_index
from redactie.core.checks.model import CheckContext, Hit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

DEFAULT_WORDS: Mapping[str, str] = {
    "middels": "met",
    "teneinde": "om",
    "alsmede": "en",
    "reeds": "al",
    "thans": "nu",
    "derhalve": "daarom",
    "omtrent": "over",
    "inzake": "over",
    "tevens": "ook",
    "indien": "als",
    "wellicht": "misschien",
    "ten behoeve van": "voor",
    "dienen te": "moeten",
}
NUMBER_WORDS = (
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
    "negentien", "twintig",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dec", "march", "may", "june", "july", "october",
)  # fmt: skip
# Not a count in running text: a unit, a currency or a date follows, or a label precedes.
_UNIT_AFTER = re.compile(
    r"\s*(?:(?:(?:en|tot|t/m|-|/)\s*\d{1,2}\s*)?(?:"
    + "|".join(MONTHS)
    + r")|%|procent|km|m|cm|mm|kg|g|mg|l|ml|pt|px|em|rem|gb|mb|kb|euro|eur|dollar|graden|°|"
    r"uur|x)\b",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?:(?<!\w)(?:nr|nummer|no|artikel|art|hoofdstuk|blz|pagina|p|versie|week|ronde|fase|"
    r"groep|stap|deel|seizoen|klas)|€|\$)\.?\s*$",
    re.IGNORECASE,
)
_MONTH_SOON = re.compile(r"(?:\W+\w+){0,3}?\W+(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b\w*[A-Z]\w*\s+$")
_NUMBER = re.compile(r"(?<![\w.,:/€$+-])(\d{1,2})(?![\w.,:/%-]|\s*%)")
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?%")
_TIME = re.compile(r"(?<![\w.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(\s*uur\b)?")
_QUOTE_MARK = re.compile(r'["“”„‟]')
_OPENS_AFTER = frozenset(" \t\n([{—–-/*_>")  # a mark after these starts a quotation
_CLOSES_BEFORE = frozenset(" \t\n.,;:!?)]}…—–-/*_'’‘")  # ... and before these ends one
QUOTE_PAIRS = ("“”", "„”", "‘’")  # the forms a site may choose
_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_LIST_MARKER = re.compile(r"[\s>]*(?:(?:[-*+]|\d{1,3}[.)]|#{1,6})\s*)*")  # -, 1., >, ##

_HIDDEN = [
    re.compile(r"^ {0,3}(```+|~~~+)[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S),
    re.compile(r"(`+)[^`\n].*?\1"),
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"</?[A-Za-z][^>\n]*>"),
    re.compile(r"\{\{[<%].*?[%>]\}\}", re.S),
    re.compile(r"\{%.*?%\}", re.S),  # another generator's tags (Liquid, 11ty) in copied text
    re.compile(r"\]\([^)\n]*\)"),  # a link's target (its text stays)
    re.compile(r"^\s*\[[^\]\n]+\]:.*$", re.M),  # a reference definition
    re.compile(r"https?://\S+"),
]


_BLOCKS_HIDDEN = {"code_block", "fence", "html_block", "table_open"}


@functools.cache
def _parser() -> MarkdownIt:
    """Blocks only: inline parsing was half the time and nothing here reads it (the same
    hidden blocks on all 515 corpus files with and without it). Imported here: a site check
    without house style never needs markdown-it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")


def house_style_on(ctx: CheckContext) -> bool:
    return ctx.site is not None and ctx.site.options.house_style


@functools.lru_cache(maxsize=2)  # five rules read the same text; one parse serves them all
def readable(body: str) -> str:
    """The body with everything but running text blanked (same length, same lines): code
    blocks (fenced and indented), HTML blocks and tables by markdown-it's own reading, then
    inline code, tags, shortcodes, link targets and bare URLs."""
    lines = body.split("\n")
    for token in _parser().parse(body):
        if token.map is not None and token.type in _BLOCKS_HIDDEN:
            for index in range(token.map[0], min(token.map[1], len(lines))):
                lines[index] = " " * len(lines[index])
    body = "\n".join(lines)
    for pattern in _HIDDEN:
        body = pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    return body


def _hit(
    ctx: CheckContext, body: str, start: int, end: int, new: str | None, **args: object
) -> Hit:
    lines = line_index(body)
    line, column = lines.line(start), lines.column(start)
    values: dict[str, object] = {"found": body[start:end], **args}
    if new is not None:
        values.update(start=start, end=end, old=body[start:end], new=new)
    return Hit(ctx.body_first_line + line, None, values, column=column)


def _words(ctx: CheckContext) -> Mapping[str, str]:
    own = ctx.site.options.style_words if ctx.site is not None else {}
    return {**DEFAULT_WORDS, **own}


Patterns = tuple[re.Pattern[str] | None, dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]


@functools.lru_cache(maxsize=8)
def _word_patterns(words: tuple[tuple[str, str], ...]) -> Patterns:
    """The plain words as one pattern (one pass over the text, not one per word) with their
    preferred word by lower case; the site's regular expressions each on their own."""
    literal = {k.lower(): v for k, v in words if re.fullmatch(r"[\w' -]+", k)}
    alternatives = "|".join(re.escape(k) for k in sorted(literal, key=len, reverse=True))
    combined = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I) if literal else None
    patterns = tuple((re.compile(k, re.I), v) for k, v in words if k.lower() not in literal)
    return combined, literal, patterns


def style_word(ctx: CheckContext) -> Iterator[Hit]:
    body, text = ctx.article.body, readable(ctx.article.body)
    combined, literal, patterns = _word_patterns(tuple(_words(ctx).items()))
    if combined is not None:
        for m in combined.finditer(text):
            prefer = literal.get(m.group(0).lower())
            if prefer is None:  # a case folding lower() does not undo
                continue
            new = _same_case(m.group(0), prefer)
            yield _hit(ctx, body, m.start(), m.end(), new, prefer=prefer)
    for pattern, prefer in patterns:
        for m in pattern.finditer(text):
            yield _hit(ctx, body, m.start(), m.end(), None, prefer=prefer)


def style_number(ctx: CheckContext) -> Iterator[Hit]:
    body, text = ctx.article.body, readable(ctx.article.body)
    for m in _NUMBER.finditer(text):
        value = int(m.group(1))
        if not 1 <= value <= 20 or m.group(1).startswith("0"):
            continue
        before = text[max(0, m.start() - 40) : m.start()]  # a window: never the whole text
        if _UNIT_AFTER.match(text, m.end()) or _LABEL_BEFORE.search(before):
            continue
        if _MONTH_SOON.match(text, m.end()) or _NAME_BEFORE.search(before):
            continue  # "13 en vrijdag 14 juni", "iPhone 4", "Oosterdok 2"
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not text[line_start : m.start()].strip() or "|" in line or "\t" in line:
            continue  # a number opening a line, or in a table: a list, a score board
        yield _hit(ctx, body, m.start(), m.end(), None, prefer=NUMBER_WORDS[value])


def style_percent(ctx: CheckContext) -> Iterator[Hit]:
    body, text = ctx.article.body, readable(ctx.article.body)
    for m in _PERCENT.finditer(text):
        yield _hit(ctx, body, m.start(), m.end(), f"{m.group(1)} procent", prefer="procent")


def style_time(ctx: CheckContext) -> Iterator[Hit]:
    body, text = ctx.article.body, readable(ctx.article.body)
    for m in _TIME.finditer(text):
        hours, minutes = int(m.group(1)), m.group(2)
        new = f"{hours:02d}.{minutes} uur"
        yield _hit(ctx, body, m.start(), m.end(), new, prefer=new)


def quotations(text: str, body: str) -> Iterator[tuple[int, int]]:
    """(opening, closing) offsets of the double-quoted passages, paired within a paragraph:
    the marks of the running `text`, told apart by their neighbours in the `body` (`"[een
    link](…)"` closes after the link's hidden target)."""
    breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)] + [len(text)]
    paragraph, opened = 0, -1
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        while breaks[paragraph] < i:  # a new paragraph: an unclosed quotation ends there
            paragraph, opened = paragraph + 1, -1
        before = body[i - 1] if i > 0 else " "
        after = body[i + 1] if i + 1 < len(body) else " "
        opens = before in _OPENS_AFTER and not after.isspace()
        closes = not before.isspace() and after in _CLOSES_BEFORE
        if opened >= 0 and closes:
            yield opened, i
            opened = -1
        elif opens:
            opened = i


def style_quotes(ctx: CheckContext) -> Iterator[Hit]:
    body, text = ctx.article.body, readable(ctx.article.body)
    if _QUOTE_MARK.search(text) is None:
        return
    want = ctx.site.options.quotes if ctx.site is not None else QUOTE_PAIRS[0]
    for start, end in quotations(text, body):
        pair = body[start] + body[end]
        if pair == want or (pair == '""' and want == "“”"):
            continue  # straight marks: Hugo's typographer writes them as “…”
        new = want[0] + body[start + 1 : end] + want[1]
        found, prefer = f"{pair[0]}…{pair[1]}", f"{want[0]}…{want[1]}"
        yield _hit(ctx, body, start, end + 1, new, found=found, prefer=prefer)


def style_spaces(ctx: CheckContext) -> Iterator[Hit]:
    """Two spaces between words; not markup blanked out, not a list marker's indent."""
    body, text = ctx.article.body, readable(ctx.article.body)
    for m in _DOUBLE_SPACE.finditer(text):
        if body[m.start() : m.end()].strip(" ") or not body[m.start() - 1].strip():
            continue  # hidden markup, not spaces the reader sees
        line_start = body.rfind("\n", 0, m.start()) + 1
        line_end = body.find("\n", m.end())
        if _LIST_MARKER.fullmatch(body[line_start : m.start()]) or "|" in body[line_start:line_end]:
            continue
        if not text[m.start() - 1].strip() or not text[m.end()].strip():
            continue
        yield _hit(ctx, body, m.start(), m.end(), " ")


def _same_case(found: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if found[:1].isupper() else replacement
