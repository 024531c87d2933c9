"""What the render rules share through markdown-it's `env`, and helpers they all use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from markdown_it.token import Token
from markdown_it.utils import EnvType

ENV_UNSAFE: Final = "redactie_unsafe"
"""True when raw HTML is kept (the site sets `markup.goldmark.renderer.unsafe`)."""
ENV_LINE_OF: Final = "redactie_line_of"
"""Callable mapping a parsed line to the `data-line` value to write."""
ENV_RAW_HTML: Final = "redactie_raw_html"
"""Set by the renderer when raw HTML was let through (it then needs sanitizing)."""


def data_line(token: Token, env: EnvType) -> str:
    """` data-line="N"` for a token that knows its source line, else ''."""
    if token.map is None:
        return ""
    line_of: Callable[[int], int] | None = env.get(ENV_LINE_OF)
    line = line_of(token.map[0]) if line_of else token.map[0]
    return f' data-line="{line}"'


def break_after_hidden(tokens: Sequence[Token], idx: int) -> str:
    """The line break markdown-it puts after a tight list item's hidden paragraph."""
    return "\n" if idx and tokens[idx - 1].hidden else ""
