"""Checks on the article body: balanced shortcodes and images that exist.

Hugo runs shortcodes everywhere in the content (code blocks included; that is why Hugo has the
escaped form `{{</* x */>}}`), so the scan does not skip code. A shortcode name counts as
paired when the article closes it somewhere; such a name must then be opened and closed in
proper nesting. Names never closed (`figure`, `youtube`) are standalone and never reported.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from redactie.core.checks.lines import line_index
from redactie.core.checks.model import CheckContext, Hit

_OPEN = re.compile(r"\{\{([<%])")
_NAME = re.compile(r"\s*(/?)\s*([\w./-]+)")
_IMAGE_MD = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_IMAGE_HTML = re.compile(r"<img\b[^>]*?\ssrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_IMAGE_SHORTCODE = re.compile(r"\{\{[<%]\s*figure\b[^}]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']")
_FENCED = re.compile(r"^ {0,3}(```|~~~).*?(?:\n[^\S\n]*\1[^\n]*|\Z)", re.MULTILINE | re.DOTALL)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_CODE_SPAN = re.compile(r"(`+)(?!`)(?:(?!\n[ \t]*\n)[^`]|`(?!\1))+?(?<!`)\1(?!`)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


PROBLEMS = ("broken", "orphan", "unclosed", "no-content")  # each worded on its own


def _hit(line: int, name: str, problem: str) -> Hit:
    return Hit(line, None, {"name": name}, variant=problem)


@dataclass(frozen=True)
class _Tag:
    line: int  # 0-based line in the body
    kind: str  # "open", "close" or "broken"
    name: str


def _tags(body: str) -> Iterator[_Tag]:
    pos = 0
    while (m := _OPEN.search(body, pos)) is not None:
        delim = m.group(1)
        right = (">" if delim == "<" else "%") + "}}"
        line = body.count("\n", 0, m.start())
        start = m.end()
        if body.startswith("/*", start):  # escaped: {{</* x */>}} is text
            end = body.find("*/" + right, start)
            pos = end + 4 if end >= 0 else start
            continue
        end = body.find(right, start)
        nxt = body.find("{{", start)
        name = _NAME.match(body, start)
        if end < 0 or (0 <= nxt < end) or name is None:
            yield _Tag(line, "broken", name.group(2) if name else "")
            pos = start
            continue
        args = body[name.end() : end].rstrip()
        kind = "close" if name.group(1) else "open"
        if kind == "open" and args.endswith("/"):
            kind = "self"
        yield _Tag(line, kind, name.group(2))
        pos = end + len(right)


def unbalanced_shortcodes(ctx: CheckContext) -> Iterator[Hit]:
    """Open and close tags must pair up, as Hugo requires for shortcodes that take content.

    A name is paired when the site's template uses `.Inner` or the article closes it somewhere;
    a known template without `.Inner` must not be closed.
    """
    tags = list(_tags(ctx.article.body))
    templates = ctx.site.shortcodes if ctx.site is not None else {}
    closed = {t.name for t in tags if t.kind == "close"}
    paired = {name for name in closed if templates.get(name, True)}
    paired |= {name for name, inner in templates.items() if inner}
    stack: list[_Tag] = []
    first = ctx.body_first_line
    for tag in tags:
        where = first + tag.line
        if tag.kind == "broken":
            yield _hit(where, tag.name or "?", "broken")
        elif tag.kind == "open" and tag.name in paired:
            stack.append(tag)
        elif tag.kind == "close" and templates.get(tag.name) is False:
            yield _hit(where, tag.name, "no-content")
        elif tag.kind == "close":
            names = [t.name for t in stack]
            if tag.name not in names:
                yield _hit(where, tag.name, "orphan")
                continue
            while stack and stack[-1].name != tag.name:
                inner = stack.pop()
                yield _hit(first + inner.line, inner.name, "unclosed")
            stack.pop()
    for tag in stack:
        yield _hit(first + tag.line, tag.name, "unclosed")


# -- images -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)  # the image and the link checks ask for the same body
def without_code(body: str) -> str:
    """The body with fenced code blocks, code spans and HTML comments blanked to spaces
    (every offset kept): images and links there are text, or not on the page at all. (On the
    corpus: `<img src="foto.jpg">` in a code span and `<!-- ![](x.jpg) -->` were reported.)"""
    if "`" in body:
        body = _CODE_SPAN.sub(_blank, _fences_blanked(body))
    if "<!--" in body:
        body = _COMMENT.sub(_blank, body)
    return body


def _blank(match: re.Match[str]) -> str:
    text = match.group(0)
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _fences_blanked(body: str) -> str:
    """Fenced code blanked: from a line opening with ``` or ~~~ (up to three spaces before)
    to the first later line that starts with the same fence after any whitespace, or to the
    end; one pattern over the text (a loop over its lines was a tenth of a site check)."""
    if "```" not in body and "~~~" not in body:
        return body  # no fence: most articles
    return _FENCED.sub(_blank, body)


def image_spans(body: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, URL) of every image URL in the body: Markdown, `<img>` and `figure`.

    The offsets point at the URL itself, so an export can rewrite just that text."""
    text = without_code(body)
    for pattern in (_IMAGE_MD, _IMAGE_HTML, _IMAGE_SHORTCODE):
        for m in pattern.finditer(text):
            yield m.start(1), m.end(1), m.group(1)


def image_references(body: str) -> Iterator[tuple[int, str]]:
    """(0-based line, URL) of every image in the body: Markdown, `<img>` and `figure`."""
    lines = line_index(body)
    for start, _end, url in image_spans(body):
        yield lines.line(start), url


def is_relative(url: str) -> bool:
    url = url.strip()
    return bool(url) and not (
        _SCHEME.match(url) or url.startswith(("//", "#", "{{")) or "{{" in url
    )


def _bases(ctx: CheckContext, url: str) -> list[Path]:
    """Folders a relative image may live in: the page's folder (bundle), then static/assets."""
    folders: list[Path] = []
    if ctx.path is not None and not url.startswith("/"):
        folders.append(ctx.path.parent)
    return folders + ctx.site_image_dirs


def image_exists(ctx: CheckContext, url: str) -> bool | None:
    """Whether a relative image exists; None when there is nothing to look in."""
    bases = _bases(ctx, url)
    if not bases:
        return None
    path = unquote(urlsplit(url.strip()).path)
    if ctx.site is not None and path.startswith("/"):
        # a site under a sub-path (baseURL https://host/krant/) serves static/ at /krant/
        prefix = ctx.site.hugo.base_path
        if prefix and path.startswith(prefix + "/"):
            path = path[len(prefix) :]
    relative = path.lstrip("/")
    candidates = [base / relative for base in bases]
    if any(c.is_file() for c in candidates):
        return True
    return bool(ctx.planned) and any(c.resolve() in ctx.planned for c in candidates)


def missing_images(ctx: CheckContext) -> Iterator[Hit]:
    cover = ctx.text("cover.image")
    if cover and is_relative(cover) and image_exists(ctx, cover) is False:
        yield Hit(ctx.field_line("cover.image"), "cover.image", {"url": cover})
    first = ctx.body_first_line
    for line, url in image_references(ctx.article.body):
        if is_relative(url) and image_exists(ctx, url) is False:
            yield Hit(first + line, None, {"url": url})
