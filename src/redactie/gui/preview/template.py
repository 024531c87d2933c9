"""The preview page's HTML: PaperMod's single page header, cover and summary, and the shell.

The header follows PaperMod's `single.html`: the title (with a draft mark), the date as a
Dutch reader sees it ("25 februari 2026"), the reading time, then this site's label and the
tags; the cover image with its alt text on the `img` and its caption rendered as Markdown
(PaperMod runs the caption through `markdownify`); the summary as a lead before the body.
No Qt here: the pane fills it in and serves it.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from redactie.core.article import Article
from redactie.core.render.pipeline import render_inline
from redactie.core.render.sanitize import sanitize

MONTHS: Final = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
RESOURCES: Final = "/~redactie/"
PAGE_PATH: Final = "/~article/index.html"
HEADER_PART: Final = "redactie-post-header"
COVER_PART: Final = "redactie-cover"
SUMMARY_PART: Final = "redactie-summary"
CSP: Final = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' http: https: data:; font-src 'self'; media-src 'none'; "
    "object-src 'none'; frame-src 'none'; connect-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)


def dutch_date(value: date | datetime) -> str:
    """`25 februari 2026`: Hugo's `2 January 2006` layout in Dutch."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _markdown(text: str, unsafe: bool) -> str:
    """Inline Markdown, as Hugo's `markdownify` gives for one paragraph."""
    rendered, raw = render_inline(text, unsafe=unsafe)
    return sanitize(rendered) if raw else rendered


@dataclass(frozen=True)
class Header:
    """The three parts of the page above the body, as HTML."""

    header: str
    cover: str
    summary: str

    def parts(self) -> dict[str, str]:
        return {HEADER_PART: self.header, COVER_PART: self.cover, SUMMARY_PART: self.summary}


def render_header(article: Article, reading_minutes: int | None, *, unsafe: bool = False) -> Header:
    """The header, cover and summary of `article` as PaperMod shows them."""
    data = article.data if isinstance(article.data, Mapping) else {}
    title = _text(data.get("title"))
    meta: list[str] = []
    moment = article.get_date()
    if moment is not None:
        stamp = html.escape(moment.isoformat())
        meta.append(f'<span title="{stamp}">{dutch_date(moment)}</span>')
    if reading_minutes is not None:
        meta.append(f"<span>{reading_minutes} min</span>")
    parts = ['<header class="post-header">']
    label = _text(data.get("label"))
    if label:
        parts.append(f'<div class="post-label">{html.escape(label)}</div>')
    draft = data.get("draft") is True
    hint = '<span class="entry-hint draft" title="Concept">concept</span>' if draft else ""
    parts.append(f'<h1 class="post-title entry-hint-parent">{html.escape(title)}{hint}</h1>')
    if meta:
        parts.append('<div class="post-meta">' + "&nbsp;·&nbsp;".join(meta) + "</div>")
    tags = _tags(data.get("tags"))
    if tags:
        items = "".join(f"<li><a>{html.escape(tag)}</a></li>" for tag in tags)
        parts.append(f'<ul class="post-tags">{items}</ul>')
    parts.append("</header>")
    return Header("".join(parts), _cover(data.get("cover"), unsafe), _summary(data, unsafe))


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Iterable):
        return [str(tag).strip() for tag in value if str(tag).strip()]
    return []


def _cover(cover: Any, unsafe: bool) -> str:
    if not isinstance(cover, Mapping) or cover.get("hidden") is True:
        return ""
    image = _text(cover.get("image"))
    if not image:
        return ""
    alt = html.escape(_text(cover.get("alt")) or _text(cover.get("caption")))
    src = html.escape(image)
    figure = f'<figure class="entry-cover"><img loading="eager" src="{src}" alt="{alt}">'
    caption = _text(cover.get("caption"))
    if caption:
        figure += f"<figcaption>{_markdown(caption, unsafe)}</figcaption>"
    return figure + "</figure>"


def _summary(data: Mapping[str, Any], unsafe: bool) -> str:
    summary = _text(data.get("summary"))
    return f'<p class="post-summary">{_markdown(summary, unsafe)}</p>' if summary else ""


def new_nonce() -> str:
    """A token for the block markers of one page load (they cannot come from an article)."""
    return secrets.token_hex(8)


def block_marker(nonce: str, block_id: int) -> str:
    return f"<!--redactie-block:{nonce}:{block_id}-->"


def notes_marker(nonce: str) -> str:
    return f"<!--redactie-notes:{nonce}-->"


def page_html(
    header: Header,
    body: str,
    *,
    nonce: str,
    dark: bool,
    title: str = "",
) -> str:
    """The whole page; `body` holds the blocks behind their markers (see `block_marker`)."""
    scheme = "dark" if dark else "light"
    parts = header.parts()
    return (
        f'<!DOCTYPE html>\n<html lang="nl" class="{scheme}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="redactie-nonce" content="{nonce}">\n'
        f"<title>{html.escape(title)}</title>\n"
        # A fresh URL per page: a site's own stylesheet may have replaced the bundled one.
        f'<link rel="stylesheet" href="{RESOURCES}theme.css?{nonce}">\n'
        f'<link rel="stylesheet" href="{RESOURCES}preview.css">\n'
        f'<script src="{RESOURCES}qwebchannel.js" defer></script>\n'
        f'<script src="{RESOURCES}preview.js" defer></script>\n'
        "</head>\n"
        f'<body class="{scheme}">\n<main class="main">\n<article class="post-single">\n'
        '<div id="redactie-header">'
        + "".join(f'<div id="{part}">{markup}</div>' for part, markup in parts.items())
        + "</div>\n"
        f'<div class="post-content" id="redactie-content">{body}</div>\n'
        "</article>\n</main>\n</body>\n</html>\n"
    )
