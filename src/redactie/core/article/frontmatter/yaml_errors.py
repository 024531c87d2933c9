"""The common YAML mistakes in front matter, recognised in PyYAML's errors so the window can
say them in plain words (an unclosed quote, a tab, indentation, a colon in a value, an unclosed
list, text after a quote) and point where a journalist should look.
"""

from __future__ import annotations

import yaml


def plain_syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, int, int]:
    """The common mistakes PyYAML words for programmers, as a code the UI can say plainly.

    Returns (code, 0-based line, column) pointing where a journalist should look: an unclosed
    quote at the quote that opens it (PyYAML points at the end of the text). Anything else
    stays "yaml-syntax" with the parser's own words.
    """
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line, mark.column) if mark else (0, 0)
    context, problem = exc.context or "", exc.problem or ""
    start = exc.context_mark
    if "scanning a quoted scalar" in context and start is not None:
        return "yaml-unclosed-quote", start.line, start.column
    if "'\\t'" in problem:
        return "yaml-tab", line, col
    if "flow sequence" in context and start is not None:
        return "yaml-unclosed-list", start.line, start.column
    lines = text.split("\n")
    before = lines[line][:col] if line < len(lines) else ""
    if problem == "mapping values are not allowed here":
        if ": " in before or before.rstrip().endswith(":"):
            return "yaml-colon-in-value", line, col
        return "yaml-indent", line, len(before) - len(before.lstrip())
    if "expected <block end>" in problem:
        if "'<scalar>'" in problem and before.rstrip().endswith(('"', "'")):
            return "yaml-after-quote", line, col
        if "block mapping start" in problem or "block sequence start" in problem:
            return "yaml-indent", line, len(before) - len(before.lstrip())
    return "yaml-syntax", line, col
