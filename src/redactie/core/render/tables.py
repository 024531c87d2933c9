"""Tables as Hugo writes them: its built-in table template, not Goldmark's renderer.

Hugo (since 0.134) renders tables through an embedded template that indents with tabs,
writes `style="text-align: left"` (with a space), always writes a `<tbody>`, and gives
no style to the cells it adds to a short row. A core rule marks those added cells; the
renderer mixin writes the layout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from .context import break_after_hidden, data_line

_QUOTE_PREFIX_RE: Final = re.compile(r"^(?:\s{0,3}>\s?)+")


def tables_plugin(md: MarkdownIt) -> None:
    """Mark padding cells before inline parsing (the rows' source is needed)."""
    md.core.ruler.after("block", "hugo_table_padding", _padding_rule)


def count_cells(row: str) -> int:
    """Cells in a table row as Goldmark splits it: on pipes that are not escaped."""
    text = row.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    count = 1
    escaped = False
    for ch in text:
        if ch == "|" and not escaped:
            count += 1
        escaped = ch == "\\" and not escaped
    return count


def _padding_rule(state: StateCore) -> None:
    lines = state.src.split("\n")
    present = 0
    cell = 0
    for token in state.tokens:
        if token.type == "tr_open" and token.map is not None:
            # Rows inside `>` quotes keep their markers in the source line.
            present = count_cells(_QUOTE_PREFIX_RE.sub("", lines[token.map[0]]))
            cell = 0
        elif token.type in ("th_open", "td_open"):
            cell += 1
            if cell > present:
                token.attrs.pop("style", None)


def _cell(tag: str, token: Token) -> str:
    style = token.attrGet("style")
    align = f' style="text-align: {str(style).removeprefix("text-align:")}"' if style else ""
    return f"\t\t\t\t\t<{tag}{align}>"


def _has_body(tokens: Sequence[Token], close_idx: int) -> bool:
    level = tokens[close_idx].level
    for token in reversed(tokens[:close_idx]):
        if token.type == "tbody_open":
            return True
        if token.type == "table_open" and token.level == level:
            return False
    return False


class TableRenderer:
    """Render rules for markdown-it's table tokens, in Hugo's layout."""

    def table_open(self, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType) -> str:
        return break_after_hidden(tokens, idx) + "<table" + data_line(tokens[idx], env) + ">\n"

    def table_close(self, tokens: Sequence[Token], idx: int, _o: OptionsDict, _e: EnvType) -> str:
        body = "" if _has_body(tokens, idx) else "\t<tbody>\n\t</tbody>\n"
        return body + "</table>\n"

    def thead_open(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "\t<thead>\n"

    def thead_close(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "\t</thead>\n"

    def tbody_open(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "\t<tbody>\n"

    def tbody_close(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "\t</tbody>\n"

    def tr_open(self, tokens: Sequence[Token], idx: int, _o: OptionsDict, env: EnvType) -> str:
        return "\t\t\t<tr" + data_line(tokens[idx], env) + ">\n"

    def tr_close(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "\t\t\t</tr>\n"

    def th_open(self, tokens: Sequence[Token], idx: int, _o: OptionsDict, _e: EnvType) -> str:
        return _cell("th", tokens[idx])

    def th_close(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "</th>\n"

    def td_open(self, tokens: Sequence[Token], idx: int, _o: OptionsDict, _e: EnvType) -> str:
        return _cell("td", tokens[idx])

    def td_close(self, _t: Sequence[Token], _i: int, _o: OptionsDict, _e: EnvType) -> str:
        return "</td>\n"
