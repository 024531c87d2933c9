"""Sanitizing for sites that allow raw HTML (`markup.goldmark.renderer.unsafe`).

Hugo passes raw HTML through untouched; the preview must not run it. nh3 (ammonia)
keeps ordinary content markup, everything our renderer writes (classes, ids, `role`,
`style`, task list inputs, embeds' frames) and our `data-` attributes, and removes
scripts, styles sheets, event handlers and URLs with schemes other than web and mail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import nh3

_EXTRA_TAGS: Final = frozenset(
    {
        "audio", "iframe", "input", "main", "picture", "section", "source", "track",
        "video", "figure", "figcaption", "abbr", "cite", "details", "summary",
    }
)  # fmt: skip
_GLOBAL_ATTRIBUTES: Final = frozenset(
    {"id", "class", "style", "title", "lang", "dir", "role", "hidden", "tabindex"}
)
_TAG_ATTRIBUTES: Final = {
    "a": {"href", "hreflang", "name", "target", "rel"},
    "img": {"src", "alt", "width", "height", "loading", "srcset", "sizes", "decoding"},
    "input": {"type", "checked", "disabled"},
    "iframe": {
        "src", "width", "height", "allow", "allowfullscreen", "frameborder",
        "loading", "referrerpolicy", "sandbox",
    },
    "video": {"src", "controls", "width", "height", "poster", "loop", "muted", "playsinline"},
    "audio": {"src", "controls", "loop", "muted"},
    "source": {"src", "srcset", "type", "media", "sizes"},
    "track": {"src", "kind", "srclang", "label", "default"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "th": {"colspan", "rowspan", "scope", "align"},
    "td": {"colspan", "rowspan", "align"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "details": {"open"},
}  # fmt: skip
_URL_SCHEMES: Final = frozenset({"http", "https", "mailto", "tel", "ftp"})


def sanitize(html: str) -> str:
    """The HTML without anything that could run code in the preview."""
    attributes: dict[str, set[str]] = {"*": set(_GLOBAL_ATTRIBUTES)}
    for tag, names in _TAG_ATTRIBUTES.items():
        attributes[tag] = set(names)
    return nh3.clean(
        html,
        tags=set(nh3.ALLOWED_TAGS) | _EXTRA_TAGS,
        clean_content_tags={"script", "style"},
        attributes=attributes,
        generic_attribute_prefixes={"data-", "aria-"},
        url_schemes=set(_URL_SCHEMES),
        link_rel=None,
        strip_comments=False,
    )


def page_gate(unsafe: bool) -> Callable[[str], str]:
    """The one gate every piece of HTML passes on its way into the preview page.

    On a site that allows raw HTML everything is sanitized, whichever path it comes by (first
    screen, patches, footnotes, header); a leak once came through the one path that forgot.
    Elsewhere the renderer cannot emit raw HTML (it writes `<!-- raw HTML omitted -->`), and
    sanitizing would only cost time (about 50 ms a MB) and change Hugo's exact markup.
    """
    return sanitize if unsafe else _unchanged


def _unchanged(html: str) -> str:
    return html
