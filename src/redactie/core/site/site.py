"""A Hugo site on disk: where its content lives and how the app adapts to it.

`Site.open(folder)` reads the Hugo configuration and the optional `redactie.toml` once; the
rest (sections, archetypes, the schema) is derived from those on demand. Everything is plain
data, so the GUI can open a site in a worker thread and hand the result to the window.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from redactie.core.article import Article, ArticleError
from redactie.core.article.dates import DEFAULT_TIMEZONE
from redactie.core.article.frontmatter import FrontMatterError
from redactie.core.article.schema import DEFAULT_SCHEMA, Schema
from redactie.core.site import new_article
from redactie.core.site.errors import NotAHugoSiteError, SiteError
from redactie.core.site.fields import required_keys, site_schema
from redactie.core.site.hugo_config import HugoConfig, is_hugo_site, read_hugo_config
from redactie.core.site.options import SiteOptions, read_options
from redactie.core.site.sections import Section, is_valid_section_name, list_sections
from redactie.core.site.shortcodes import site_shortcodes
from redactie.core.storage import StorageError


class UnknownSectionError(SiteError):
    """An export or new article names a section the site does not offer."""

    codes = ("site.unknown-section",)

    def __init__(self, path: Path, section: str, allowed: list[str]) -> None:
        names = ", ".join(allowed) or "-"
        super().__init__("site.unknown-section", path, section=section, allowed=names)
        self.section = section
        self.allowed = allowed


@dataclass(frozen=True)
class Site:
    """One Hugo site: its root folder, Hugo's settings and the site's own `redactie.toml`."""

    root: Path
    hugo: HugoConfig
    options: SiteOptions

    @classmethod
    def open(cls, folder: Path | str) -> Site:
        """Read a site; `NotAHugoSiteError` or `SiteConfigError` when it cannot be used."""
        root = Path(folder).expanduser().resolve()
        if not root.is_dir() or not is_hugo_site(root):
            raise NotAHugoSiteError(root)
        return cls(root, read_hugo_config(root), read_options(root))

    # -- where things are ------------------------------------------------------------------

    @property
    def content_dir(self) -> Path:
        return self.root / self.hugo.content_dir

    @property
    def theme_dirs(self) -> list[Path]:
        folder = self.root / self.hugo.themes_dir
        return [folder / theme for theme in self.hugo.themes if (folder / theme).is_dir()]

    @property
    def static_dirs(self) -> list[Path]:
        """Folders whose files are served from the site root: the site's, then the themes'."""
        own = [self.root / name for name in self.hugo.static_dirs]
        return own + [theme / "static" for theme in self.theme_dirs]

    @property
    def assets_dirs(self) -> list[Path]:
        return [self.root / self.hugo.assets_dir] + [t / "assets" for t in self.theme_dirs]

    @functools.cached_property
    def shortcodes(self) -> dict[str, bool]:
        """Shortcode name -> takes content (`.Inner`), from the site's and themes' templates."""
        return site_shortcodes([self.root / "layouts"] + [t / "layouts" for t in self.theme_dirs])

    @property
    def cache_key(self) -> str:
        """A stable name for this site's caches (the taxonomy index)."""
        return hashlib.sha256(str(self.root).encode("utf-8")).hexdigest()[:16]

    # -- time --------------------------------------------------------------------------------

    @property
    def timezone(self) -> str:
        """The zone new dates are written in: Hugo's `timeZone`, else Amsterdam."""
        return self.hugo.time_zone or DEFAULT_TIMEZONE

    @property
    def hugo_timezone(self) -> str:
        """The zone Hugo reads a date without an offset in: its `timeZone`, else UTC."""
        return self.hugo.time_zone or "UTC"

    # -- sections ------------------------------------------------------------------------------

    def sections(self) -> list[Section]:
        return list_sections(self.content_dir)

    def export_sections(self) -> list[str]:
        """Sections articles may go to: `redactie.toml`'s list, else every existing one."""
        if self.options.sections:
            return list(self.options.sections)
        return [s.name for s in self.sections()]

    @functools.cached_property
    def _content_resolved(self) -> Path:
        return self.content_dir.resolve()

    @functools.cached_property
    def _names_seen(self) -> dict[int, tuple[str, ...]]:
        return {}

    def _section_names(self) -> tuple[str, ...]:
        """`export_sections()` for `requires_fields`, listed again only when the content folder
        changed (its mtime): `redactie check` of a 10,000-file site listed it per file."""
        if self.options.sections:
            return tuple(self.options.sections)
        try:
            stamp = self.content_dir.stat().st_mtime_ns
        except OSError:
            return ()
        if stamp not in self._names_seen:
            self._names_seen.clear()
            self._names_seen[stamp] = tuple(s.name for s in self.sections())
        return self._names_seen[stamp]

    def default_section(self) -> str | None:
        if self.options.default_section:
            return self.options.default_section
        sections = self.export_sections()
        return sections[0] if sections else None

    def section_dir(self, section: str | None) -> Path:
        """The folder of `section` (None: the default); `UnknownSectionError` if not offered."""
        name = section if section is not None else self.default_section()
        allowed = self.export_sections()
        if name is None:
            if allowed:
                raise UnknownSectionError(self.root, "", allowed)
            return self.content_dir
        name = name.strip("/")
        if not is_valid_section_name(name) or (self.options.sections and name not in allowed):
            raise UnknownSectionError(self.root, name, allowed)
        folder = self.content_dir / name
        if not self.options.sections and not folder.is_dir():
            raise UnknownSectionError(self.root, name, allowed)
        return folder

    # -- fields --------------------------------------------------------------------------------

    @functools.cached_property
    def schema(self) -> Schema:
        return site_schema(self.options, DEFAULT_SCHEMA)

    @functools.cached_property
    def required_fields(self) -> tuple[str, ...]:
        """Decided once, as `schema` (`redactie check` asked for every file)."""
        return required_keys(self.schema, self.options)

    def requires_fields(self, path: Path | str | None) -> bool:
        """Whether the required fields apply to the file at `path`: articles only, so files in
        `required_sections` (default: the article sections), not `content/contact.md` or a
        section's `_index.md`. An unsaved file, one outside the content folder (still to be
        exported) or a site without sections: yes."""
        if path is None:
            return True
        if not isinstance(path, Path):
            path = Path(path)
        if not (path.is_absolute() and ".." not in path.parts and path.parent != path):
            return self._requires_fields(path)
        # Under the site's root the verdict is the folder's (and whether it is the list page):
        # `redactie check` asks for 10,000 files in a few hundred folders, and the path
        # arithmetic below was 5 % of its time. Elsewhere a link may lead anywhere: asked anew.
        parent = str(path.parent)
        if not (parent == str(self.root) or parent.startswith(str(self.root) + os.sep)):
            return self._requires_fields(path)
        sections = self.options.required_sections
        key = (parent, path.name == "_index.md", sections or self._section_names())
        if key not in self._verdicts:
            if len(self._verdicts) > 10_000:
                self._verdicts.clear()
            self._verdicts[key] = self._requires_fields(path)
        return self._verdicts[key]

    @functools.cached_property
    def _verdicts(self) -> dict[tuple[str, bool, tuple[str, ...]], bool]:
        return {}

    def _requires_fields(self, path: Path) -> bool:
        try:
            if path.is_absolute() and ".." not in path.parts and path.is_relative_to(self.root):
                relative = path.relative_to(self.content_dir)  # the root is resolved already
            else:
                relative = path.resolve().relative_to(self._content_resolved)
        except (OSError, ValueError):
            return True
        sections = self.options.required_sections
        if sections is None:
            sections = self._section_names()
            if not sections:
                return True
        if relative.name == "_index.md":
            return False
        folders = relative.parent.parts
        return any(folders[: len(s.split("/"))] == tuple(s.split("/")) for s in sections if s)

    # -- new articles --------------------------------------------------------------------------

    def archetype(self, section: str | None) -> Path | None:
        folders = [self.root / self.hugo.archetype_dir]
        folders += [theme / "archetypes" for theme in self.theme_dirs]
        return next((p for p in new_article.archetype_paths(folders, section) if p.is_file()), None)

    def new_article(
        self, title: str, *, section: str | None = None, now: datetime | None = None
    ) -> Article:
        """A new article as this site starts one: `redactie.toml`, an archetype, or the schema."""
        moment = now or datetime.now().astimezone()
        tz = self.timezone
        if self.options.new_article is not None:
            return new_article.from_table(self.options.new_article, title=title, now=moment, tz=tz)
        archetype = self.archetype(section)
        if archetype is not None:
            try:
                text = archetype.read_text(encoding="utf-8")
                article = new_article.from_archetype(
                    text, title=title, now=moment, tz=tz, site_title=self.hugo.title
                )
            except (OSError, UnicodeDecodeError, ArticleError, StorageError, FrontMatterError):
                article = None
            if article is not None and not article.problems:
                return article
        return new_article.from_schema(self.schema, title=title, now=moment, tz=tz)


def default_article(title: str, *, now: datetime | None = None) -> Article:
    """A new article without a site: the built-in PaperMod schema."""
    moment = now or datetime.now().astimezone()
    return new_article.from_schema(DEFAULT_SCHEMA, title=title, now=moment, tz=DEFAULT_TIMEZONE)


def find_site_root(start: Path | str) -> Path | None:
    """The nearest folder at or above `start` that is a Hugo site (for `redactie check FILE`)."""
    path = Path(start).expanduser().resolve()
    for folder in [path, *path.parents] if path.is_dir() else path.parents:
        if is_hugo_site(folder):
            return folder
    return None
