"""Slugs and file names for exported articles, made for Dutch headlines.

python-slugify does the transliteration (é -> e, ĳ -> ij, ß -> ss, emoji dropped); before that,
Dutch conventions are applied that a generic slugifier gets wrong: an apostrophe joins a word
instead of splitting it (`auto's` -> `autos`, `zo'n` -> `zon`), `&` reads `en`, `%` reads
`procent` and a decimal comma stays between its digits (`3,5` -> `3-5`, not `35`). Long titles
are cut at a word boundary, keeping the words in their order.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import PurePosixPath

from slugify import slugify

DEFAULT_MAX_LENGTH = 60
FALLBACK_SLUG = "artikel"

_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_REPLACEMENTS = (
    ("&", " en "),
    ("%", " procent "),
)


def slug_for(title: str, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """The URL slug of a title: lowercase ASCII words joined by `-`, at most `max_length`."""
    text = _APOSTROPHES.sub("", title)
    text = _DECIMAL_COMMA.sub("-", text)
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    slug = slugify(text, lowercase=True)
    return truncate(slug, max_length) or FALLBACK_SLUG


def truncate(slug: str, max_length: int) -> str:
    """Cut at the last `-` that fits; a first word longer than the limit is cut itself."""
    if max_length <= 0 or len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    boundary = cut.rfind("-")
    if boundary > 0:
        return slug[:boundary].strip("-")
    return slug[:max_length].strip("-")


def file_name(pattern: str, *, slug: str, when: date | datetime, section: str = "") -> str:
    """The article's path inside its section, e.g. `2026-02-25-een-titel.md` (POSIX form)."""
    name = pattern.format(date=when, slug=slug, section=section)
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts:
        raise ValueError(f"file name pattern leaves the section: {pattern!r}")
    return str(path)


def with_suffix_number(name: str, number: int) -> str:
    """`2026-01-01-titel.md` -> `2026-01-01-titel-2.md`; for a bundle the folder is numbered."""
    path = PurePosixPath(name)
    if path.name in ("index.md", "_index.md") and len(path.parts) > 1:
        return str(path.parent.with_name(f"{path.parent.name}-{number}") / path.name)
    return str(path.with_name(f"{path.stem}-{number}{path.suffix}"))
