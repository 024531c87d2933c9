"""A cover image downloaded for the export, when the site keeps its images itself.

Sites that do not want to hotlink Pexels set `images.handling = "download"`; the export then
fetches the photo and writes it beside the article (in a page bundle) or under the site's
`static/` folder. The fetch function is a parameter so tests and the GUI can supply their own.

Downloads are bounded: a size cap checked against the announced length and against the bytes
read, one deadline for the whole transfer (a server sending a byte every two seconds never
trips a per-read timeout), the announced length compared with what arrived, and the bytes
verified as a whole image before anything is written.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from redactie import __version__
from redactie.core.errors import RedactieError
from redactie.core.export.image_bytes import is_complete, is_image

MAX_IMAGE_BYTES = 25 * 1024 * 1024
TIMEOUT = 30.0  # for the whole download, not per read
CHUNK = 64 * 1024
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


def fetch_url(
    url: str,
    *,
    deadline: float = TIMEOUT,
    max_bytes: int = MAX_IMAGE_BYTES,
    clock: Callable[[], float] = time.monotonic,
) -> Downloaded:
    """GET an image over HTTP(S); `ImageDownloadError` for anything but a whole, reasonable
    image arriving within `deadline` seconds."""
    request = urllib.request.Request(url, headers={"User-Agent": f"redactie/{__version__}"})
    end = clock() + deadline
    try:
        with urllib.request.urlopen(request, timeout=min(deadline, 10.0)) as response:
            content_type = str(response.headers.get("Content-Type", "")).split(";")[0].strip()
            announced = _length(response.headers.get("Content-Length"))
            if announced is not None and announced > max_bytes:
                raise ImageDownloadError(url, f"larger than {max_bytes // (1024 * 1024)} MB")
            chunks: list[bytes] = []
            size = 0
            while True:
                if clock() > end:
                    raise ImageDownloadError(url, f"took longer than {deadline:.0f} s")
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise ImageDownloadError(url, f"larger than {max_bytes // (1024 * 1024)} MB")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        raise ImageDownloadError(url, f"HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ImageDownloadError(url, str(getattr(exc, "reason", exc))) from exc
    data = b"".join(chunks)
    if announced is not None and len(data) != announced:
        raise ImageDownloadError(url, f"incomplete: {len(data)} of {announced} bytes")
    return Downloaded(data, content_type)


def _length(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


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
    if not is_image(image.data):
        raise ImageDownloadError(url, "not an image")
    if not is_complete(image.data):
        raise ImageDownloadError(url, "the image is incomplete")
