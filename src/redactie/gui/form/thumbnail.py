"""Loading a small preview of an image without ever blocking the GUI thread.

A URL is fetched with `QNetworkAccessManager` (asynchronous by design); decoding, for downloaded
bytes and for local files alike, happens in a `QThreadPool` worker with `QImageReader` scaling
while it decodes (a 6000 px JPEG is read at thumbnail size, not decoded whole). Only a `QImage`
crosses back, by a queued signal; every request carries a number, so a slow answer for an image
the user has already replaced is dropped instead of shown.
"""

from __future__ import annotations

import contextlib
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
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

MAX_DOWNLOAD = 30 * 1024 * 1024
TRANSFER_TIMEOUT_MS = 20_000
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
        self._reply: QNetworkReply | None = None
        self._network: QNetworkAccessManager | None = None
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
        self._request += 1
        if self._reply is not None:
            reply, self._reply = self._reply, None
            reply.abort()
            reply.deleteLater()

    # -- network -------------------------------------------------------------------------------

    def _download(self, request: int, key: str, url: QUrl) -> None:
        if self._network is None:
            self._network = QNetworkAccessManager(self)
        net_request = QNetworkRequest(url)
        net_request.setTransferTimeout(TRANSFER_TIMEOUT_MS)
        net_request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, "redactie")
        reply = self._network.get(net_request)
        self._reply = reply
        reply.downloadProgress.connect(lambda received, _total: self._check_size(reply, received))
        reply.finished.connect(lambda: self._on_downloaded(request, key, reply))

    def _check_size(self, reply: QNetworkReply, received: int) -> None:
        if received > MAX_DOWNLOAD:
            reply.abort()

    def _on_downloaded(self, request: int, key: str, reply: QNetworkReply) -> None:
        reply.deleteLater()
        if reply is self._reply:
            self._reply = None
        if request != self._request:
            return
        if reply.error() != QNetworkReply.NetworkError.NoError:
            self.failed.emit(reply.errorString())
            return
        self._decode_in_worker(request, key, QByteArray(reply.readAll()))

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
