"""Line and column of an offset in a text, without counting from the start every time.

`text.count("\\n", 0, offset)` per finding made the checks quadratic: at 500 KB with a few
hundred images or hits it cost 160 ms of the window's checks (benchmarks/checks.py). The
line starts are found once per text (and kept for the last few texts: the rules of one run
read the same body) and each offset is a binary search. Most texts are asked about a few
offsets or none (an article without images or markers), so the first few are counted and
the starts found only when more are asked: building them was 5 % of `redactie check`.
"""

from __future__ import annotations

import bisect
import functools
import itertools

_COUNTED = 8  # offsets answered by counting before the line starts are worth finding


class LineIndex:
    """Where each line of `text` starts."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._asked = 0

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            lengths = (len(line) + 1 for line in self._text.split("\n"))
            self._starts = list(itertools.accumulate(lengths, initial=0))[:-1]
        return self._starts

    def line(self, offset: int) -> int:
        """The 0-based line `offset` is on."""
        if self._starts is None and self._asked < _COUNTED:
            self._asked += 1
            return self._text.count("\n", 0, max(offset, 0))
        return bisect.bisect_right(self.starts, offset) - 1

    def column(self, offset: int) -> int:
        """The 1-based column of `offset` on its line, in characters."""
        if self._starts is None and self._asked < _COUNTED:
            self._asked += 1
            return offset - (self._text.rfind("\n", 0, max(offset, 0)) + 1) + 1
        return offset - self.starts[self.line(offset)] + 1


@functools.lru_cache(maxsize=4)
def line_index(text: str) -> LineIndex:
    return LineIndex(text)
