"""The markdown-it parser configured like Hugo's Goldmark defaults.

CommonMark plus tables, strikethrough, Goldmark's linkify, task lists, definition
lists, footnotes and typographer, heading attributes and ids. Raw HTML is always
parsed (to know where it is); the renderer decides whether to omit it.
"""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt

from .attributes import attributes_plugin
from .deflist import deflist_plugin
from .dispatch import dispatch_plugin, paragraph_end_plugin
from .footnotes import footnotes_plugin
from .headings import headings_plugin
from .html import GoldmarkRenderer
from .linkify import linkify_plugin
from .tables import tables_plugin
from .tasklists import tasklists_plugin
from .typographer import typographer_plugin
from .urls import escape_url


class GoldmarkMarkdownIt(MarkdownIt):
    """markdown-it with Goldmark's link handling.

    Goldmark keeps every link (dangerous URLs are blanked when written, see
    `html.is_dangerous_url`), escapes URLs its own way and shows autolink text as typed.
    """

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True

    def normalizeLink(self, url: str) -> str:  # noqa: N802
        return escape_url(url)

    def normalizeLinkText(self, link: str) -> str:  # noqa: N802
        return link


@cache
def goldmark_parser() -> MarkdownIt:
    """The shared parser; parsing keeps its state in per-call objects, so it is reusable."""
    return build_parser()


def build_parser(*, dispatch: bool = True) -> MarkdownIt:
    """A new parser; `dispatch=False` leaves out the rules that only make it faster
    (`dispatch.py`), for the tests that compare the two."""
    md = GoldmarkMarkdownIt(
        "commonmark",
        {"html": True, "xhtmlOut": False, "linkify": False, "typographer": False},
        renderer_cls=GoldmarkRenderer,
    )
    md.enable(["table", "strikethrough"])
    md.options["strikethrough_single_tilde"] = True
    md.use(footnotes_plugin)
    md.use(deflist_plugin)
    md.use(tables_plugin)
    md.use(tasklists_plugin)
    md.use(attributes_plugin)
    md.use(headings_plugin)
    md.use(linkify_plugin)
    md.use(typographer_plugin)
    if dispatch:  # last: they read the finished rule chains
        md.use(dispatch_plugin)
        md.use(paragraph_end_plugin)
    return md
