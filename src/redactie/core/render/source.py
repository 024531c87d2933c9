"""Preparing the Markdown source: line endings, front matter, line bookkeeping.

Front matter is replaced by empty lines rather than cut, so that every line number
markdown-it reports is still a line number of the text the caller passed in.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Final

_YAML_OPEN: Final = re.compile(r"---[ \t]*\n")
_YAML_CLOSE: Final = re.compile(r"^---[ \t]*$", re.MULTILINE)
_TOML_OPEN: Final = re.compile(r"\+\+\+[ \t]*\n")
_TOML_CLOSE: Final = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)


def normalize_newlines(text: str) -> str:
    """LF line endings and no byte order mark, as Hugo reads a content file."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def front_matter_end(text: str) -> int:
    """Length of a leading YAML, TOML or JSON front matter block (0 if there is none)."""
    for opener, closer in ((_YAML_OPEN, _YAML_CLOSE), (_TOML_OPEN, _TOML_CLOSE)):
        opened = opener.match(text)
        if opened:
            close = closer.search(text, opened.end())
            return close.end() if close else 0
    if text.startswith("{"):
        return _json_end(text)
    return 0


def _json_end(text: str) -> int:
    """End of a leading JSON object; 0 unless it parses (`{{< x >}}` is no front matter)."""
    end = _brace_end(text)
    if not end:
        return 0
    try:
        json.loads(text[:end])
    except ValueError:
        return 0
    return end


def _brace_end(text: str) -> int:
    depth = 0
    in_string = False
    escaped = False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return 0


def blank_front_matter(text: str) -> str:
    """The text with its front matter (if any) replaced by as many empty lines."""
    end = front_matter_end(text)
    if not end:
        return text
    return "\n" * text.count("\n", 0, end) + text[end:]


class LineMap:
    """Maps a line of the text markdown-it parsed back to a line of the caller's text.

    Shortcodes spanning several lines are replaced by a one-line placeholder, so the
    lines after one are shifted; each shift is recorded here.
    """

    def __init__(self, first_line: int = 0) -> None:
        self.first_line = first_line
        self._starts: list[int] = []
        self._shifts: list[int] = []

    def shift_after(self, parsed_line: int, removed_lines: int) -> None:
        """Lines after parsed_line come removed_lines later in the source."""
        if removed_lines <= 0:
            return
        total = (self._shifts[-1] if self._shifts else 0) + removed_lines
        self._starts.append(parsed_line + 1)
        self._shifts.append(total)

    def __call__(self, parsed_line: int) -> int:
        i = bisect_right(self._starts, parsed_line)
        return self.first_line + parsed_line + (self._shifts[i - 1] if i else 0)
