"""HTML from the clipboard (Word, Google Docs, a web page) as Markdown for the article body.

markdownify (MIT) does the conversion; measured against html2text on pasted Word, Google Docs
and web-page HTML (`benchmarks/paste_converters.py`, rendered back with redactie's renderer),
html2text kept slightly more (Google Docs' styled spans), but it is GPL-3.0, which the app's
bundle cannot take. markdownify's own extension point adds what it lacked: Google Docs marks
bold and italic with `font-weight`/`font-style` styles on spans, and wraps the whole paste in
a `<b style="font-weight:normal">` that must not make everything bold. Scripts and styles
never come through.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import markdownify
from markdownify import MarkdownConverter

# markdownify's helper for inline markers (as its own <b> and <em> use); not in its stubs
_inline: Callable[..., Any] = getattr(markdownify, "abstract_inline_conversion")  # noqa: B009

_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_NOT_BOLD = re.compile(r"font-weight\s*:\s*(normal|[1-4]00)", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)


class _PasteConverter(MarkdownConverter):
    _strong = _inline(lambda self: "**")
    _emphasis = _inline(lambda self: "*")

    def convert_span(self, el: Any, text: str, parent_tags: set[str]) -> str:
        style = el.get("style", "") or ""
        if _ITALIC.search(style):
            text = self._emphasis(el, text, parent_tags)
        if _BOLD.search(style) and "h1" not in parent_tags and "h2" not in parent_tags:
            text = self._strong(el, text, parent_tags)
        return text

    def convert_b(self, el: Any, text: str, parent_tags: set[str]) -> str:
        if _NOT_BOLD.search(el.get("style", "") or ""):
            return text  # Google Docs' wrapper around the whole paste
        return str(getattr(MarkdownConverter, "convert_b")(self, el, text, parent_tags))  # noqa: B009


def html_to_markdown(html: str) -> str:
    """Markdown for pasted HTML: ATX headings, `*` lists, `**bold**`, `*italic*`."""
    converter = _PasteConverter(heading_style="ATX", bullets="-", strong_em_symbol="*")
    markdown = str(converter.convert(html))
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
