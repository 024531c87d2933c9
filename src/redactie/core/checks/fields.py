"""Checks on the front matter: required fields, lengths, the cover, the date, draft, tags.

Each function takes a `CheckContext` and yields a `Hit` per problem; the rule table in
`checks.py` gives them ids, severities and messages. Nothing here changes the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from redactie.core.article.schema import DEFAULT_SCHEMA, Schema
from redactie.core.checks.model import CheckContext, Hit
from redactie.core.site.tags import KnownTags, NearDuplicate, near_duplicates

DEFAULT_TITLE_MAX = 70
DEFAULT_SUMMARY_MAX = 160
PEXELS_HOSTS = ("pexels.com",)


def _schema(ctx: CheckContext) -> Schema:
    return ctx.site.schema if ctx.site is not None else DEFAULT_SCHEMA


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def front_matter_problems(ctx: CheckContext) -> Iterator[Hit]:
    for problem in ctx.article.problems:
        args = {"detail": problem.message, "code": problem.code}
        yield Hit(problem.line, None, args, severity=problem.severity)


def missing_front_matter(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.article.format is None and not ctx.article.problems:
        yield Hit(1)


def required_fields(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.article.format is None:
        return
    if ctx.site is not None and not ctx.site.requires_fields(ctx.path):
        return  # a static page (contact.md), not an article
    if ctx.site is not None:
        keys = ctx.site.required_fields
    else:
        keys = tuple(f.key for f in DEFAULT_SCHEMA.fields if f.required)
    for key in keys:
        value = ctx.value(key)
        if _empty(value) or (isinstance(value, str) and not value.strip()):
            yield Hit(ctx.field_line(key) or 1, key, {"field": key})


def _max_length(ctx: CheckContext, key: str, default: int) -> int:
    try:
        return _schema(ctx).field(key).max_length or default
    except KeyError:
        return default


def title_length(ctx: CheckContext) -> Iterator[Hit]:
    title = ctx.text("title")
    limit = _max_length(ctx, "title", DEFAULT_TITLE_MAX)
    if len(title) > limit:
        yield Hit(ctx.field_line("title"), "title", {"length": len(title), "max": limit})


def summary_length(ctx: CheckContext) -> Iterator[Hit]:
    summary = ctx.text("summary")
    limit = _max_length(ctx, "summary", DEFAULT_SUMMARY_MAX)
    if len(summary) > limit:
        yield Hit(ctx.field_line("summary"), "summary", {"length": len(summary), "max": limit})


def cover_image(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.article.format is not None and not ctx.text("cover.image"):
        yield Hit(ctx.field_line("cover.image") or ctx.field_line("cover"), "cover.image")


def cover_alt(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.text("cover.image") and not ctx.text("cover.alt"):
        line = ctx.field_line("cover.alt") or ctx.field_line("cover.image")
        yield Hit(line, "cover.alt")


def cover_alt_is_caption(ctx: CheckContext) -> Iterator[Hit]:
    alt, caption = ctx.text("cover.alt"), ctx.text("cover.caption")
    if alt and " ".join(alt.casefold().split()) == " ".join(caption.casefold().split()):
        yield Hit(ctx.field_line("cover.alt"), "cover.alt")


def is_pexels_url(url: str) -> bool:
    host = (urlsplit(url.strip()).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in PEXELS_HOSTS)


def pexels_caption(ctx: CheckContext) -> Iterator[Hit]:
    if is_pexels_url(ctx.text("cover.image")) and not ctx.text("cover.caption"):
        line = ctx.field_line("cover.caption") or ctx.field_line("cover.image")
        yield Hit(line, "cover.caption")


_CREDIT_WORDS = re.compile(r"(?i)\b(?:foto|photo|beeld|image|via|door|by|pexels|credit)\b")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def credit_missing(ctx: CheckContext) -> Iterator[Hit]:
    """A Pexels cover whose caption does not name the photographer ("Foto: Pexels").

    The photo's source (`cover.source.photographer`, written when it was chosen) says whom;
    without it, the caption must name someone besides Pexels."""
    caption = ctx.text("cover.caption")
    if not is_pexels_url(ctx.text("cover.image")) or not caption:
        return
    who = " ".join(ctx.text("cover.source.photographer").split())
    if who:
        named = who.casefold() in " ".join(caption.split()).casefold()
    else:
        rest = _CREDIT_WORDS.sub(" ", _LINK_TARGET.sub("]", caption))
        named = re.search(r"[^\W\d_]{2,}", rest) is not None
    if not named:
        yield Hit(ctx.field_line("cover.caption"), "cover.caption", {"photographer": who})


def _date(ctx: CheckContext) -> date | datetime | None:
    return ctx.article.get_date("date")


def date_invalid(ctx: CheckContext) -> Iterator[Hit]:
    value = ctx.value("date")
    if not _empty(value) and _date(ctx) is None:
        yield Hit(ctx.field_line("date"), "date", {"value": value})


def date_offset(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.site is not None and ctx.site.hugo.time_zone:
        return  # Hugo reads the wall time in the site's own zone, as the newsroom means it
    value = _date(ctx)
    if isinstance(value, datetime) and value.tzinfo is None:
        zone = ctx.site.hugo_timezone if ctx.site is not None else "UTC"
        yield Hit(ctx.field_line("date"), "date", {"zone": zone})


def hugo_moment(value: date | datetime, hugo_zone: str) -> datetime:
    """The moment Hugo reads from a front-matter date: without an offset, in its time zone."""
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(hugo_zone))
    return value


def date_future(ctx: CheckContext) -> Iterator[Hit]:
    value = _date(ctx)
    if value is None or (ctx.site is not None and ctx.site.hugo.build_future):
        return
    zone = ctx.site.hugo_timezone if ctx.site is not None else "UTC"
    moment = hugo_moment(value, zone)
    if moment > ctx.now:
        show = ctx.site.timezone if ctx.site is not None else "Europe/Amsterdam"
        local = moment.astimezone(ZoneInfo(show)).strftime("%Y-%m-%d %H:%M %Z")
        yield Hit(
            ctx.field_line("date"), "date", {"when": local, "wait": _duration(moment - ctx.now)}
        )


def _duration(delta: timedelta) -> str:
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes / 60
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} d"


def draft(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.value("draft") is True or str(ctx.value("draft")).lower() == "true":
        yield Hit(ctx.field_line("draft"), "draft")


def _tags(ctx: CheckContext) -> list[str]:
    value = ctx.value("tags")
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [str(t).strip() for t in items if str(t).strip()]


def tags_lowercase(ctx: CheckContext) -> Iterator[Hit]:
    for tag in _tags(ctx):
        if tag != tag.lower():
            yield Hit(ctx.field_line("tags"), "tags", {"tag": tag, "lower": tag.lower()})


def _accepted(ctx: CheckContext, tag: str) -> bool:
    site_tags = ctx.site.options.tags if ctx.site is not None else ()
    return tag in ctx.confirmed_tags or tag in site_tags


def _similar(ctx: CheckContext, tag: str) -> list[NearDuplicate]:
    known = ctx.known_tags
    if known is None:
        return []
    if isinstance(known, KnownTags):
        return known.near_duplicates(tag)  # the site's index: no comparison with every tag
    return near_duplicates(tag, known)


def _on_site(ctx: CheckContext, tag: str) -> bool:
    """Whether an article of the site uses the tag: one of the others, or this file as saved
    (`redactie check` of an article in the site; an unsaved tag in the window is still new)."""
    known = ctx.known_tags
    return known is not None and (
        tag in known or (isinstance(known, KnownTags) and known.on_site(tag))
    )


def tags_near_duplicate(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.known_tags is None:
        return
    for tag in _tags(ctx):
        if _accepted(ctx, tag) or (tag != tag.lower() and tag.lower() in ctx.known_tags):
            continue  # only capitals: tags-lowercase says so already
        similar = _similar(ctx, tag)
        if similar:
            best = similar[0]
            yield Hit(
                ctx.field_line("tags"),
                "tags",
                {"tag": tag, "existing": best.existing, "count": best.count},
            )


def tags_unknown(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.known_tags is None:
        return
    for tag in _tags(ctx):
        if _on_site(ctx, tag) or _accepted(ctx, tag):
            continue
        if not _similar(ctx, tag):  # that rule already says it better
            yield Hit(ctx.field_line("tags"), "tags", {"tag": tag}, subject=tag)


def label_unknown(ctx: CheckContext) -> Iterator[Hit]:
    labels = ctx.site.options.labels if ctx.site is not None else ()
    label = ctx.text("label")
    if labels and label and label not in labels:
        yield Hit(ctx.field_line("label"), "label", {"label": label, "labels": ", ".join(labels)})
