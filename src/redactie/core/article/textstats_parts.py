"""`text_stats` of a long text from its parts, so that a pause after a key recounts one part.

`text_stats` of 5 MB takes more than a second. The text is cut at blank lines where nothing
that `readable_text` reads across lines is open: a fenced block (until its closing fence), or
in the prose between fences a shortcode waiting for its `>}}` / `%}}`, or any `<` that may
begin a tag or a comment (those may run over blank lines: such prose stays one part up to the
next fence). Every construct of `readable_text` that is not one of those stays within a line
or stops at a blank line, so each part counts alone what it counts in the whole, and the whole
is the sum. The parts' counts are kept by their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from redactie.core.article.textstats import FENCE_RE, TextStats, reading_minutes, text_stats

_TAG_START_RE: Final = re.compile(r"<[A-Za-z/!]")  # a tag, `<br>`, `</p>` or a comment


class PartCounter:
    """Counts as `text_stats` does, keeping each part's count for the next call."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[int, int]] = {}
        self.recounted = 0  # characters the last call counted anew (for tests and benchmarks)

    def count(self, markdown: str) -> TextStats:
        """The same as `text_stats(markdown)`; parts seen in the previous call are not
        counted again."""
        if "\r" in markdown:  # line ends as typed elsewhere: counted whole, as rare as it is
            self.recounted = len(markdown)
            return text_stats(markdown)
        known: dict[str, tuple[int, int]] = {}
        words = characters = recounted = 0
        for part in parts(markdown):
            found = known.get(part) or self._known.get(part)
            if found is None:
                stats = text_stats(part)
                found = (stats.words, stats.characters)
                recounted += len(part)
            known[part] = found
            words += found[0]
            characters += found[1]
        self._known = known
        self.recounted = recounted
        return TextStats(words, characters, reading_minutes(words))


def parts(markdown: str) -> Iterator[str]:
    """The text cut at the blank lines where `text_stats` is additive (see the module)."""
    group: list[str] = []
    fence: str | None = None  # the open fence's mark
    shortcode: str | None = None  # the end a shortcode in the prose waits for
    tag = False  # a `<` in the prose since the last fence: no cut until the next fence
    for piece in markdown.split("\n\n"):
        group.append(piece)
        if "```" in piece or "~~~" in piece:
            fence, shortcode, tag = _fenced(piece, fence, shortcode, tag)
        elif fence is None:
            shortcode, tag = _prose(piece, shortcode, tag)
        if fence is None and shortcode is None and not tag:
            yield "\n\n".join(group)
            group = []
    if group:
        yield "\n\n".join(group)


def _fenced(
    piece: str, fence: str | None, shortcode: str | None, tag: bool
) -> tuple[str | None, str | None, bool]:
    """The state after a piece with fence lines, found as `textstats._split_fences` finds
    them; an opening fence ends the prose before it and all that was open there."""
    position = 0
    for match in FENCE_RE.finditer(piece):
        mark, info = match.group(1), match.group(2)
        if fence is None:
            if mark[0] == "`" and "`" in info:
                continue  # a backtick fence's info string cannot hold a backtick
            fence, shortcode, tag = mark, None, False
        elif mark[0] == fence[0] and len(mark) >= len(fence) and not info.strip():
            fence = None
            position = match.end()
    if fence is None:
        shortcode, tag = _prose(piece[position:], shortcode, tag)
    return fence, shortcode, tag


def _prose(text: str, shortcode: str | None, tag: bool) -> tuple[str | None, bool]:
    """The state after more prose: a shortcode matched as `textstats._SHORTCODE_RE` matches
    (the leftmost start to its first end), or a `<` that keeps the prose whole."""
    if tag or ("<" in text and _TAG_START_RE.search(text)):
        return None, True
    position = 0
    if shortcode is not None:
        end = text.find(shortcode)
        if end < 0:
            return shortcode, False
        position = end + 3
    while text.find("{{", position) >= 0:
        angle, percent = text.find("{{<", position), text.find("{{%", position)
        if angle < 0 and percent < 0:
            break
        start, close = (angle, ">}}") if percent < 0 or 0 <= angle < percent else (percent, "%}}")
        end = text.find(close, start + 3)
        if end < 0:
            return close, False
        position = end + 3
    return None, False
