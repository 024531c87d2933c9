"""A first inline rule that sends each stop character straight to the rules that can match it.

markdown-it's inline tokenizer tries every rule, in order, at every position where its text
rule stops; with the typographer's stops (`'"-.<>`) that is most sentences' every dot, dash
and quote, and 13 rules are asked before the typographer (the last) answers. This rule looks
at the character first: for the characters in `_BY_CHAR` it asks only the rules that can
start a match there (each rule's first test is on that character), in the chain's order, and
when none matches it does what the tokenizer does then (the character becomes pending text,
or in a silent scan, is skipped). Every other character goes on to the whole chain as before.

Own code, not a markdown-it option: the library has no per-character dispatch. Measured on a
500 KB article of corpus articles (`benchmarks/render.py`'s): `render_full` 0.80 -> 0.75 s of
CPU (7 %); the output byte-identical over the 515 corpus articles
(`tests/core/test_render_fastpaths.py` compares with the chain alone, also on generated text).

The table is only right for the chain it was written for, so it is installed only when the
active rules are exactly `CHAIN`; a test checks that it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

NAME: Final = "redactie_dispatch"
CHAIN: Final = (
    "goldmark_linkify",
    "text",
    "newline",
    "escape",
    "backticks",
    "strikethrough",
    "emphasis",
    "goldmark_footnote_ref",
    "link",
    "image",
    "autolink",
    "html_inline",
    "entity",
    "goldmark_typographer",
)
# The rules whose first test accepts the character. None of these characters starts a
# linkify match (a space, `(` or a letter or digit) or a text run (they are all stops).
_BY_CHAR: Final = {
    "\n": ("newline",),
    "\\": ("escape",),
    "`": ("backticks",),
    "~": ("strikethrough",),
    "_": ("emphasis",),
    "*": ("emphasis",),
    "[": ("goldmark_footnote_ref", "link"),
    "!": ("goldmark_footnote_ref", "image"),
    "<": ("autolink", "html_inline", "goldmark_typographer"),
    "&": ("entity",),
    "'": ("goldmark_typographer",),
    '"': ("goldmark_typographer",),
    "-": ("goldmark_typographer",),
    ".": ("goldmark_typographer",),
    ">": ("goldmark_typographer",),
}

Rule = Callable[[StateInline, bool], bool]


def dispatch_plugin(md: MarkdownIt) -> None:
    """Put the dispatch rule first, if the chain is the one the table was written for."""
    if tuple(md.inline.ruler.get_active_rules()) != CHAIN:
        return
    functions: dict[str, Rule] = {rule.name: rule.fn for rule in md.inline.ruler.__rules__}
    table = {char: tuple(functions[name] for name in names) for char, names in _BY_CHAR.items()}

    def dispatch(state: StateInline, silent: bool) -> bool:
        rules = table.get(state.src[state.pos])
        if rules is None:
            return False  # the whole chain decides
        for rule in rules:
            if rule(state, silent):
                return True
        if not silent:
            state.append_pending(state.src[state.pos])
        state.pos += 1
        return True

    md.inline.ruler.before(CHAIN[0], NAME, dispatch)
