"""The grid of search results: tiles in the photo's average colour until its thumbnail arrives.

Thumbnails (`src.medium`) load through one `QNetworkAccessManager`, asynchronously, and every
reply of a previous search is aborted when a new one starts. The list view gives keyboard
navigation for free; scrolling near the end asks for the next page.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPalette, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from redactie.core.pexels import Photo

TILE = QSize(200, 170)
IMAGE_HEIGHT = 136
PhotoRole = Qt.ItemDataRole.UserRole + 1
PixmapRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class PhotoModel(QAbstractListModel):
    """The photos found so far, with their thumbnails as they come in."""

    thumbnailLoaded = Signal(int)  # noqa: N815  row
    allThumbnailsLoaded = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos: list[Photo] = []
        self._pixmaps: dict[int, QPixmap] = {}
        self._replies: dict[QNetworkReply, int] = {}
        self._network = QNetworkAccessManager(self)
        self._network.setTransferTimeout(20_000)
        self._decoding: deque[tuple[int, bytes]] = deque()  # row, image bytes
        self._decode_timer = QTimer(self)
        self._decode_timer.setSingleShot(True)
        self._decode_timer.setInterval(0)
        self._decode_timer.timeout.connect(self._decode_next)

    # -- contents ------------------------------------------------------------------------------

    def clear(self) -> None:
        """Drop all photos and abort thumbnails still loading."""
        for reply in list(self._replies):
            reply.abort()
        self._replies.clear()
        self._decoding.clear()
        self.beginResetModel()
        self._photos = []
        self._pixmaps = {}
        self.endResetModel()

    def append(self, photos: list[Photo]) -> None:
        known = {photo.id for photo in self._photos}
        photos = [photo for photo in photos if photo.id not in known]
        if not photos:
            return
        first = len(self._photos)
        self.beginInsertRows(QModelIndex(), first, first + len(photos) - 1)
        self._photos.extend(photos)
        self.endInsertRows()
        for row, photo in enumerate(photos, start=first):
            self._load(row, photo)

    def photo(self, row: int) -> Photo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def pixmap(self, row: int) -> QPixmap | None:
        return self._pixmaps.get(row)

    def loading(self) -> int:
        """How many thumbnails are still on their way (or waiting to be decoded)."""
        return len(self._replies) + len(self._decoding)

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        photo = self.photo(index.row())
        if photo is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.photographer
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return photo.alt or photo.photographer
        if role == PhotoRole:
            return photo
        if role == PixmapRole:
            return self._pixmaps.get(index.row())
        return None

    # -- thumbnails ----------------------------------------------------------------------------

    def _load(self, row: int, photo: Photo) -> None:
        url = photo.src.get("medium") or photo.src.get("small") or photo.src.get("tiny")
        if not url:
            return
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.PreferCache,
        )
        reply = self._network.get(request)
        self._replies[reply] = row
        reply.finished.connect(lambda: self._on_reply(reply))

    def _on_reply(self, reply: QNetworkReply) -> None:
        row = self._replies.pop(reply, None)  # never touch a reply after deleteLater()
        reply.deleteLater()
        if row is not None and reply.error() == QNetworkReply.NetworkError.NoError:
            self._decoding.append((row, bytes(reply.readAll().data())))
            if not self._decode_timer.isActive():
                self._decode_timer.start()
        self._check_done()  # aborted, or failed: the tile keeps its colour

    def _decode_next(self) -> None:
        """One thumbnail per event-loop turn, so a burst of answers never stalls the GUI."""
        if not self._decoding:
            return
        row, data = self._decoding.popleft()
        pixmap = _decoded(data)
        if pixmap is not None:
            self._pixmaps[row] = pixmap
            index = self.index(row)
            self.dataChanged.emit(index, index, [PixmapRole])
            self.thumbnailLoaded.emit(row)
        if self._decoding:
            self._decode_timer.start()
        self._check_done()

    def _check_done(self) -> None:
        if not self._replies and not self._decoding:
            self.allThumbnailsLoaded.emit()


def _decoded(data: bytes) -> QPixmap | None:
    """Decoded straight at twice the tile size (JPEG decoders scale while decoding)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    target = QSize(TILE.width(), IMAGE_HEIGHT) * 2
    if size.isValid() and (size.width() > target.width() or size.height() > target.height()):
        reader.setScaledSize(size.scaled(target, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image: QImage = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class TileDelegate(QStyledItemDelegate):
    """Paints the photo (or its average colour) with the photographer's name below it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.painted: dict[int, float] = {}  # photo id -> perf_counter when first painted

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        photo = index.data(PhotoRole)
        if not isinstance(photo, Photo):
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        image_rect = QRect(rect.left(), rect.top(), rect.width(), IMAGE_HEIGHT)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.fillRect(image_rect, QColor(photo.avg_color or "#9e9e9e"))
        pixmap = index.data(PixmapRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            source = _centre_crop(pixmap.size(), image_rect.size())
            painter.drawPixmap(image_rect, pixmap, source)
            self.painted.setdefault(photo.id, time.perf_counter())
        text_rect = QRect(rect.left(), image_rect.bottom() + 4, rect.width(), 20)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        name = painter.fontMetrics().elidedText(
            photo.photographer, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.restore()


def _centre_crop(size: QSize, target: QSize) -> QRect:
    """The part of a `size` picture that fills `target` without distortion."""
    scale = min(size.width() / target.width(), size.height() / target.height())
    width, height = round(target.width() * scale), round(target.height() * scale)
    return QRect((size.width() - width) // 2, (size.height() - height) // 2, width, height)


class PhotoGrid(QListView):
    """Tiles that wrap with the width; asks for more when scrolled near the bottom."""

    nearEnd = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pexels_grid")
        self.photo_model = PhotoModel(self)
        self.tile_delegate = TileDelegate(self)
        self.setModel(self.photo_model)
        self.setItemDelegate(self.tile_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.verticalScrollBar().valueChanged.connect(self._check_end)
        self.photo_model.rowsInserted.connect(lambda *_: self._check_end(new_rows=True))

    def current_photo(self) -> Photo | None:
        return self.photo_model.photo(self.currentIndex().row())

    def _check_end(self, *, new_rows: bool = False) -> None:
        if new_rows:  # lay the new tiles out first: the scroll range must include them
            self.executeDelayedItemsLayout()
        bar = self.verticalScrollBar()
        if self.photo_model.rowCount() and bar.value() >= bar.maximum() - TILE.height():
            self.nearEnd.emit()
