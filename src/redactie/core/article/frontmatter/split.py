"""Finding the front matter in an article's text, keeping every byte around it.

An article is `fence + front matter + fence + body`; the fences keep their exact text (trailing
spaces, `\\r\\n`), so joining the parts gives back the original text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from redactie.core.article.frontmatter.base import Format, Problem

_FENCES: dict[str, Format] = {"---": "yaml", "+++": "toml"}
_FENCE_LINE = re.compile(r"(---|\+\+\+)[ \t]*(\r?\n|$)")


@dataclass
class Parts:
    """An article's text cut into its front matter and its body."""

    format: Format | None
    opening: str  # the opening fence line with its line end ("" for JSON or none)
    front_matter: str  # the text between the fences (for JSON: the object itself)
    closing: str  # the closing fence line with its line end (for JSON: the rest of its line)
    body: str
    problems: list[Problem]

    @property
    def front_matter_line(self) -> int:
        """0-based line of the file where the front matter text starts."""
        return 1 if self.opening else 0

    def join(self) -> str:
        return self.opening + self.front_matter + self.closing + self.body


def split(text: str) -> Parts:
    """Cut `text` (without BOM) into fences, front matter and body."""
    opening = _FENCE_LINE.match(text)
    if opening and opening.group(2):
        return _split_fenced(text, opening.group(0), _FENCES[opening.group(1)])
    if text.startswith("{"):
        return _split_json(text)
    return Parts(None, "", "", "", text, [])


def _split_fenced(text: str, opening: str, fmt: Format) -> Parts:
    fence = "---" if fmt == "yaml" else "+++"
    closing = re.compile(rf"^{re.escape(fence)}[ \t]*(\r?\n|$)", re.MULTILINE)
    found = closing.search(text, len(opening))
    if found is None:
        problem = Problem(
            1, 1, "unclosed-front-matter", f"the front matter opened with {fence} is never closed"
        )
        return Parts(None, "", "", "", text, [problem])
    return Parts(
        fmt,
        opening,
        text[len(opening) : found.start()],
        found.group(0),
        text[found.end() :],
        [],
    )


def _split_json(text: str) -> Parts:
    """JSON front matter is one object at the start; the body starts on the next line."""
    end: int | None
    try:
        _, end = json.JSONDecoder().raw_decode(text)
    except (json.JSONDecodeError, RecursionError):  # too deep: the editor reports it
        end = _closing_brace_line(text)
    if end is None:
        return Parts(None, "", "", "", text, [])
    line_end = text.find("\n", end)
    stop = len(text) if line_end < 0 else line_end + 1
    return Parts("json", "", text[:end], text[end:stop], text[stop:], [])


def _closing_brace_line(text: str) -> int | None:
    """For invalid JSON: the object ends at the first line that is only `}`."""
    found = re.search(r"^\}[ \t]*$", text, re.MULTILINE)
    return found.start() + 1 if found else None
