"""One value per option that a site and a user can both set, and where that value came from.

A site's `redactie.toml` speaks for the whole newsroom, so it wins; then the user's own
settings; then the built-in default. Every part of the app asks `resolve(site, settings)`
instead of reading `Settings` or `SiteOptions` itself, so two parts can never disagree (the
picker once wrote the user's caption while the site asked for another).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from redactie.core.settings import Settings
from redactie.core.site.options import SiteOptions

if TYPE_CHECKING:
    from redactie.core.site import Site

T = TypeVar("T")
Source = Literal["site", "user", "default"]
ImageHandling = Literal["hotlink", "bundle", "static"]
_DEFAULTS = Settings()


@dataclass(frozen=True)
class Resolved(Generic[T]):
    """An option's value and who set it: the site, the user or nobody (the default)."""

    value: T
    source: Source


@dataclass(frozen=True)
class ArticleOptions:
    """The options an open article works with, each resolved once."""

    caption_template: Resolved[str]
    image_handling: Resolved[ImageHandling]  # hotlink, or download beside the article/static
    image_folder: Resolved[str]  # under static/, for downloads outside page bundles
    image_size: Resolved[str]  # which Pexels `src` size becomes cover.image ("auto": by width)
    cover_width: Resolved[int]  # for "auto": how wide the site's theme shows covers
    spelling_language: Resolved[str]  # the site's language for spelling ("nl" without one)

    def sources(self) -> dict[str, Source]:
        """Option name → where its value came from (for the window's "set by" hints)."""
        return {item.name: getattr(self, item.name).source for item in fields(self)}


def resolve(site: Site | None, settings: Settings) -> ArticleOptions:
    """The value of each option: the site's `redactie.toml`, else the user's, else default."""
    given = site.options.given if site is not None else frozenset()

    def pick(site_key: str, site_value: T, user_value: T, default: T) -> Resolved[T]:
        if site_key in given:
            return Resolved(site_value, "site")
        if user_value != default:
            return Resolved(user_value, "user")
        return Resolved(default, "default")

    opts = site.options if site is not None else None
    return ArticleOptions(
        caption_template=pick(
            "images.caption_template",
            opts.caption_template if opts else "",
            settings.pexels_caption_template or _DEFAULTS.pexels_caption_template,
            _DEFAULTS.pexels_caption_template,
        ),
        image_handling=pick(
            "images.handling",
            _site_handling(site) if site is not None else "hotlink",
            _user_handling(settings.pexels_download),
            "hotlink",
        ),
        image_folder=pick(
            "images.folder",
            opts.image_folder if opts else "",
            settings.pexels_static_folder or _DEFAULTS.pexels_static_folder,
            _DEFAULTS.pexels_static_folder,
        ),
        image_size=pick(  # "auto": the smallest size at least `cover_width` wide
            "images.cover_width",
            "auto",
            settings.pexels_image_size or _DEFAULTS.pexels_image_size,
            _DEFAULTS.pexels_image_size,
        ),
        cover_width=pick(
            "images.cover_width",
            opts.cover_width if opts else SiteOptions.cover_width,
            SiteOptions.cover_width,  # only a site says how wide its theme shows covers
            SiteOptions.cover_width,
        ),
        spelling_language=_spelling_language(site),
    )


def _site_handling(site: Site) -> ImageHandling:
    """`images.handling = "download"`: beside the article in a page bundle, else static/."""
    if site.options.images == "hotlink":
        return "hotlink"
    return "bundle" if site.options.file_pattern.endswith("index.md") else "static"


def _user_handling(value: str) -> ImageHandling:
    return "bundle" if value == "bundle" else "static" if value == "static" else "hotlink"


def _spelling_language(site: Site | None) -> Resolved[str]:
    """`[spelling] language`, else the site's languageCode, else Dutch (the code as written)."""
    if site is None:
        return Resolved("nl", "default")
    code = site.options.spelling_language or site.hugo.language_code
    return Resolved(code, "site") if code else Resolved("nl", "default")
