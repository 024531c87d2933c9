"""What choosing a photo does to the article: the cover lines, or an image in the body.

The cover change is one edit on the article session (one undo step brings back all old values
and drops keys that were not there before). Every write goes through `Article.set`, which
rewrites only the changed lines and quotes names verbatim, double spaces and all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from redactie.core.pexels import Photo, caption_for


def cover_values(
    photo: Photo,
    alt: str,
    template: str,
    *,
    image: str,
    relative: bool | None = None,
    source_key: str = "",
    chosen: datetime | None = None,
) -> dict[str, object]:
    """The front-matter values to write, in file order.

    With a `source_key` (default `cover.source`, which Hugo and PaperMod ignore) the photo's
    origin goes along, so a credit can be audited later: its Pexels id, its page, the
    photographer and their page, and when it was chosen."""
    values: dict[str, object] = {
        "cover.image": image,
        "cover.alt": alt,
        "cover.caption": caption_for(photo, template),
    }
    if relative is not None:
        values["cover.relative"] = relative
    if source_key:
        values[f"{source_key}.pexels_id"] = photo.id
        values[f"{source_key}.url"] = photo.url
        values[f"{source_key}.photographer"] = photo.photographer
        values[f"{source_key}.photographer_url"] = photo.photographer_url
        if chosen is not None:
            values[f"{source_key}.chosen"] = chosen.replace(microsecond=0)
    return values


def markdown_image(photo: Photo, alt: str, template: str, *, image: str) -> str:
    """An image paragraph plus its credit line, linking the photographer as Pexels asks."""
    name = _escape_brackets(photo.photographer)
    linked = f"[{name}]({photo.photographer_url})" if photo.photographer_url else name
    credit = caption_for(replace(photo, photographer=linked), template)
    return f"![{_escape_brackets(alt)}]({image})\n*{credit}*\n"


def _escape_brackets(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
