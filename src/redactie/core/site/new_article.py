"""The text of a new article: from `redactie.toml`, Hugo's archetypes, or the schema's defaults.

A site that has an archetype (`archetypes/<section>.md`, `archetypes/default.md`, or the
theme's) expects new pages to start from it, as `hugo new` would. Archetypes are Go templates;
the few expressions they use for the front matter (`.Date`, the title from the file name,
`.Site.Title`) are filled in, anything else is left empty. The title is always written through
the lossless editor afterwards, so quotes in it cannot break the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from redactie.core.article import Article
from redactie.core.article.dates import new_date_text
from redactie.core.article.schema import Schema

_EXPRESSION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_TITLE_PARTS = (".Title", "ContentBaseName", "BaseFileName", "TranslationBaseName", ".Name")
_PLACEHOLDER = "redactie-new-title"


def from_table(table: Mapping[str, Any], *, title: str, now: datetime, tz: str) -> Article:
    """A new article whose front matter is `table` (from `redactie.toml`), title and date set."""
    article = Article.new(default_tz=tz)
    values: dict[str, Any] = {"title": title, "date": _moment(now, tz)}
    values.update({k: v for k, v in table.items() if k not in values})
    for key, value in values.items():
        _set_nested(article, (key,), value)
    return article


def from_schema(schema: Schema, *, title: str, now: datetime, tz: str) -> Article:
    """A new article holding every schema field with its empty value, in schema order."""
    defaults = schema.defaults(now, tz=tz)
    defaults["title"] = title
    if "date" in defaults:
        defaults["date"] = _moment(now, tz)
    article = Article.new(default_tz=tz)
    for key, value in defaults.items():
        _set_nested(article, (key,), value)
    return article


def from_archetype(
    template: str, *, title: str, now: datetime, tz: str, site_title: str = ""
) -> Article:
    """A new article from an archetype's text, its template expressions filled in."""

    def fill(match: re.Match[str]) -> str:
        expression = match.group(1)
        if ".Date" in expression or "now" in expression.split():
            return new_date_text(now, tz=tz)
        if any(part in expression for part in _TITLE_PARTS):
            return _PLACEHOLDER
        if ".Site.Title" in expression:
            return site_title
        return ""

    article = Article.from_bytes(_EXPRESSION.sub(fill, template).encode("utf-8"), default_tz=tz)
    if not article.problems and article.format is not None:
        article.set("title", title)
    article.body = article.body.replace(_PLACEHOLDER, title)
    return article


def _moment(now: datetime, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    moment = now if now.tzinfo is not None else now.replace(tzinfo=zone)
    return moment.astimezone(zone).replace(microsecond=0)


def _set_nested(article: Article, path: tuple[str, ...], value: Any) -> None:
    if isinstance(value, Mapping) and value:
        for key, inner in value.items():
            _set_nested(article, (*path, str(key)), inner)
    else:
        article.set(list(path), value)


def archetype_paths(folders: list[Path], section: str | None) -> list[Path]:
    """Where Hugo looks for an archetype (the site's folder, then the themes'), section first."""
    names = ([f"{section}.md"] if section else []) + ["default.md"]
    return [folder / name for name in names for folder in folders]
