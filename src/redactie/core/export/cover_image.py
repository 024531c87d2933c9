"""A cover image downloaded for the export, when the site keeps its images itself.

Sites that do not want to hotlink Pexels set `images.handling = "download"`; the export then
fetches the photo and writes it beside the article (in a page bundle) or under the site's
`static/` folder. The fetch function is a parameter so tests and the GUI can supply their own.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from redactie import __version__
from redactie.core.errors import RedactieError

MAX_IMAGE_BYTES = 25 * 1024 * 1024
TIMEOUT = 30.0
_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/avif": ".avif",
}
_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}


class ImageDownloadError(RedactieError):
    """The cover image could not be fetched; nothing was written."""

    codes = ("export.cover-download-failed",)

    def __init__(self, url: str, detail: str) -> None:
        super().__init__("export.cover-download-failed", detail=detail, url=url)
        self.url = url


@dataclass(frozen=True)
class Downloaded:
    data: bytes
    content_type: str  # as the server said, "" when it did not


Fetch = Callable[[str], Downloaded]


def is_remote(url: str) -> bool:
    return urlsplit(url.strip()).scheme in ("http", "https")


def fetch_url(url: str) -> Downloaded:
    """GET an image over HTTP(S); `ImageDownloadError` for anything but a reasonable image."""
    request = urllib.request.Request(url, headers={"User-Agent": f"redactie/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            content_type = str(response.headers.get("Content-Type", "")).split(";")[0].strip()
            data = response.read(MAX_IMAGE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise ImageDownloadError(url, f"HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ImageDownloadError(url, str(getattr(exc, "reason", exc))) from exc
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageDownloadError(url, "larger than 25 MB")
    return Downloaded(data, content_type)


def suffix_for(url: str, content_type: str) -> str:
    """The file suffix: from the server's content type, else from the URL, else `.jpg`."""
    if content_type in _TYPES:
        return _TYPES[content_type]
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    if suffix in _SUFFIXES:
        return ".jpg" if suffix == ".jpeg" else suffix
    return ".jpg"


def check_image(url: str, image: Downloaded) -> None:
    if image.content_type and not image.content_type.startswith("image/"):
        raise ImageDownloadError(url, f"not an image but {image.content_type}")
    if not image.data:
        raise ImageDownloadError(url, "empty response")
