"""Task list checkboxes the way Goldmark's extension finds and writes them.

Goldmark takes `[ ]`, `[x]` or `[X]` at the very start of a list item's first paragraph,
even with no space after it or alone on its line; markdown-it's own rule wants a space.
So the checkbox is detected here, before inline parsing, and written by the renderer
right after the paragraph opens (or where it would, in a tight list).
"""

from __future__ import annotations

import re
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_TASK_RE: Final = re.compile(r"\[([\t\n\f\r xX])\][\t\f\r ]*\n?")


def tasklists_plugin(md: MarkdownIt) -> None:
    """The rule runs on block tokens, before inline parsing sees the brackets."""
    md.core.ruler.after("block", "goldmark_tasks", _tasks_rule)


def _tasks_rule(state: StateCore) -> None:
    tokens = state.tokens
    for i in range(2, len(tokens)):
        inline = tokens[i]
        if (
            inline.type != "inline"
            or tokens[i - 1].type != "paragraph_open"
            or tokens[i - 2].type != "list_item_open"
        ):
            continue
        m = _TASK_RE.match(inline.content)
        if m is None:
            continue
        tokens[i - 1].meta["task"] = m.group(1) in "xX"
        inline.content = inline.content[m.end() :]


def checkbox(paragraph_open: Token) -> str:
    """The checkbox HTML for a task item's paragraph, or '' for other paragraphs."""
    checked = paragraph_open.meta.get("task")
    if checked is None:
        return ""
    if checked:
        return '<input checked="" disabled="" type="checkbox"> '
    return '<input disabled="" type="checkbox"> '
