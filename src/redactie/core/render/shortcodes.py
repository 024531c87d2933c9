"""Hugo shortcodes: found in the source, shown as labelled placeholders in the HTML.

Hugo runs shortcodes before Markdown: each one is swapped for a placeholder token,
Goldmark renders the page, then the token is replaced by the shortcode's output; a
token standing alone in a paragraph takes the paragraph's place. The preview cannot run
a site's templates, so it does the same with a visible placeholder instead of the
output: a `<div>` where the shortcode is a block of its own, a `<span>` inside text.
Only `data-` attributes mark them, for the preview's style sheet.

Paired shortcodes (`{{< note >}}...{{< /note >}}`, also `{{% %}}`) become one
placeholder holding their inner content, rendered as Markdown (as most templates do
with `.Inner`); `highlight` shows its inner text as a code block. Escaped shortcodes
(`{{</* x */>}}`) become the literal text `{{< x >}}`, as in Hugo.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from markdown_it.common.utils import escapeHtml

from .source import LineMap

PLACEHOLDER_RE: Final = re.compile(r"HAHAHUGOSHORTCODE2s(\d+)HBHB")
_LEFT_RE: Final = re.compile(r"\{\{([<%])")
_NAME_RE: Final = re.compile(r"[\w./-]+")
_CODE_SHORTCODES: Final = frozenset({"highlight"})


def placeholder(n: int) -> str:
    """Hugo's placeholder text for the n-th shortcode of a page (letters and digits only)."""
    return f"HAHAHUGOSHORTCODE2s{n}HBHB"


@dataclass(frozen=True)
class Shortcode:
    """One shortcode use: its name, argument text and, when paired, its inner text."""

    name: str
    args: str
    inner: str | None = None  # None: not paired
    inner_line: int = 0  # source line where the inner text starts
    orphan_close: bool = False  # a closing tag without its opening one


@dataclass(frozen=True)
class _Tag:
    start: int
    end: int
    kind: str  # "open", "close", "self", "escaped"
    name: str = ""
    args: str = ""
    literal: str = ""


def _scan_tag(text: str, start: int, delim: str) -> _Tag | None:
    """The tag starting at text[start] ('{{<' or '{{%'), or None if it is not one."""
    right = (">" if delim == "<" else "%") + "}}"
    pos = start + 3
    if text.startswith("/*", pos):
        close = text.find("*/" + right, pos + 2)
        if close < 0:
            return None
        end = close + 2 + len(right)
        literal = "{{" + delim + text[pos + 2 : close] + right
        return _Tag(start, end, "escaped", literal=literal)
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    kind = "open"
    if text.startswith("/", pos):
        kind = "close"
        pos += 1
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    name = _NAME_RE.match(text, pos)
    if name is None:
        return None
    pos = name.end()
    args_start = pos
    while pos < len(text):
        ch = text[pos]
        if text.startswith(right, pos):
            args = text[args_start:pos].strip()
            if kind == "open" and args.endswith("/"):
                kind, args = "self", args[:-1].rstrip()
            return _Tag(start, pos + len(right), kind, name.group(), args)
        if ch in '"`':
            close = _closing_quote(text, pos)
            if close < 0:
                return None
            pos = close + 1
            continue
        if text.startswith("{{", pos):
            return None
        pos += 1
    return None


def _closing_quote(text: str, pos: int) -> int:
    quote = text[pos]
    i = pos + 1
    while i < len(text):
        if text[i] == "\\" and quote == '"':
            i += 2
            continue
        if text[i] == quote:
            return i
        i += 1
    return -1


def _scan(text: str, failed: list[int] | None = None) -> list[_Tag]:
    """The tags in order; `failed` gets where a `{{<` or `{{%` did not scan as a tag."""
    tags: list[_Tag] = []
    pos = 0
    while True:
        m = _LEFT_RE.search(text, pos)
        if m is None:
            return tags
        tag = _scan_tag(text, m.start(), m.group(1))
        if tag is None:
            if failed is not None:
                failed.append(m.start())
            pos = m.start() + 2
            continue
        tags.append(tag)
        pos = tag.end


@dataclass
class Extracted:
    """Source with placeholders, the shortcodes they stand for and the line mapping."""

    text: str
    shortcodes: list[Shortcode]
    lines: LineMap


def extract(text: str, first_line: int = 0) -> Extracted:
    """Replace the top-level shortcodes of text by placeholders (nested ones stay inside)."""
    tags = _scan(text)
    pairs = _pair(tags)
    out: list[str] = []
    shortcodes: list[Shortcode] = []
    lines = LineMap(first_line)
    pos = 0
    parsed_line = 0
    i = 0
    while i < len(tags):
        tag = tags[i]
        out.append(text[pos : tag.start])
        parsed_line += text.count("\n", pos, tag.start)
        if tag.kind == "escaped":
            out.append(tag.literal)
            parsed_line += tag.literal.count("\n")
            pos, i = tag.end, i + 1
            continue
        close = pairs.get(i)
        end = tags[close].end if close is not None else tag.end
        inner = None
        inner_line = 0
        if close is not None:
            inner = text[tag.end : tags[close].start]
            inner_line = first_line + text.count("\n", 0, tag.end)
        shortcodes.append(
            Shortcode(tag.name, tag.args, inner, inner_line, orphan_close=tag.kind == "close")
        )
        out.append(placeholder(len(shortcodes) - 1))
        lines.shift_after(parsed_line, text.count("\n", tag.start, end))
        pos = end
        i = close + 1 if close is not None else i + 1
    out.append(text[pos:])
    return Extracted("".join(out), shortcodes, lines)


def _pair(tags: list[_Tag]) -> dict[int, int]:
    """Index of each opening tag -> index of its closing tag (nesting respected)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, tag in enumerate(tags):
        if tag.kind == "open":
            stack.append(i)
        elif tag.kind == "close":
            for depth in range(len(stack) - 1, -1, -1):
                if tags[stack[depth]].name == tag.name:
                    pairs[stack[depth]] = i
                    del stack[depth:]
                    break
    # Keep only outermost pairs; inner ones are handled when the inner text is rendered.
    outer: dict[int, int] = {}
    end = -1
    for i in sorted(pairs):
        if i > end:
            outer[i] = pairs[i]
            end = pairs[i]
    return outer


InnerRenderer = Callable[[str, int, bool], str]
"""(markdown, first source line, inline) -> HTML, for a paired shortcode's content."""


def render_placeholder(code: Shortcode, block: bool, line_attr: str, inner: InnerRenderer) -> str:
    """The visible stand-in for one shortcode."""
    tag = "div" if block else "span"
    name = ("/" if code.orphan_close else "") + code.name
    html = f'<{tag} data-shortcode="{escapeHtml(code.name)}"{line_attr}>'
    html += f'<span data-shortcode-name="">{escapeHtml(name)}</span>'
    if code.args:
        html += f' <span data-shortcode-args="">{escapeHtml(code.args)}</span>'
    if code.inner is not None:
        html += _inner_html(code, block, inner)
    return html + f"</{tag}>" + ("\n" if block else "")


def _inner_html(code: Shortcode, block: bool, inner: InnerRenderer) -> str:
    if code.name in _CODE_SHORTCODES:
        lang = code.args.split()[0].strip("\"'") if code.args.split() else ""
        cls = f' class="language-{escapeHtml(lang)}"' if lang else ""
        body = escapeHtml(code.inner.strip("\n") + "\n") if code.inner else ""
        return f'\n<pre data-shortcode-inner=""><code{cls}>{body}</code></pre>'
    text = code.inner or ""
    if block:
        return f'\n<div data-shortcode-inner="">\n{inner(text, code.inner_line, False)}</div>'
    return f' <span data-shortcode-inner="">{inner(text, code.inner_line, True)}</span>'


_TAG_RE: Final = re.compile(r"<[^>]*>")


def substitute(html: str, shortcodes: list[Shortcode], inner: InnerRenderer) -> str:
    """Put the placeholders' HTML where Goldmark left their tokens."""
    if not shortcodes:
        return html

    def lookup(n: str) -> Shortcode | None:
        index = int(n)
        return shortcodes[index] if index < len(shortcodes) else None

    def block(m: re.Match[str]) -> str:
        code = lookup(m.group(2))
        if code is None:
            return m.group()
        return render_placeholder(code, True, m.group(1) or "", inner)

    html = re.sub(r"<p( data-line=\"\d+\")?>" + PLACEHOLDER_RE.pattern + r"</p>\n?", block, html)
    # Inside a tag (an href, an alt text) there is no room for a placeholder: drop it.
    html = _TAG_RE.sub(lambda m: PLACEHOLDER_RE.sub("", m.group()), html)

    def inline(m: re.Match[str]) -> str:
        code = lookup(m.group(1))
        return m.group() if code is None else render_placeholder(code, False, "", inner)

    return PLACEHOLDER_RE.sub(inline, html)
