"""The cover image field: a URL or path, and a thumbnail so the writer sees which photo it is.

The thumbnail is a convenience, never a requirement: it loads in the background (see
`thumbnail.py`) after typing pauses, and a missing file, a dead link or a non-image only shows a
small "no preview" box with the reason in its tooltip.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from redactie.core.article.schema import Field
from redactie.gui.form.fields import FieldEditor, as_text
from redactie.gui.form.thumbnail import ThumbnailLoader

PreviewState = Literal["empty", "loading", "loaded", "failed"]
THUMBNAIL_SIZE = QSize(240, 135)
COMPACT_HEIGHT = 32
TYPING_PAUSE_MS = 400


class Thumbnail(QLabel):
    """A preview the size of the image, or a dashed box with a word saying why there is none."""

    _EMPTY_STYLE = (
        "#coverThumbnail { border: 1px dashed palette(mid); border-radius: 4px;"
        " color: palette(placeholder-text); background: palette(base); }"
    )
    _IMAGE_STYLE = "#coverThumbnail { border: 1px solid palette(mid); }"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverThumbnail")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.show_text("")

    def show_image(self, image: QImage) -> None:
        """Fit the image in the thumbnail area and shrink the box around it."""
        fitted = image.size().scaled(THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio)
        if image.width() <= THUMBNAIL_SIZE.width() and image.height() <= THUMBNAIL_SIZE.height():
            fitted = image.size()  # a small image is not blown up
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(image).scaled(
            fitted * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(ratio)
        self.setStyleSheet(self._IMAGE_STYLE)
        self.setFixedSize(fitted + QSize(2, 2))  # the 1 px border on each side
        self.setPixmap(pixmap)

    def show_text(self, text: str, *, compact: bool = False) -> None:
        height = COMPACT_HEIGHT if compact else THUMBNAIL_SIZE.height()
        self.setStyleSheet(self._EMPTY_STYLE)
        self.setFixedSize(THUMBNAIL_SIZE.width(), height)
        self.clear()
        self.setText(text)


class ImageField(FieldEditor):
    """A line edit for the image's URL or path, with its thumbnail below."""

    previewStateChanged = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._base_folder: Path | None = None
        self._state: PreviewState = "empty"
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName(f"field:{field.key}")
        self.line_edit.setPlaceholderText(field.placeholder(self.language))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.textChanged.connect(self._on_text_changed)
        self.thumbnail = Thumbnail(self)
        self.thumbnail.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.loader = ThumbnailLoader(THUMBNAIL_SIZE * 2, self)  # sharp on high-DPI screens
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.line_edit)
        layout.addLayout(row)
        self.setFocusProxy(self.line_edit)
        self._set_state("empty", self.tr("No image"))

    # -- FieldEditor ---------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        text = as_text(value)
        if text == self.line_edit.text():
            return
        with QSignalBlocker(self.line_edit):
            self.line_edit.setText(text)
            if not self.line_edit.hasFocus():
                self.line_edit.setCursorPosition(0)
        self.reload()

    def value(self) -> str:
        return self.line_edit.text()

    def focus_widget(self) -> QWidget:
        return self.line_edit

    # -- preview -------------------------------------------------------------------------------

    @property
    def preview_state(self) -> PreviewState:
        return self._state

    def set_base_folder(self, folder: Path | None) -> None:
        """The article's folder, against which a relative image path is read."""
        if folder != self._base_folder:
            self._base_folder = folder
            self.reload()

    def reload(self) -> None:
        """Load the preview for the current text now (typing waits for a pause first)."""
        self._pause.stop()
        source = self.line_edit.text().strip()
        if not source:
            self.loader.cancel()
            self._set_state("empty", self.tr("No image"))
            return
        self._set_state("loading", self.tr("Loading preview…"))
        self.loader.load(source, self._base_folder)

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self._pause.start()  # wait for a pause in typing before loading
        else:
            self.reload()
        self.edited.emit(text)

    def _on_loaded(self, image: QImage) -> None:
        self.thumbnail.show_image(image)
        self.thumbnail.setToolTip(self.line_edit.text())
        self._set_state("loaded")

    def _on_failed(self, reason: str) -> None:
        self._set_state("failed", self.tr("No preview"), reason)

    def _set_state(self, state: PreviewState, text: str = "", tooltip: str = "") -> None:
        self.thumbnail.setVisible(state != "empty")
        if text:
            self.thumbnail.show_text(text, compact=state == "failed")
            self.thumbnail.setToolTip(tooltip)
        if state != self._state:
            self._state = state
            self.previewStateChanged.emit(state)
