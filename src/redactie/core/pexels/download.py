"""Where a downloaded Pexels photo goes, and what the front matter then says (no Qt here).

Hotlinked `images.pexels.com` URLs are allowed but only promised "for the short term" (SPEC §9),
so a site may prefer its own copy: next to the article when it is a page bundle (`index.md`,
written with `cover.relative: true` as PaperMod wants), otherwise in the site's `static/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal
from urllib.parse import urlsplit

from redactie.core.errors import RedactieError
from redactie.core.site.slugs import slug_for

BUNDLE_NAMES = frozenset({"index.md", "_index.md"})
SITE_MARKERS = ("hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json")


class DownloadPlanError(RedactieError, ValueError):
    """The photo cannot be saved for this article (e.g. it has no file yet)."""

    codes = ("pexels.article-not-saved", "pexels.article-not-in-site")


@dataclass(frozen=True)
class DownloadPlan:
    """Save the photo at `target`; write `image` (and `relative`) into the cover."""

    target: Path
    image: str
    relative: bool


def plan_download(
    article_path: Path | None,
    url: str,
    *,
    title: str = "",
    mode: Literal["bundle", "static"] = "bundle",
    static_folder: str = "images/covers",
) -> DownloadPlan:
    """The file and front-matter value for `url` saved with the article at `article_path`."""
    if article_path is None:
        raise DownloadPlanError("pexels.article-not-saved")
    stem = article_path.parent.name if article_path.name in BUNDLE_NAMES else article_path.stem
    slug = slug_for(title) if title.strip() else slug_for(stem)
    name = f"{slug or 'cover'}{_extension(url)}"
    if mode == "bundle" and article_path.name in BUNDLE_NAMES:
        return DownloadPlan(article_path.parent / name, name, relative=True)
    root = site_root(article_path)
    if root is None:
        raise DownloadPlanError("pexels.article-not-in-site", path=article_path)
    folder = PurePosixPath(static_folder.strip("/") or "images")
    return DownloadPlan(root / "static" / folder / name, f"/{folder / name}", relative=False)


def site_root(article_path: Path) -> Path | None:
    """The nearest folder above the article with a Hugo config or a `static/` folder."""
    for folder in article_path.resolve().parents:
        if any((folder / marker).is_file() for marker in SITE_MARKERS):
            return folder
        if (folder / "static").is_dir() and (folder / "content").is_dir():
            return folder
    return None


def _extension(url: str) -> str:
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    return ".jpg" if suffix in ("", ".jpeg") else suffix
