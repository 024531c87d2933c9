"""Fenced code coloured as Hugo colours it: Chroma's HTML, made with Pygments.

Hugo highlights fenced code blocks with Chroma (`markup.highlight`: `codeFences = true`,
`style = "monokai"`, `noClasses = true` by default). Chroma is a Go port of Pygments, with the
same lexers, the same styles and the same token names, so Pygments gives the colours and this
module writes them in Chroma's markup:

    <div class="highlight"><pre tabindex="0" style="…"><code class="language-go"
    data-lang="go"><span style="display:flex;"><span>…tokens…\\n</span></span>…</code></pre></div>

(`noClasses = false`: `class="chroma"`, `<span class="line"><span class="cl">` and token
classes instead of styles). A language neither knows stays plain, as in Hugo, with
`tabindex="0"` and `data-lang`.

Measured (tests/core/test_highlight_hugo.py, Hugo 0.168, monokai, inline styles, Pygments
2.21): of 12 fenced blocks (Go, Python, JavaScript, Bash, JSON, YAML, TOML, HTML, CSS, SQL, an
unknown language, text), 7 are byte-identical to Hugo's once `data-line` is dropped, and 601
of 652 code characters (92.2%) get Hugo's colour. The rest is where the lexers disagree
(Pygments colours Python's `int` and Bash's `echo` and `in`, which Chroma leaves plain; they
differ on YAML's `false` and on TOML's keys and table headers). Pygments 2.17 changed two
monokai colours; they are mapped back to Chroma's. Not done: line numbers (`{linenos=true}`),
`hl_lines` and the other per-block options; such blocks are coloured but without the table
Hugo draws. Fences without a language are left as the renderer
writes them (Hugo adds only `tabindex="0"` there, which shows nothing).

The renderer and its block caches stay exactly Hugo's codeFences=false output, which the
rendering tests compare against; colouring comes after. The render worker colours the blocks it
renders (`Colouring`, remembered by the settings and the block's HTML), and the quick preview's
page gate colours what is still plain (`uncoloured`: blocks rendered on the GUI thread, a few
per keystroke): Pygments took 115-460 ms of the GUI thread per streamed part that held code.
Coloured HTML always has `tabindex` after `<pre`, so it never looks plain again.
"""

from __future__ import annotations

import functools
import html
import re
import sys
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # Pygments itself loads with the first fenced block (about 140 ms)
    from pygments.lexer import Lexer
    from pygments.style import StyleMeta
    from pygments.token import _TokenType

DEFAULT_STYLE: Final = "monokai"  # Hugo's markup.highlight.style
_FENCE_RE: Final = re.compile(
    r'<pre( data-line="\d+")?><code class="language-([^"]*)">(.*?)</code></pre>', re.S
)
_PLAIN_FENCE_RE: Final = re.compile(r'<pre(?: data-line="\d+")?><code class="language-')
# Pygments 2.17 brightened monokai's pink and comments for contrast; Chroma keeps the originals.
_CHROMA_COLOURS: Final = {"monokai": {"ff4689": "f92672", "959077": "75715e"}}
_PRE_TAIL: Final = "-moz-tab-size:4;-o-tab-size:4;tab-size:4;-webkit-text-size-adjust:none;"


@dataclass(frozen=True)
class Highlighting:
    """A site's `[markup.highlight]`: whether fences are coloured, the style, inline or classes."""

    code_fences: bool = True
    style: str = DEFAULT_STYLE
    no_classes: bool = True


def highlight_fences(page_html: str, settings: Highlighting) -> str:
    """Every fenced block with a language in `page_html`, coloured as Hugo would."""
    if not settings.code_fences or '<code class="language-' not in page_html:
        return page_html

    def one(match: re.Match[str]) -> str:
        line = match.group(1) or ""
        language = html.unescape(match.group(2))
        code = html.unescape(match.group(3))
        return highlight_block(code, language, settings, line_attribute=line)

    return _FENCE_RE.sub(one, page_html)


def uncoloured(page_html: str) -> bool:
    """Whether `page_html` may hold a fenced block that `highlight_fences` would colour (a
    regular expression search, no Pygments: what the page gate asks of every piece)."""
    return _PLAIN_FENCE_RE.search(page_html) is not None


class Colouring:
    """Blocks' HTML with fenced code coloured, remembered by the settings and the HTML, so a
    render worker colours a block once however often it renders it (a confirming render of
    a long article every typing pause), and never reuses a block coloured in other settings.
    Bounded by bytes (the strings as `sys.getsizeof` counts them), least recent out."""

    def __init__(self, max_bytes: int = 32 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict[tuple[Highlighting, str], tuple[str, int]] = OrderedDict()

    def shown(self, block_html: str, settings: Highlighting) -> str | None:
        """The block as the page shows it, or None when there is nothing to colour."""
        if not settings.code_fences or not uncoloured(block_html):
            return None
        key = (settings, block_html)
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
            return item[0]
        coloured = highlight_fences(block_html, settings)
        size = sys.getsizeof(block_html) + sys.getsizeof(coloured) + 256
        self._items[key] = (coloured, size)
        self.bytes += size
        while self.bytes > self.max_bytes and self._items:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped
        return coloured


def highlight_block(
    code: str, language: str, settings: Highlighting, *, line_attribute: str = ""
) -> str:
    """One fenced block as Hugo's Chroma writes it (`code` ends with a newline)."""
    lang = _go_escape(language)
    code_open = f'<code class="language-{lang}" data-lang="{lang}">'
    lexer = _lexer(language.lower())
    if lexer is None:
        return f'<pre{line_attribute} tabindex="0">{code_open}{_go_escape(code)}</code></pre>\n'
    style = _style(settings.style)
    out: list[str] = [f'<div class="highlight"{line_attribute}>']
    if settings.no_classes:
        out.append(f'<pre tabindex="0" style="{style.pre}{_PRE_TAIL}">{code_open}')
        line_open, line_close = '<span style="display:flex;"><span>', "</span></span>"
    else:
        out.append(f'<pre tabindex="0" class="chroma">{code_open}')
        line_open, line_close = '<span class="line"><span class="cl">', "</span></span>"
    for line in _lines(lexer, code):
        out.append(line_open)
        for kind, text in line:
            css = style.css(kind)
            escaped = _go_escape(text)
            if not css:
                out.append(escaped)
            elif settings.no_classes:
                out.append(f'<span style="{css}">{escaped}</span>')
            else:
                out.append(f'<span class="{style.css_class(kind)}">{escaped}</span>')
        out.append(line_close)
    out.append("</code></pre></div>")
    return "".join(out)


def _lines(lexer: Lexer, code: str) -> list[list[tuple[_TokenType, str]]]:
    """Tokens split at newlines, each line keeping its newline (Chroma's SplitTokensIntoLines)."""
    lines: list[list[tuple[_TokenType, str]]] = [[]]
    for kind, value in lexer.get_tokens(code):
        parts = value.split("\n")
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            text = part if last else part + "\n"
            if text:
                lines[-1].append((kind, text))
            if not last:
                lines.append([])
    return [line for line in lines if line]


def _go_escape(text: str) -> str:
    """Go's html.EscapeString, which Chroma uses: `&#39;` and `&#34;` for the quotes."""
    return (
        text.replace("&", "&amp;")
        .replace("'", "&#39;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
    )


@functools.lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    if not language:
        return None
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=True)
    except ClassNotFound:
        return None


class _Style:
    """A Pygments style as Chroma's inline CSS: each token's entry minus the background's."""

    def __init__(self, style: StyleMeta, colours: dict[str, str]) -> None:
        self._style = style
        self._colours = colours
        from pygments.token import Token

        base = style.style_for_token(Token)
        self._base = (base.get("color"), style.background_color.lstrip("#") or None)
        self.pre = "".join(
            f"{name}:#{value};"
            for name, value in (("color", self._base[0]), ("background-color", self._base[1]))
            if value
        )

    @functools.lru_cache(maxsize=512)  # noqa: B019 (one instance per style, kept for good)
    def css(self, kind: _TokenType) -> str:
        while not self._style.styles_token(kind) and kind.parent is not None:
            kind = kind.parent  # a lexer's own token type: its nearest standard one
        entry = {
            key: self._colours.get(value, value) if isinstance(value, str) else value
            for key, value in self._style.style_for_token(kind).items()
        }
        parts: list[str] = []
        if entry.get("color") and entry["color"] != self._base[0]:
            parts.append(f"color:#{entry['color']}")
        if entry.get("bgcolor") and entry["bgcolor"] != self._base[1]:
            parts.append(f"background-color:#{entry['bgcolor']}")
        if entry.get("bold"):
            parts.append("font-weight:bold")
        if entry.get("italic"):
            parts.append("font-style:italic")
        if entry.get("underline"):
            parts.append("text-decoration:underline")
        return ";".join(parts)

    @staticmethod
    def css_class(kind: _TokenType) -> str:
        from pygments.token import STANDARD_TYPES

        while kind not in STANDARD_TYPES and kind.parent is not None:
            kind = kind.parent
        return str(STANDARD_TYPES.get(kind, ""))


@functools.lru_cache(maxsize=8)
def _style(name: str) -> _Style:
    name = name.lower()
    from pygments.styles import get_style_by_name
    from pygments.util import ClassNotFound

    try:
        return _Style(get_style_by_name(name), _CHROMA_COLOURS.get(name, {}))
    except ClassNotFound:
        return _Style(get_style_by_name(DEFAULT_STYLE), _CHROMA_COLOURS[DEFAULT_STYLE])
