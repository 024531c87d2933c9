"""`cover-size`: a cover file in the site heavier or wider than the page needs.

Only covers that are files here (a page bundle's image, `static/...`, a downloaded Pexels
photo) are weighed: a remote URL costs its own server. The budget is the site's
`[images] max_cover_kb` (default 500) and `max_cover_width` (default 1600 px, PaperMod's
720-pixel column on a 2x screen with room to spare). The width comes from the file's header
(imagesize), without decoding the image.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from redactie.core.checks.model import CheckContext, Hit
from redactie.core.site.options import SiteOptions


def local_cover(ctx: CheckContext) -> Path | None:
    """The cover's file: relative to the article, or under the site's `static/`."""
    value = ctx.text("cover.image")
    parts = urlsplit(value)
    if not value or parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        if ctx.site is None:
            return None
        candidate = ctx.site.root / "static" / path.lstrip("/")
    elif ctx.path is not None:
        candidate = ctx.path.parent / path
    else:
        return None
    return candidate if candidate.is_file() else None


def cover_size(ctx: CheckContext) -> Iterator[Hit]:
    path = local_cover(ctx)
    if path is None:
        return
    options = ctx.site.options if ctx.site is not None else SiteOptions()
    line = ctx.field_line("cover.image")
    kilobytes = path.stat().st_size // 1024
    if kilobytes > options.max_cover_kb:
        yield Hit(
            line, "cover.image", {"kb": kilobytes, "max": options.max_cover_kb}, variant="heavy"
        )
    width = _width(path)
    if width > options.max_cover_width:
        yield Hit(
            line, "cover.image", {"width": width, "max": options.max_cover_width}, variant="wide"
        )


def _width(path: Path) -> int:
    import imagesize  # type: ignore[import-untyped]

    try:
        width, _height = imagesize.get(str(path))
    except (OSError, ValueError):
        return 0
    return int(width) if width and width > 0 else 0
