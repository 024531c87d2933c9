"""Markdown to HTML the way Hugo (Goldmark, default settings) renders an article body.

`render_html(text)` gives the HTML Hugo writes for `.Content`, with only `data-`
attributes added: `data-line` (0-based source line) on every block for scroll sync,
and `data-shortcode*` on the placeholders that stand in for Hugo shortcodes. Fenced
code is written as Hugo writes it with `markup.highlight.codeFences = false`; Chroma
highlighting is left to the preview.

Raw HTML becomes `<!-- raw HTML omitted -->` (HTML comments vanish) unless `unsafe`
is set, as with Hugo's `markup.goldmark.renderer.unsafe`; then it is kept and the
result sanitized, so no script, event handler or `javascript:` URL ever comes out.

For incremental previews, `blocks.render_blocks` gives the same HTML cut into
top-level blocks, with a cache.
"""

from __future__ import annotations

from .pipeline import render_document
from .sanitize import sanitize
from .source import blank_front_matter, normalize_newlines

__all__ = ["prepare_source", "render_html"]


def prepare_source(markdown: str, *, front_matter: bool = True) -> str:
    """The text as rendered: LF line endings, no BOM, front matter blanked out.

    Front matter lines become empty lines, so line numbers stay those of `markdown`.
    """
    text = normalize_newlines(markdown)
    return blank_front_matter(text) if front_matter else text


def render_html(markdown: str, *, unsafe: bool = False, front_matter: bool = True) -> str:
    """The body HTML of a whole document; a leading front matter block is skipped.

    Line numbers in `data-line` count lines of `markdown` as given, from 0. Pass
    `front_matter=False` for a body already cut from its file, so that a body starting
    with `---` lines is not mistaken for front matter.
    """
    document = render_document(prepare_source(markdown, front_matter=front_matter), unsafe=unsafe)
    return sanitize(document.html) if document.raw_html else document.html
