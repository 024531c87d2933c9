"""Typed Pexels data and lenient parsing of it.

Parsing keeps every string verbatim (photographer names with double spaces appear in published
captions, SPEC §3.2, §11) and tolerates missing or null optional fields: a photo without `alt`
is still a usable photo. Only a photo without an id is dropped, since it cannot be re-fetched.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)

DEFAULT_CAPTION_TEMPLATE = "Foto: {photographer} via Pexels"


@dataclass(frozen=True)
class Photo:
    """One Pexels photo. `src` maps size names (`original`, `large2x`, `medium`, ...) to URLs."""

    id: int
    width: int = 0
    height: int = 0
    url: str = ""
    photographer: str = ""
    photographer_url: str = ""
    photographer_id: int | None = None
    avg_color: str | None = None
    alt: str = ""
    src: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class SearchPage:
    """One page of search or curated results; `next_page` is a URL, None on the last page."""

    photos: list[Photo]
    total_results: int
    page: int
    per_page: int
    next_page: str | None = None
    prev_page: str | None = None


@dataclass(frozen=True)
class RateLimit:
    """The monthly quota as Pexels last reported it (only 2xx answers carry it, SPEC §4)."""

    limit: int
    remaining: int
    reset_at: datetime

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        """Read `X-Ratelimit-*`; None unless all three are whole numbers (Reset in seconds)."""
        try:
            limit = int(headers["X-Ratelimit-Limit"])
            remaining = int(headers["X-Ratelimit-Remaining"])
            reset = int(headers["X-Ratelimit-Reset"])
            reset_at = datetime.fromtimestamp(reset, tz=UTC)
        except (KeyError, ValueError, OverflowError, OSError):
            return None
        return cls(limit=limit, remaining=remaining, reset_at=reset_at)


RESIZED_SIZES = ("large", "large2x")  # Pexels' sizes that keep the whole photo (no crop)
DEFAULT_COVER_WIDTH = 1440  # PaperMod's 720-pixel column on a 2x screen


def shown_width(photo: Photo, size: str) -> int:
    """How wide the photo at `size` is: `large`/`large2x` fit inside 940x650 (times `dpr`),
    keeping the aspect ratio (SPEC.md, "resized" sizes); `original` is the photo itself."""
    if size == "original" or photo.width <= 0 or photo.height <= 0:
        return photo.width
    query = dict(parse_qsl(urlsplit(photo.src.get(size, "")).query))
    try:
        box_w, box_h = int(query.get("w", 0)), int(query.get("h", 0))
        dpr = int(query.get("dpr", 1))
    except ValueError:
        return 0
    scale = min(box_w / photo.width if box_w else 1.0, box_h / photo.height if box_h else 1.0)
    return round(photo.width * min(scale, 1.0) * dpr)


def cover_size(photo: Photo, needed_width: int = DEFAULT_COVER_WIDTH) -> str:
    """The smallest uncropped size at least `needed_width` wide; the largest resized one when
    none is (a portrait photo); `original` only when Pexels offers no resized size."""
    sized = [(shown_width(photo, s), s) for s in RESIZED_SIZES if photo.src.get(s)]
    wide_enough = sorted(item for item in sized if item[0] >= needed_width)
    if wide_enough:
        return wide_enough[0][1]
    if sized:
        return max(sized)[1]
    return "original"


def caption_for(photo: Photo, template: str = DEFAULT_CAPTION_TEMPLATE) -> str:
    """The credit line for a cover, from a site's template.

    Known placeholders: {photographer}, {photographer_url}, {url} or {photo_url} (the photo's
    page on Pexels), {id}, {alt}. PaperMod renders the caption as Markdown, so a site can link
    the credit as Pexels asks: `Foto: [{photographer}]({photographer_url}) via
    [Pexels]({photo_url})`. Anything else in
    braces stays as written, so a typo in a site's template shows up instead of crashing, and a
    template cannot reach into Python objects the way `str.format` would allow.
    """
    values = {
        "photographer": photo.photographer,
        "photographer_url": photo.photographer_url,
        "url": photo.url,
        "photo_url": photo.url,
        "id": str(photo.id),
        "alt": photo.alt,
    }
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m[1], m[0]), template)


def parse_photo(data: object) -> Photo | None:
    """A `Photo` from one JSON object, or None if it has no integer id."""
    if not isinstance(data, dict):
        return None
    photo_id = _int(data.get("id"))
    if photo_id is None:
        return None
    src = data.get("src")
    avg_color = _str(data.get("avg_color")).strip()
    return Photo(
        id=photo_id,
        width=_int(data.get("width")) or 0,
        height=_int(data.get("height")) or 0,
        url=_str(data.get("url")),
        photographer=_str(data.get("photographer")),
        photographer_url=_str(data.get("photographer_url")),
        photographer_id=_int(data.get("photographer_id")),
        avg_color=avg_color or None,
        alt=_str(data.get("alt")),
        src={k: v for k, v in src.items() if isinstance(v, str)} if isinstance(src, dict) else {},
    )


def parse_page(data: dict[str, object]) -> SearchPage | None:
    """A `SearchPage` from a list answer, or None if it has no `photos` list."""
    items = data.get("photos")
    if not isinstance(items, list):
        return None
    photos = [photo for photo in map(parse_photo, items) if photo is not None]
    if len(photos) < len(items):
        log.warning("Skipped %d Pexels photo(s) without an id", len(items) - len(photos))
    next_page, prev_page = data.get("next_page"), data.get("prev_page")
    return SearchPage(
        photos=photos,
        total_results=_int(data.get("total_results")) or 0,
        page=_int(data.get("page")) or 1,
        per_page=_int(data.get("per_page")) or len(photos),
        next_page=next_page if isinstance(next_page, str) and next_page else None,
        prev_page=prev_page if isinstance(prev_page, str) and prev_page else None,
    )


def _int(value: object) -> int | None:
    if isinstance(value, bool):  # bool is an int subclass; never a valid id or size
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
