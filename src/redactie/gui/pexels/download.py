"""Downloading the chosen size next to the article, with progress and a Cancel button.

The file is written only when the whole photo arrived (atomically, like articles), so a failed
or cancelled download leaves the disk and the article as they were. Bounded like the export's
download: a size cap (announced and counted), one deadline for the whole transfer, the
announced length compared with what arrived, and the bytes checked as a whole image.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import QProgressDialog, QWidget

from redactie.core import storage
from redactie.core.export.image_bytes import is_complete, is_image

TRANSFER_TIMEOUT_MS = 30_000  # no byte for this long: the connection is dead
DEADLINE_MS = 120_000  # the whole photo, however it trickles in
MAX_BYTES = 25 * 1024 * 1024


class DownloadFailed(Exception):  # noqa: N818 (reads as a sentence where it is caught)
    """The photo did not arrive or could not be written; `cancelled` when the user stopped it."""

    def __init__(self, reason: str, *, cancelled: bool = False) -> None:
        super().__init__(reason)
        self.cancelled = cancelled


def download(
    url: str,
    target: Path,
    parent: QWidget | None,
    *,
    deadline_ms: int = DEADLINE_MS,
    max_bytes: int = MAX_BYTES,
) -> None:
    """Fetch `url` into `target` while a progress dialog runs the event loop.

    Raises `DownloadFailed`. The GUI keeps answering: a local event loop runs until the reply
    finishes or the user presses Cancel, which aborts it.
    """
    network = QNetworkAccessManager(parent)
    network.setTransferTimeout(TRANSFER_TIMEOUT_MS)
    progress = QProgressDialog(
        QCoreApplication.translate("PexelsDownload", "Downloading the photo…"),
        QCoreApplication.translate("PexelsDownload", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setObjectName("pexels_download_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)  # Qt 6 starts the "show after 300 ms" timer only from here
    reply = network.get(QNetworkRequest(QUrl(url)))
    loop = QEventLoop()
    cancelled = False
    refused = ""

    def stop(reason: str) -> None:
        nonlocal refused
        if not refused:
            refused = reason
            reply.abort()

    def on_progress(received: int, total: int) -> None:
        if max(received, total) > max_bytes:
            stop(f"larger than {max_bytes // (1024 * 1024)} MB")
        elif total > 0:  # in KB: a progress bar is an int, and photos can pass 2 GB
            progress.setMaximum(max(1, total // 1024))
            progress.setValue(received // 1024)

    def on_cancel() -> None:
        nonlocal cancelled
        cancelled = True
        reply.abort()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: stop(f"took longer than {deadline_ms // 1000} s"))
    reply.downloadProgress.connect(on_progress)
    reply.finished.connect(loop.quit)
    progress.canceled.connect(on_cancel)
    try:
        timer.start(deadline_ms)
        if not reply.isFinished():
            loop.exec()
        timer.stop()
        if cancelled:
            raise DownloadFailed("cancelled", cancelled=True)
        if refused:
            raise DownloadFailed(refused)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if reply.error() != QNetworkReply.NetworkError.NoError or status != 200:
            raise DownloadFailed(reply.errorString() or f"HTTP {status}")
        data = bytes(reply.readAll().data())
        announced = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if not data:
            raise DownloadFailed("empty answer")
        if isinstance(announced, int) and announced != len(data):
            raise DownloadFailed(f"incomplete: {len(data)} of {announced} bytes")
        if not is_image(data) or not is_complete(data):
            raise DownloadFailed("not a whole image")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            storage.write_atomic(target, data)
        except (OSError, storage.StorageError) as exc:
            raise DownloadFailed(str(exc)) from exc
    finally:
        progress.reset()
        progress.deleteLater()
        reply.deleteLater()
        network.deleteLater()
