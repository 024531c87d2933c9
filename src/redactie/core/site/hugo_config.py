"""Reading the parts of a Hugo site's configuration that the editor needs.

Hugo accepts `hugo.toml|yaml|yml|json` (or the older `config.*`) in the site root and/or a
`config/_default/` folder whose files are either the whole configuration (`hugo.toml`) or one
root key each (`params.toml`, `markup.yaml`, ...). Hugo's keys are case-insensitive, so every key
is lower-cased on reading. Only what the app adapts to is read: the content folder, time zone,
language, raw-HTML setting, themes, what the build includes (future, expired, drafts), the
`[frontmatter]` date lists, the taxonomies and how fenced code is coloured.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from redactie.core.site.errors import SiteConfigError

CONFIG_NAMES = ("hugo", "config")
CONFIG_SUFFIXES = (".toml", ".yaml", ".yml", ".json")
CONFIG_FOLDER = Path("config") / "_default"
DEFAULT_TAXONOMIES: dict[str, str] = {"tag": "tags", "category": "categories"}
# Hugo's `[frontmatter]` defaults (resources/page/pagemeta/page_frontmatter.go): where each of a
# page's four dates comes from, first found wins; `:default` in a site's list expands to these.
DEFAULT_DATE_SOURCES: dict[str, tuple[str, ...]] = {
    "date": ("date", "publishdate", "lastmod"),
    "lastmod": (":git", "lastmod", "date", "publishdate"),
    "publishdate": ("publishdate", "date"),
    "expirydate": ("expirydate",),
}
# Every name is followed by its aliases (Hugo's dateFieldAliases).
DATE_ALIASES: dict[str, tuple[str, ...]] = {
    "lastmod": ("modified",),
    "publishdate": ("pubdate", "published"),
    "expirydate": ("unpublishdate",),
}


@dataclass(frozen=True)
class HugoConfig:
    """What the app reads from a site's Hugo configuration; defaults are Hugo's own."""

    files: tuple[Path, ...] = ()
    title: str = ""
    base_url: str = ""
    content_dir: str = "content"
    time_zone: str | None = None  # None: Hugo reads dates without an offset as UTC
    # Hugo 0.158 deprecates `languageCode` for `locale`; its priority: the language's locale,
    # the root's, the language's languageCode, the root's (langs/config.go)
    language_code: str | None = None
    default_language: str = "en"
    unsafe_html: bool = False
    themes: tuple[str, ...] = ()
    themes_dir: str = "themes"
    static_dirs: tuple[str, ...] = ("static",)
    assets_dir: str = "assets"
    archetype_dir: str = "archetypes"
    build_future: bool = False
    build_drafts: bool = False
    build_expired: bool = False
    enable_git_info: bool = False
    # [markup.highlight]: Chroma colours fenced code; Hugo's defaults
    code_fences: bool = True
    highlight_style: str = "monokai"
    highlight_no_classes: bool = True
    date_sources: dict[str, tuple[str, ...]] = field(default_factory=lambda: date_sources_from({}))
    taxonomies: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TAXONOMIES))
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def base_path(self) -> str:
        """The path part of `baseURL` without its last slash ("/krant" for
        https://host/krant/, "" at a host's root): where the site's static files are served."""
        return urlsplit(self.base_url).path.rstrip("/")


def config_files(root: Path) -> list[Path]:
    """The configuration files Hugo would read for `root`, lowest precedence first."""
    found: list[Path] = []
    folder = root / CONFIG_FOLDER
    if folder.is_dir():
        found.extend(
            sorted(p for p in folder.iterdir() if p.suffix in CONFIG_SUFFIXES and p.is_file())
        )
    roots = (root / f"{name}{suffix}" for name in CONFIG_NAMES for suffix in CONFIG_SUFFIXES)
    first = next((p for p in roots if p.is_file()), None)  # Hugo reads one: hugo.* first
    if first is not None:
        found.append(first)
    return found


def is_hugo_site(root: Path) -> bool:
    return bool(config_files(root))


def read_hugo_config(root: Path) -> HugoConfig:
    """Merge every configuration file of the site; `SiteConfigError` when one does not parse."""
    files = config_files(root)
    merged: dict[str, Any] = {}
    for path in files:
        data = _lower_keys(_load(path))
        stem = path.stem.lower()
        if path.parent != root and stem not in CONFIG_NAMES:
            if "." in stem:  # params.nl.toml and the like: per-language, not needed here
                continue
            data = {stem: data}
        _deep_merge(merged, data)
    return _from_raw(merged, tuple(files))


def _from_raw(raw: dict[str, Any], files: tuple[Path, ...]) -> HugoConfig:
    default_language = _text(raw.get("defaultcontentlanguage")) or "en"
    language = _mapping(_mapping(raw.get("languages")).get(default_language))
    content_dir = _text(raw.get("contentdir")) or _text(language.get("contentdir")) or "content"
    renderer = _mapping(_mapping(_mapping(raw.get("markup")).get("goldmark")).get("renderer"))
    highlight = _mapping(_mapping(raw.get("markup")).get("highlight"))
    theme = raw.get("theme")
    themes = (theme,) if isinstance(theme, str) else tuple(str(t) for t in theme or ())
    static = raw.get("staticdir")
    static_dirs = (static,) if isinstance(static, str) else tuple(str(s) for s in static or ())
    taxonomies = raw.get("taxonomies")
    return HugoConfig(
        files=files,
        title=_text(raw.get("title")) or _text(language.get("title")),
        base_url=_text(raw.get("baseurl")),
        content_dir=content_dir,
        time_zone=_text(language.get("timezone")) or _text(raw.get("timezone")) or None,
        language_code=(
            _text(language.get("locale"))
            or _text(raw.get("locale"))
            or _text(language.get("languagecode"))
            or _text(raw.get("languagecode"))
            or None
        ),
        default_language=default_language,
        unsafe_html=raw_bool(renderer.get("unsafe")),
        themes=tuple(t for t in themes if t),
        themes_dir=_text(raw.get("themesdir")) or "themes",
        static_dirs=static_dirs or ("static",),
        assets_dir=_text(raw.get("assetdir")) or "assets",
        archetype_dir=_text(raw.get("archetypedir")) or "archetypes",
        build_future=raw_bool(raw.get("buildfuture")),
        build_drafts=raw_bool(raw.get("builddrafts")),
        build_expired=raw_bool(raw.get("buildexpired")),
        enable_git_info=raw_bool(raw.get("enablegitinfo")),
        code_fences=raw_bool(highlight.get("codefences", True)),
        highlight_style=_text(highlight.get("style")) or "monokai",
        highlight_no_classes=raw_bool(highlight.get("noclasses", True)),
        date_sources=date_sources_from(_mapping(raw.get("frontmatter"))),
        taxonomies=(
            {str(k): str(v) for k, v in taxonomies.items()}
            if isinstance(taxonomies, Mapping)
            else dict(DEFAULT_TAXONOMIES)
        ),
        raw=raw,
    )


def date_sources_from(table: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Hugo's DecodeFrontMatterConfig: a site's lists lower-cased, `:default` expanded to
    Hugo's list, each name followed by its aliases, duplicates dropped (first kept)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, defaults in DEFAULT_DATE_SOURCES.items():
        given = table.get(name, defaults)
        items = [given] if isinstance(given, str) else list(given or ())
        expanded: list[str] = []
        for item in (str(i).strip().lower() for i in items):
            expanded.extend(defaults if item == ":default" else (item,))
        with_aliases: list[str] = []
        for item in expanded:
            with_aliases += [item, *DATE_ALIASES.get(item, ())]
        out[name] = tuple(dict.fromkeys(with_aliases))
    return out


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteConfigError("site.config-unreadable", path, detail=str(exc)) from exc
    try:
        if path.suffix == ".toml":
            data: Any = tomllib.loads(text)
        elif path.suffix == ".json":
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        raise SiteConfigError("site.config-invalid", path, detail=str(exc)) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SiteConfigError("site.config-not-a-table", path)
    return data


def _lower_keys(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k).lower(): _lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    return value


def _deep_merge(target: dict[str, Any], source: Mapping[str, Any]) -> None:
    for key, value in source.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), dict):
            _deep_merge(target[key], value)
        else:
            target[key] = value


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def raw_bool(value: Any) -> bool:
    """Hugo's loose booleans: true, "true", 1."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1")
    return bool(value)
