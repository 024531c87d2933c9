"""Rules asked only where they can match: inline stop characters, and paragraph ends.

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

The same at the block level: a paragraph (and the setext heading rule, and the deflist) asks
every rule of markdown-it's "paragraph" chain whether the next line ends it, line by line,
twice per paragraph; each of those rules first tests the line's first character (the table
rule: the next line's). `PARAGRAPH_CHAIN`'s rules are taken out of that chain and one rule
asks only those the first character allows. Measured on the same article: the block phase
0.25 -> 0.16 s of CPU (output byte-identical as above).

The tables are only right for the chains they were written for, so each is installed only
when the active rules are exactly `CHAIN` or `PARAGRAPH_CHAIN`; a test checks that they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
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
BlockRule = Callable[[StateBlock, int, int, bool], bool]

BLOCK_NAME: Final = "redactie_paragraph_end"
PARAGRAPH_CHAIN: Final = (
    "table",
    "fence",
    "blockquote",
    "hr",
    "list",
    "goldmark_footnote_def",
    "html_block",
    "heading",
    "goldmark_deflist_stop",
)
# What each of them wants as the line's first character (the table: the next line's).
_BY_FIRST: Final = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "goldmark_footnote_def": "[",
    "html_block": "<",
    "heading": "#",
    "goldmark_deflist_stop": ":",
}
_TABLE_DELIMITER_FIRST: Final = "|-:"


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


def paragraph_end_plugin(md: MarkdownIt) -> None:
    """Replace the "paragraph" chain by one rule that asks by first character."""
    ruler = md.block.ruler
    chain = tuple(r.name for r in ruler.__rules__ if r.enabled and "paragraph" in r.alt)
    if chain != PARAGRAPH_CHAIN:
        return
    functions: dict[str, BlockRule] = {rule.name: rule.fn for rule in ruler.__rules__}
    by_char: dict[str, tuple[BlockRule, ...]] = {}
    for name in PARAGRAPH_CHAIN[1:]:
        for char in _BY_FIRST[name]:
            by_char[char] = (*by_char.get(char, ()), functions[name])
    table = functions["table"]

    def paragraph_end(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        if not silent:
            return False  # only a terminator: the main chain passes by
        src = state.src
        following = line + 1
        if following < end:
            first = state.bMarks[following] + state.tShift[following]
            if (
                first < state.eMarks[following]
                and src[first] in _TABLE_DELIMITER_FIRST
                and table(state, line, end, True)
            ):
                return True
        first = state.bMarks[line] + state.tShift[line]
        if first >= state.eMarks[line]:
            return False
        return any(rule(state, line, end, True) for rule in by_char.get(src[first], ()))

    for rule in list(ruler.__rules__):
        if rule.name in PARAGRAPH_CHAIN:
            alt = [chain for chain in rule.alt if chain != "paragraph"]
            ruler.at(rule.name, rule.fn, {"alt": alt})
    ruler.before("paragraph", BLOCK_NAME, paragraph_end, {"alt": ["paragraph"]})
