"""Definition lists the way Goldmark's extension reads them.

Not mdit-py-plugins' deflist (a port of pandoc's rules): in Goldmark only `:` starts a
description, at the left edge, followed by a space; every line of the paragraph before
it is a term of its own, even across a blank line; a description is tight (its first
paragraph written without `<p>`) unless a blank line comes right before its `:`; and a
new group of terms after a list continues that same `<dl>`.

Measured (`benchmarks/libraries.py`, Hugo 0.168): the corpus's one definition list comes out
of mdit-py-plugins' deflist the same (once `<dd>` tightness is read from its hidden
paragraphs), but 7 of 14 plausible lists do not: `~` and an indented `:` start a
description, a term has one line, a blank line before `:` keeps the `<dd>` tight, and a
second paragraph in one `<dd>` makes every `<dd>` of the list loose.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

_DEPTH = "goldmark_deflist_depth"


def deflist_plugin(md: MarkdownIt) -> None:
    """The rule starts at the first line of what would be the term paragraph."""
    md.block.ruler.before("paragraph", "goldmark_deflist", _deflist)
    md.block.ruler.before(
        "paragraph", "goldmark_deflist_stop", _ends_description, {"alt": ["paragraph"]}
    )


def _ends_description(state: StateBlock, line: int, end_line: int, silent: bool) -> bool:
    """A `:` line left of a description's content ends its paragraph (starts the next)."""
    if not silent or not state.env.get(_DEPTH) or state.sCount[line] >= state.blkIndent:
        return False
    start = state.bMarks[line] + state.tShift[line]
    return state.src.startswith(":", start) and state.src[start + 1 : start + 2] in (" ", "\t")


def _marker_offset(state: StateBlock, line: int) -> int:
    """Content indent after `:` (Goldmark's Offset) if the line starts a description."""
    if line >= state.lineMax or state.sCount[line] != state.blkIndent:
        return -1
    start = state.bMarks[line] + state.tShift[line]
    end = state.eMarks[line]
    if start >= end or state.src[start] != ":":
        return -1
    width = 0
    pos = start + 1
    column = state.sCount[line] + 1
    while pos < end and state.src[pos] in " \t":
        width += 4 - (column + width) % 4 if state.src[pos] == "\t" else 1
        pos += 1
    if width < 1 or pos >= end:
        return -1
    return 1 + (5 if width >= 8 else width)


def _paragraph_end(state: StateBlock, start: int, end: int) -> int:
    """Where markdown-it's paragraph rule would stop, or stop at a description line."""
    terminators = state.md.block.ruler.getRules("paragraph")
    line = start + 1
    while line < end and not state.isEmpty(line):
        if _marker_offset(state, line) >= 0:
            break
        if state.sCount[line] - state.blkIndent <= 3 and state.sCount[line] >= 0:
            old_parent = state.parentType
            state.parentType = "paragraph"
            stop = any(rule(state, line, end, True) for rule in terminators)
            state.parentType = old_parent
            if stop:
                break
        line += 1
    return line


def _starts_paragraph(state: StateBlock, line: int, end: int) -> bool:
    """Whether a new paragraph (a possible term) would start at line."""
    if state.sCount[line] != state.blkIndent or _marker_offset(state, line) >= 0:
        return False
    return not any(
        rule(state, line, end, True) for rule in state.md.block.ruler.getRules("paragraph")
    )


def _skip_blank(state: StateBlock, line: int, end: int) -> int:
    while line < end and state.isEmpty(line):
        line += 1
    return line


def _next_description(state: StateBlock, line: int, end: int) -> int:
    """The line of the next `:` after line (blank lines allowed between), or -1."""
    target = _skip_blank(state, line, end)
    return target if target < end and _marker_offset(state, target) >= 0 else -1


def _may_follow(state: StateBlock, start: int, end: int) -> bool:
    """Whether a line that starts with `:` comes before the paragraph from `start` could end
    and the blank lines after it: a cheap test on each line's first character, where
    `_paragraph_end` asks every terminating rule about each line (a fifth of the block phase)."""
    src, b_marks, t_shift, e_marks = state.src, state.bMarks, state.tShift, state.eMarks
    line = start + 1
    blank = False
    while line < end:
        first = b_marks[line] + t_shift[line]
        if first >= e_marks[line]:
            blank = True
        elif src[first] == ":":
            return True
        elif blank:
            return False
        line += 1
    return False


def _deflist(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    # No `:` check here: with no paragraph before it, a `:` line is just a term.
    if state.is_code_block(start_line) or not _may_follow(state, start_line, end_line):
        return False
    terms_end = _paragraph_end(state, start_line, end_line)
    if _next_description(state, terms_end, end_line) < 0:
        return False
    if silent:
        return True

    dl = state.push("dl_open", "dl", 1)
    dl.map = [start_line, 0]
    line = start_line
    while True:
        line = _terms(state, line, terms_end)
        while True:
            marker_line = _next_description(state, line, end_line)
            if marker_line < 0:
                break
            tight = not state.isEmpty(marker_line - 1)
            line = _description(state, marker_line, end_line, tight=tight)
        group = _skip_blank(state, line, end_line)
        if group >= end_line or not _starts_paragraph(state, group, end_line):
            break
        terms_end = _paragraph_end(state, group, end_line)
        if _next_description(state, terms_end, end_line) < 0:
            break
        line = group
    state.push("dl_close", "dl", -1)
    dl.map[1] = line
    state.line = line
    return True


def _terms(state: StateBlock, start: int, end: int) -> int:
    for line in range(start, end):
        dt = state.push("dt_open", "dt", 1)
        dt.map = [line, line + 1]
        inline = state.push("inline", "", 0)
        inline.content = state.getLines(line, line + 1, state.blkIndent, False).strip()
        inline.map = [line, line + 1]
        inline.children = []
        state.push("dt_close", "dt", -1)
    return end


def _description(state: StateBlock, line: int, end_line: int, *, tight: bool) -> int:
    offset = _marker_offset(state, line)
    dd = state.push("dd_open", "dd", 1)
    dd.map = [line, 0]
    dd.meta["tight"] = tight
    first_token = len(state.tokens)

    old = (state.tShift[line], state.sCount[line], state.blkIndent, state.tight)
    old_parent, old_list_indent = state.parentType, state.listIndent
    content_start = state.bMarks[line] + state.tShift[line] + 1
    while content_start < state.eMarks[line] and state.src[content_start] in " \t":
        content_start += 1
    state.blkIndent = old[2] + offset
    state.tShift[line] = content_start - state.bMarks[line]
    state.sCount[line] = old[2] + 1 + (content_start - state.bMarks[line] - old[0] - 1)
    state.parentType = "deflist"
    state.env[_DEPTH] = state.env.get(_DEPTH, 0) + 1
    state.md.block.tokenize(state, line, end_line)
    state.env[_DEPTH] -= 1
    state.tShift[line], state.sCount[line], state.blkIndent, state.tight = old
    state.parentType, state.listIndent = old_parent, old_list_indent

    if tight:
        _hide_first_paragraph(state.tokens, first_token)
    state.push("dd_close", "dd", -1)
    dd.map[1] = state.line
    return state.line


def _hide_first_paragraph(tokens: list[Token], first: int) -> None:
    if first + 2 < len(tokens) and tokens[first].type == "paragraph_open":
        tokens[first].hidden = True
        close = first + 2
        if tokens[close].type == "paragraph_close":
            tokens[close].hidden = True
