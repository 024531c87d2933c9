"""markdown-it renderer that writes HTML the way Hugo's Goldmark writes it.

Differences from markdown-it's own renderer: `<del>` for strikethrough, Hugo's table
template (see `tables`), Goldmark's footnotes and task list checkboxes, image `alt`
text with typographic entities, `href=""` for dangerous URLs, and raw HTML replaced by
`<!-- raw HTML omitted -->` (HTML comments dropped) unless the site allows raw HTML.
Every block element gets `data-line`, the 0-based source line it starts on, for scroll
sync.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from markdown_it.common.utils import escapeHtml, unescapeAll
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from . import footnotes
from .context import ENV_RAW_HTML, ENV_UNSAFE, break_after_hidden, data_line
from .tables import TableRenderer
from .tasklists import checkbox
from .typographer import TOKEN_TYPE as TYPOGRAPHIC

OMITTED: Final = "<!-- raw HTML omitted -->"
SUMMARY_DIVIDER: Final = "<!--more-->"

_LINE_TAGGED: Final = frozenset(
    {
        "paragraph_open",
        "heading_open",
        "bullet_list_open",
        "ordered_list_open",
        "list_item_open",
        "hr",
        "dl_open",
        "dt_open",
    }
)
_CLOSED_BLOCKS: Final = (
    (
        re.compile(r"<(?:script|pre|style|textarea)(?:\s|>|$)", re.I),
        re.compile(r"</(?:script|pre|style|textarea)>", re.I),
    ),
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
)
_FIRST_TAG_RE: Final = re.compile(r"^\s*<[A-Za-z][A-Za-z0-9-]*(?=[\s/>])")
_SAFE_DATA_IMAGES: Final = ("png", "gif", "jpeg", "webp")


def is_dangerous_url(url: str) -> bool:
    """Goldmark's `IsDangerousURL`: script-capable schemes; only plain data images pass."""
    lower = url.lower()
    if lower.startswith("data:image/"):
        return not lower[len("data:image/") :].startswith(_SAFE_DATA_IMAGES)
    return lower.startswith(("javascript:", "vbscript:", "file:", "data:"))


def has_closure_line(block: str) -> bool:
    """True for an HTML block of CommonMark types 1-5 whose end is not on its first line."""
    first = block.split("\n", 1)[0]
    for start, end in _CLOSED_BLOCKS:
        if start.match(block.lstrip(" ")):
            return end.search(first) is None
    return False


class GoldmarkRenderer(TableRenderer, RendererHTML):
    """Token renderers named after markdown-it token types (see RendererHTML)."""

    def renderToken(  # noqa: N802 (markdown-it's name)
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        """Default rendering plus `data-line` on block openers and task checkboxes."""
        token = tokens[idx]
        html = super().renderToken(tokens, idx, options, env)
        if token.type in _LINE_TAGGED and not token.hidden and token.map is not None:
            end = html.index(">")  # attribute values are escaped, so this ends the tag
            html = html[:end] + data_line(token, env) + html[end:]
        return html + checkbox(token)

    # Inline elements -------------------------------------------------------------

    def s_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "<del>"

    def s_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "</del>"

    def link_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        token = tokens[idx]
        href = str(token.attrGet("href") or "")
        html = '<a href="' + ("" if is_dangerous_url(href) else escapeHtml(href)) + '"'
        title = token.attrGet("title")
        if title is not None:
            html += ' title="' + escapeHtml(str(title)) + '"'
        return html + ">"

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        src = str(token.attrGet("src") or "")
        html = '<img src="' + ("" if is_dangerous_url(src) else escapeHtml(src)) + '"'
        html += ' alt="' + _alt_text(token.children or []) + '"'
        title = token.attrGet("title")
        if title is not None:
            html += ' title="' + escapeHtml(str(title)) + '"'
        return html + ">"

    def html_inline(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        content = tokens[idx].content
        if env.get(ENV_UNSAFE):
            env[ENV_RAW_HTML] = True
            return content
        return "" if content.startswith("<!--") else OMITTED

    def html_block(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        token = tokens[idx]
        content = token.content
        if content.strip() == SUMMARY_DIVIDER:
            return ""  # Hugo's summary divider: gone from the page, even where raw HTML is kept
        if env.get(ENV_UNSAFE):
            env[ENV_RAW_HTML] = True
            # Scroll sync: the block's first element gets its line like any block.
            content = _FIRST_TAG_RE.sub(lambda m: m.group() + data_line(token, env), content, 1)
            return break_after_hidden(tokens, idx) + content
        if content.startswith("<!--") and not token.meta.get("indented"):
            return ""
        # Goldmark writes a second marker for the closing line of a multi-line
        # <script>/<pre>/<style>/<textarea>, comment, <?...?>, <!X...> or CDATA block.
        closure = OMITTED + "\n" if has_closure_line(content) else ""
        return break_after_hidden(tokens, idx) + OMITTED + "\n" + closure

    def typographic(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return tokens[idx].content

    def footnote_ref(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return footnotes.render_ref(tokens, idx)

    def footnote_backref(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return footnotes.render_backref(tokens, idx)

    # Blocks ----------------------------------------------------------------------

    def blockquote_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        # Goldmark breaks the line even when the quote is empty.
        return break_after_hidden(tokens, idx) + "<blockquote" + data_line(tokens[idx], env) + ">\n"

    def fence(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        info = unescapeAll(token.info).strip() if token.info else ""
        lang = info.split(" ", 1)[0] if info else ""
        code = '<code class="language-' + escapeHtml(lang) + '">' if lang else "<code>"
        pre = f"{break_after_hidden(tokens, idx)}<pre{data_line(token, env)}>"
        return f"{pre}{code}{_code_text(token.content)}</code></pre>\n"

    def code_block(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        token = tokens[idx]
        pre = f"{break_after_hidden(tokens, idx)}<pre{data_line(token, env)}>"
        return f"{pre}<code>{_code_text(token.content)}</code></pre>\n"

    def dd_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # Goldmark starts a tight description's content on the `<dd>` line.
        token = tokens[idx]
        return "<dd" + data_line(token, env) + (">" if token.meta.get("tight") else ">\n")

    def footnote_block_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return footnotes.BLOCK_OPEN

    def footnote_block_close(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return footnotes.BLOCK_CLOSE

    def footnote_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        token = tokens[idx]
        return f'<li id="fn:{token.meta["index"]}"{data_line(token, env)}>\n'

    def footnote_close(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        return "</li>\n"


def _code_text(content: str) -> str:
    """Escaped code; Goldmark ends every code line with a newline, the last one too."""
    if content and not content.endswith("\n"):
        content += "\n"
    return escapeHtml(content)


def _alt_text(children: Sequence[Token]) -> str:
    """Goldmark's alt text: the plain text of the description, entities kept."""
    out: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "text_special", "code_inline"):
            out.append(escapeHtml(child.content))
        elif kind == TYPOGRAPHIC:
            out.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "image":
            out.append(_alt_text(child.children or []))
    return "".join(out)
