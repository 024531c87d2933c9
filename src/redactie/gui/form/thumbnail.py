"""Loading a small preview of an image without ever blocking the GUI thread.

A URL is fetched in a daemon thread of its own with the standard library (never the two-thread
pool: a server that holds the request would hold a pool thread for the whole timeout). It was a
`QNetworkAccessManager` on the GUI thread, whose first https request loads TLS and the system's
certificates there: 0.7-0.9 s measured here before the window was usable, as the example
article's cover is on images.pexels.com (issue 18). A network manager in a QThread of its own
crashed now and then (PySide connecting Python callables in two threads at once), so the
download thread only reads bytes and emits them. Decoding, for downloaded bytes and for local
files alike, happens in a `QThreadPool` worker with `QImageReader` scaling while it decodes (a
6000 px JPEG is read at thumbnail size, not decoded whole). Only bytes and a `QImage` cross
back, by queued signals; every request carries a number, so a slow answer for an image the user
has already replaced is dropped instead of shown.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader

MAX_DOWNLOAD = 30 * 1024 * 1024
TRANSFER_TIMEOUT_S = 20.0  # per read, as Qt's transfer timeout: a stalled server gives up
CACHE_SIZE = 24


def resolve_source(source: str, base_folder: Path | None) -> QUrl | Path | None:
    """An http(s) URL, or a local file (relative paths against the article's folder)."""
    text = source.strip()
    if not text:
        return None
    url = QUrl(text)
    scheme = url.scheme().lower()
    if scheme in ("http", "https"):
        return url if url.isValid() and url.host() else None
    if scheme == "file":
        return Path(url.toLocalFile())
    if len(scheme) > 1:  # data:, ftp:, ... (one letter is a Windows drive)
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        if base_folder is None:
            return None
        path = base_folder / path
    return path


def decode(reader: QImageReader, size: QSize) -> tuple[QImage, str]:
    """Read an image scaled to fit `size` while decoding; `(image, error)`."""
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (
        original.width() > size.width() or original.height() > size.height()
    ):
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QImage(), reader.errorString() or "unreadable image"
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image, ""


def fetch(url: str) -> tuple[bytes, str]:
    """The bytes at `url` (at most MAX_DOWNLOAD), or an error in words; runs in a thread."""
    import http.client  # on first use: with ssl, 40 ms of imports the window never needs
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "redactie"})
    try:
        with urllib.request.urlopen(request, timeout=TRANSFER_TIMEOUT_S) as answer:
            data: bytes = answer.read(MAX_DOWNLOAD + 1)
    except (OSError, ValueError, http.client.HTTPException) as error:
        return b"", str(error) or type(error).__name__
    if len(data) > MAX_DOWNLOAD:
        return b"", "image larger than 30 MB"
    return data, ""


class _Downloaded(QObject):
    """Carries a download thread's bytes to the GUI thread."""

    done = Signal(str, QByteArray, str)  # key, bytes, error


class _Result(QObject):
    """Carries one worker's result to the GUI thread (a QRunnable cannot have signals)."""

    done = Signal(int, QImage, str)


class ThumbnailLoader(QObject):
    """Loads one preview at a time; `loaded(image)` or `failed(reason)` for the latest request."""

    loaded = Signal(QImage)
    failed = Signal(str)

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._request = 0
        self._downloads: dict[str, tuple[int, _Downloaded]] = {}  # key -> (request, relay)
        self._cache: OrderedDict[str, QImage] = OrderedDict()
        self._workers: dict[int, tuple[str, _Result]] = {}

    def load(self, source: str, base_folder: Path | None) -> None:
        """Start loading `source`; an earlier request still running is abandoned."""
        self.cancel()
        target = resolve_source(source, base_folder)
        if target is None:
            self.failed.emit(self.tr("Not a web address or a file"))
            return
        key = target.toString() if isinstance(target, QUrl) else str(target)
        if key in self._cache:
            self._cache.move_to_end(key)
            self.loaded.emit(self._cache[key])
            return
        request = self._request
        if isinstance(target, Path):
            self._decode_in_worker(request, key, target)
        else:
            self._download(request, key, target)

    def cancel(self) -> None:
        self._request += 1  # a download still running is dropped when it ends

    # -- network -------------------------------------------------------------------------------

    def _download(self, request: int, key: str, url: QUrl) -> None:
        running = self._downloads.get(key)
        if running is not None:  # the same address asked again (value, then folder): one fetch
            self._downloads[key] = (request, running[1])
            return
        relay = _Downloaded()  # no parent: the thread keeps it alive past the loader
        relay.done.connect(self._on_downloaded)  # queued: emitted in the download thread
        self._downloads[key] = (request, relay)
        address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)

        def work() -> None:
            data, error = fetch(address)
            with contextlib.suppress(RuntimeError):  # the form was closed meanwhile
                relay.done.emit(key, QByteArray(data), error)

        threading.Thread(target=work, name="redactie-thumbnail", daemon=True).start()

    def _on_downloaded(self, key: str, data: QByteArray, error: str) -> None:
        request, _relay = self._downloads.pop(key, (-1, None))
        if request != self._request:
            return
        if error:
            self.failed.emit(error)
            return
        self._decode_in_worker(request, key, data)

    # -- decoding ------------------------------------------------------------------------------

    def _decode_in_worker(self, request: int, key: str, source: Path | QByteArray) -> None:
        result = _Result()
        result.done.connect(self._on_decoded)  # queued: emitted in the worker thread
        self._workers[request] = (key, result)
        size = QSize(self.size)

        def work() -> None:
            if isinstance(source, Path):
                image, error = decode(QImageReader(str(source)), size)
            else:
                buffer = QBuffer()
                buffer.setData(source)
                buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                image, error = decode(QImageReader(buffer), size)
            with contextlib.suppress(RuntimeError):  # the form was closed meanwhile
                result.done.emit(request, image, error)

        QThreadPool.globalInstance().start(work)

    def _on_decoded(self, request: int, image: QImage, error: str) -> None:
        key, _result = self._workers.pop(request, ("", None))
        if request != self._request:
            return
        if image.isNull():
            self.failed.emit(error)
            return
        if key.startswith(("http:", "https:")):  # a local file may change on disk
            self._cache[key] = image
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.loaded.emit(image)
