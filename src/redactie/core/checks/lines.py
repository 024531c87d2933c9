"""Line and column of an offset in a text, without counting from the start every time.

`text.count("\\n", 0, offset)` per finding made the checks quadratic: at 500 KB with a few
hundred images or hits it cost 160 ms of the window's checks (benchmarks/checks.py). The
line starts are found once per text (and kept for the last few texts: the rules of one run
read the same body) and each offset is a binary search.
"""

from __future__ import annotations

import bisect
import functools
import re


class LineIndex:
    """Where each line of `text` starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line(self, offset: int) -> int:
        """The 0-based line `offset` is on."""
        return bisect.bisect_right(self.starts, offset) - 1

    def column(self, offset: int) -> int:
        """The 1-based column of `offset` on its line, in characters."""
        return offset - self.starts[self.line(offset)] + 1


@functools.lru_cache(maxsize=4)
def line_index(text: str) -> LineIndex:
    return LineIndex(text)
