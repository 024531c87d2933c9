"""`unfinished-copy`: placeholders a writer leaves to fill in later, in the body and the text
fields of the front matter.

The default markers were read against the 515 articles of `../shared/corpus` (code blocks and
inline code skipped, as code may say TODO or XXX on purpose). What they found there, and why
the patterns are as strict as they are:

- `TODO`/`FIXME` count only as a note (followed by a colon, or inside an HTML comment): 8 notes
  such as `<!-- TODO bij publicatie: deel 3 linken -->` in 4 articles, all real unfinished
  work; "my TODO list", "one FIXME" and a heading "FIXME" in prose (3) are not flagged.
- Bracketed markers are capitals only and not a link: `[NAAM]`, `[BRON]`, `[LINK]`; the
  corpus's `[bron](https://…)`, `[link][ref]` and the quotation ellipsis `[…]` are text.
- `??` only standing alone (`(??)`, `op ?? mei`): "that's it??" is style, not a gap.
- `TK`, `XXX`, `lorem ipsum` and empty links `[tekst]()`: none in the corpus.

A site replaces the markers with `[style] placeholders = ["TK", "[NAAM]", ...]` in
`redactie.toml`: each is matched as written (case and all), not inside a longer word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from redactie.core.checks.lines import line_index
from redactie.core.checks.model import CheckContext, Hit

_TEXT_FIELDS = ("title", "summary", "description", "cover.alt", "cover.caption")
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)[^`\n].*?\1")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


class Marker(NamedTuple):
    """A placeholder's pattern, run only when one of its needles is in the text (a pattern
    that opens with a lookbehind is tried at every position: 100 ms at 400 KB) and, with a
    `hint`, only when that cheaper pattern (one every match also matches) is found too."""

    needles: tuple[str, ...]
    pattern: re.Pattern[str]
    hint: re.Pattern[str] | None = None

    def may_be_in(self, text: str) -> bool:
        return any(needle in text for needle in self.needles) and (
            self.hint is None or self.hint.search(text) is not None
        )


DEFAULT_MARKERS: tuple[Marker, ...] = (
    Marker(("TK",), re.compile(r"(?<![\w-])TK(?:TK)*(?![\w-])")),
    Marker(("XXX",), re.compile(r"(?<![\w-])X{3,}(?![\w-])")),
    Marker(
        ("[",), re.compile(r"\[(?:NAAM|BRON|LINK|CITAAT|FOTO|QUOTE|NAME|SOURCE|TK)\](?![(\[:])")
    ),
    Marker(("??",), re.compile(r"(?<![\w?])\?{2,}(?![\w?])")),
    Marker(("lorem", "Lorem", "LOREM"), re.compile(r"(?i)\blorem ipsum\b")),
    # nearly every article has `](`: the empty link's own end first (160 of 170 µs a file)
    Marker(("](",), re.compile(r"(?<!!)\[[^\]\n]+\]\(\s*\)"), re.compile(r"\]\(\s*\)")),
    Marker(
        ("TODO", "FIXME"),
        re.compile(r"(?<![\w-])(?:TODO|FIXME)(?=\s*:)"),
        re.compile(r"(?:TODO|FIXME)\s*:"),
    ),
)
_NOTE_IN_COMMENT = re.compile(r"(?<![\w-])(?:TODO|FIXME)(?![\w-])")


def markers_from(words: Sequence[str]) -> tuple[Marker, ...]:
    """A site's own markers: each literal, not inside a longer word."""
    return tuple(
        Marker((w,), re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])")) for w in words if w
    )


def _blank(match: re.Match[str]) -> str:
    """Code replaced by spaces (newlines kept), so positions still count in the file."""
    return re.sub(r"[^\n]", " ", match.group(0))


@functools.lru_cache(maxsize=8)
def _needles(markers: tuple[Marker, ...], notes_in_comments: bool) -> re.Pattern[str]:
    """Every needle of the markers (and of the notes in comments) as one pattern: most texts
    (a title, a summary) hold none, and one search says so at the cost of one needle."""
    words = {needle for marker in markers for needle in marker.needles}
    if notes_in_comments:
        words |= {"TODO", "FIXME"}
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _any_marker(text: str, markers: tuple[Marker, ...], notes_in_comments: bool) -> bool:
    """Is there a marker anywhere, code included (a marker outside code is one inside too)?"""
    if _needles(markers, notes_in_comments).search(text) is None:
        return False  # each marker, and a note in a comment, needs one of these
    for marker in markers:
        if marker.may_be_in(text) and marker.pattern.search(text):
            return True
    return (
        notes_in_comments
        and "<!--" in text
        and ("TODO" in text or "FIXME" in text)  # the search opens with a lookbehind
        and _NOTE_IN_COMMENT.search(text) is not None
    )


def _places(
    text: str, markers: tuple[Marker, ...], notes_in_comments: bool
) -> Iterator[tuple[int, int, str]]:
    """(0-based line, 1-based column, what was found) for every marker in `text`.

    Code is blanked only when the text has a marker at all: most texts have none, and the
    blanking was two thirds of the rule's time (20 of 30 ms at 500 KB)."""
    if not _any_marker(text, markers, notes_in_comments):
        return
    searched = _CODE_SPAN.sub(_blank, _FENCE.sub(_blank, text))
    found: list[tuple[int, str]] = []
    for marker in markers:
        if marker.may_be_in(searched):
            found += [(m.start(), m.group(0)) for m in marker.pattern.finditer(searched)]
    if notes_in_comments and "<!--" in searched:
        for comment in _COMMENT.finditer(searched):
            for m in _NOTE_IN_COMMENT.finditer(comment.group(0)):
                found.append((comment.start() + m.start(), m.group(0)))
    lines = line_index(searched)
    for start, what in sorted(set(found)):
        yield lines.line(start), lines.column(start), what


def unfinished_copy(ctx: CheckContext) -> Iterator[Hit]:
    """Every placeholder, with where it is: body lines in the file, fields by their key."""
    own = ctx.site.options.placeholders if ctx.site is not None else None
    markers = markers_from(own) if own is not None else DEFAULT_MARKERS
    for key in _TEXT_FIELDS:
        for _line, _column, what in _places(ctx.text(key), markers, own is None):
            line = ctx.field_line(key)
            column = _column_in_file(ctx, line, what)
            yield Hit(line, key, {"marker": what}, column=column)
            break  # once per field is enough to send the writer there
    first = ctx.body_first_line
    for line, column, what in _places(ctx.article.body, markers, own is None):
        yield Hit(first + line, None, {"marker": what}, column=column)


def _column_in_file(ctx: CheckContext, line: int | None, what: str) -> int | None:
    """Where a field's marker stands on the key's own file line (1-based); None when the
    value goes on over more lines and the marker is not on the first."""
    if line is None:
        return None
    lines = ctx.article.front_matter_text.splitlines()
    offset = 2 if ctx.article.format in ("yaml", "toml") else 1
    index = line - offset
    found = lines[index].find(what) if 0 <= index < len(lines) else -1
    return found + 1 if found >= 0 else None
