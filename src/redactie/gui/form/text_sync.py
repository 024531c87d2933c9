"""Moving front-matter text between the article and a Qt text editor without losing bytes.

A `QPlainTextEdit` turns every line end (`\\r\\n`, `\\r`, `\\n`) into a block break, and its
`toPlainText()` even turns no-break spaces into plain spaces. The raw panel therefore reads the
document's raw text, and writes back only the lines the user changed: untouched lines keep their
own line ends, so a CRLF file or a file with mixed line ends stays as it was.
"""

from __future__ import annotations

import difflib
import re

_LINE_END = re.compile(r"(\r\n|\r|\n|\u2029)")
PARAGRAPH_SEPARATOR = "\u2029"


def editor_text(article_text: str) -> str:
    """What an editor shows for `article_text`, as `document_text()` reads it back."""
    return _LINE_END.sub("\n", article_text)


def document_text(raw: str) -> str:
    """A QTextDocument's `toRawText()` with its paragraph separators as `\\n`."""
    return raw.replace(PARAGRAPH_SEPARATOR, "\n")


def _lines(text: str) -> list[tuple[str, str]]:
    parts = _LINE_END.split(text)
    return [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]


def merge_line_ends(old_article_text: str, new_editor_text: str, newline: str) -> str:
    """The article text for an edited editor text: unchanged lines keep their own line ends."""
    old = _lines(old_article_text)
    new = _lines(new_editor_text)
    matcher = difflib.SequenceMatcher(
        a=[(c, bool(e)) for c, e in old], b=[(c, bool(e)) for c, e in new], autojunk=False
    )
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(c + e for c, e in old[i1:i2])
        else:
            out.extend(c + (newline if e else "") for c, e in new[j1:j2])
    return "".join(out)


def changed_span(old: str, new: str) -> tuple[int, int, str]:
    """The smallest `(start, end, replacement)` that turns `old` into `new`."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old, new[start:end_new]
