"""Downloading the chosen size next to the article, with progress and a Cancel button.

The file is written only when the whole photo arrived (atomically, like articles), so a failed
or cancelled download leaves the disk and the article as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import QProgressDialog, QWidget

from redactie.core import storage

TRANSFER_TIMEOUT_MS = 30_000


class DownloadFailed(Exception):  # noqa: N818 (reads as a sentence where it is caught)
    """The photo did not arrive or could not be written; `cancelled` when the user stopped it."""

    def __init__(self, reason: str, *, cancelled: bool = False) -> None:
        super().__init__(reason)
        self.cancelled = cancelled


def download(url: str, target: Path, parent: QWidget | None) -> None:
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

    def on_progress(received: int, total: int) -> None:
        if total > 0:
            progress.setMaximum(total)
            progress.setValue(received)

    def on_cancel() -> None:
        nonlocal cancelled
        cancelled = True
        reply.abort()

    reply.downloadProgress.connect(on_progress)
    reply.finished.connect(loop.quit)
    progress.canceled.connect(on_cancel)
    try:
        if not reply.isFinished():
            loop.exec()
        if cancelled:
            raise DownloadFailed("cancelled", cancelled=True)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if reply.error() != QNetworkReply.NetworkError.NoError or status != 200:
            raise DownloadFailed(reply.errorString() or f"HTTP {status}")
        data = bytes(reply.readAll().data())
        if not data:
            raise DownloadFailed("empty answer")
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
