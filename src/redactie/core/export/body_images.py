"""Images the body refers to by a relative path, copied into the site with the article.

A journalist writes `![kaart](images/kaart.png)` next to the draft on their own disk; the
published page must still find that file. Like the downloaded cover (`export_images`), the
image goes along with the export:

- into a page bundle (`…/index.md`): beside the article under the same relative path, so the
  references stay exactly as written and Hugo publishes them as page resources;
- otherwise: under the site's static image folder, in a folder named after the article file
  (`static/images/covers/2026-01-31-slug/kaart.png`), and only the URL text of each reference
  is rewritten to that site path (`/images/covers/2026-01-31-slug/kaart.png`); the rest of the
  body stays byte for byte.

References that are absolute (`/images/…`, `https://…`), templated, or not found next to the
source are left alone: those are the site's business, and the `image-missing` check reports
the ones that do not resolve.

Only what belongs to the article goes along: a file whose real path (symlinks resolved) lies
inside the article's own folder, that is an image by its bytes (not its name), and that is not
larger than `MAX_IMAGE_BYTES`. Anything else (`../../Pictures/x.jpg`, a `kaart.png` that links
to a private key, a 2 GB "photo") is listed in `BodyImagePlan.left_out` with the reason, for the
export dialog and the CLI to show; its reference stays as written. An article from someone else
(a freelancer's zip) must never publish files from the journalist's disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from redactie.core.article import Article
from redactie.core.checks.body import image_spans, is_relative
from redactie.core.export.image_bytes import is_image
from redactie.core.site import Site

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"})
MAX_IMAGE_BYTES = 20 * 1024 * 1024
LeftOutReason = Literal["outside", "not-an-image", "too-large", "unreadable"]


@dataclass(frozen=True)
class BodyImage:
    """One image file going along: from beside the source to its place in the site."""

    source: Path
    target: Path
    data: bytes


@dataclass(frozen=True)
class LeftOut:
    """A referenced file that does not go along, and why."""

    url: str
    path: Path
    reason: LeftOutReason
    size: int | None = None


@dataclass
class BodyImagePlan:
    images: list[BodyImage] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)


def plan_body_images(
    article: Article, source: Path | None, site: Site, target: Path
) -> BodyImagePlan:
    """The images to copy for `article` (exported from `source` to `target`), and the files
    referenced that do not belong to it.

    Rewrites the article's body references where the image's place in the site needs another
    URL; writes nothing to disk.
    """
    plan = BodyImagePlan()
    if source is None:
        return plan
    own_folder = source.parent.resolve()
    bundle = target.name == "index.md"
    folder = site.options.image_folder.strip("/")
    site_root = site.hugo.base_path + "/"  # "/krant/" for a site served under /krant/
    static = site.static_dirs[0] / folder / target.stem
    images: dict[Path, BodyImage] = {}  # by source file: one copy however often it is used
    refused: dict[Path, LeftOut] = {}
    taken: set[Path] = set()
    edits: list[tuple[int, int, str]] = []
    body = article.body
    for start, end, url in image_spans(body):
        found = _local_image(source.parent, url)
        if found is None:
            continue
        file, relative = found
        if file in refused:
            continue
        image = images.get(file)
        if image is None:
            data, left_out = _admit(url, file, own_folder)
            if left_out is not None:
                refused[file] = left_out
                continue
            if bundle:
                destination = target.parent / _inside(relative)
            else:
                destination = _free(static / relative.name, taken)
            taken.add(destination)
            image = BodyImage(file, destination, data)
            images[file] = image
        if bundle and image.target == target.parent / relative:
            continue  # the same relative path in the bundle: the reference stays as written
        if bundle:
            path = image.target.relative_to(target.parent).as_posix()
        else:
            path = site_root + (PurePosixPath(folder) / target.stem / image.target.name).as_posix()
        edits.append((start, end, _with_path(url, path)))
    for start, end, text in sorted(edits, reverse=True):
        body = body[:start] + text + body[end:]
    article.body = body
    plan.images = list(images.values())
    plan.left_out = list(refused.values())
    return plan


def _admit(url: str, file: Path, own_folder: Path) -> tuple[bytes, LeftOut | None]:
    """The file's bytes when it may go along; else why not."""
    if own_folder not in file.parents:
        return b"", LeftOut(url, file, "outside")
    try:
        size = file.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return b"", LeftOut(url, file, "too-large", size)
        with file.open("rb") as stream:
            data = stream.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return b"", LeftOut(url, file, "unreadable")
    if len(data) > MAX_IMAGE_BYTES:  # it grew while we looked
        return b"", LeftOut(url, file, "too-large", len(data))
    if not is_image(data):
        return b"", LeftOut(url, file, "not-an-image", len(data))
    return data, None


def _local_image(folder: Path, url: str) -> tuple[Path, PurePosixPath] | None:
    """The image file a relative reference names beside the source, and its relative path."""
    url = url.strip()
    if not is_relative(url) or url.startswith("/"):
        return None
    relative = PurePosixPath(unquote(urlsplit(url).path))
    if not relative.name or relative.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    file = (folder / relative).resolve()
    return (file, relative) if file.is_file() else None


def _inside(relative: PurePosixPath) -> PurePosixPath:
    """A path inside the bundle: `..` cannot climb out of it, so such a file goes flat."""
    parts = [p for p in relative.parts if p not in (".", "")]
    if ".." in parts or relative.is_absolute():
        return PurePosixPath(relative.name)
    return PurePosixPath(*parts)


def _free(path: Path, taken: set[Path]) -> Path:
    """`path`, or `name-2.ext`… when another image of this export already goes there."""
    number = 2
    candidate = path
    while candidate in taken:
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def _with_path(url: str, path: str) -> str:
    """`url` with its path replaced (URL-quoted), keeping a query or fragment it had."""
    parts = urlsplit(url.strip())
    return urlunsplit(("", "", quote(path, safe="/"), parts.query, parts.fragment))
