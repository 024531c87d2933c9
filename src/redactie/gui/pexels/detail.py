"""The right-hand side of the picker: the selected photo larger, its size, credit and alt text.

Pexels' guidelines ask for a credit that links the photo page and the photographer in the
search flow; the alt text is editable here because it goes into the article, and Pexels writes
it in English, so on a Dutch site it is marked until the journalist has translated it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from redactie.core.pexels import Photo

PREVIEW = QSize(360, 240)


class PhotoDetail(QWidget):
    """Shows one photo; `alt_text()` is what the journalist made of its description."""

    altChanged = Signal(str)  # noqa: N815

    def __init__(self, site_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dutch = site_language.lower().startswith("nl")
        self._photo: Photo | None = None
        self._edited = False
        self.image = QLabel(self)
        self.image.setObjectName("pexels_preview")
        self.image.setFixedSize(PREVIEW)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("pexels_size")
        self.credit = QLabel(self)
        self.credit.setObjectName("pexels_credit")
        self.credit.setOpenExternalLinks(True)
        self.credit.setWordWrap(True)
        self.credit.setTextFormat(Qt.TextFormat.RichText)
        alt_title = QLabel(self.tr("Alt text (describes the photo for readers who cannot see it)"))
        alt_title.setWordWrap(True)
        self.alt = QPlainTextEdit(self)
        self.alt.setObjectName("pexels_alt")
        self.alt.setTabChangesFocus(True)
        self.alt.setFixedHeight(self.alt.fontMetrics().lineSpacing() * 3 + 12)
        alt_title.setBuddy(self.alt)
        self._setting = False  # True while the dialog, not the journalist, fills the field
        self.alt.textChanged.connect(self._on_edited)
        self.alt_hint = QLabel(self)
        self.alt_hint.setObjectName("pexels_alt_hint")
        self.alt_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.image, self.size_label, self.credit, alt_title, self.alt):
            layout.addWidget(widget)
        layout.addWidget(self.alt_hint)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.show_photo(None, None)

    @property
    def photo(self) -> Photo | None:
        return self._photo

    def alt_text(self) -> str:
        """The alt text as one line: line breaks typed by accident become spaces."""
        return " ".join(self.alt.toPlainText().split())

    def needs_translation(self) -> bool:
        """True while a Dutch site still has Pexels' English alt text untouched."""
        return self._dutch and bool(self.alt_text()) and not self._edited

    def show_photo(self, photo: Photo | None, pixmap: QPixmap | None) -> None:
        changed = photo != self._photo
        self._photo = photo
        self.set_pixmap(photo, pixmap)
        if photo is None:
            self.size_label.clear()
            self.credit.clear()
            self._setting = True
            self.alt.clear()
            self._setting = False
            self.alt.setEnabled(False)
            self.alt_hint.clear()
            return
        self.size_label.setText(self.tr("{0} × {1} pixels").format(photo.width, photo.height))
        self.credit.setText(
            self.tr('This <a href="{0}">photo</a> was taken by <a href="{1}">{2}</a> on Pexels.')
            .replace("{0}", escape(photo.url, quote=True))
            .replace("{1}", escape(photo.photographer_url, quote=True))
            .replace("{2}", _verbatim(photo.photographer) or self.tr("an unknown photographer"))
        )
        self.alt.setEnabled(True)
        if changed:
            self._edited = False
            self._setting = True
            self.alt.setPlainText(photo.alt)
            self._setting = False
        self._update_hint()

    def set_pixmap(self, photo: Photo | None, pixmap: QPixmap | None) -> None:
        colour = photo.avg_color if photo and photo.avg_color else "palette(mid)"
        self.image.setStyleSheet(f"#pexels_preview {{ background: {colour}; }}")
        if pixmap is None or pixmap.isNull():
            self.image.clear()
            return
        self.image.setPixmap(
            pixmap.scaled(
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_edited(self) -> None:
        if self._setting:
            return
        self._edited = True
        self._update_hint()
        self.altChanged.emit(self.alt_text())

    def _update_hint(self) -> None:
        if not self.alt_text():
            self.alt_hint.setText(
                self.tr("Pexels has no description of this photo: please write one.")
            )
            self.alt_hint.setStyleSheet("color: #b3261e;")
            self.alt.setPlaceholderText(self.tr("Describe what the photo shows"))
        elif self.needs_translation():
            self.alt_hint.setText(self.tr("Pexels' description is in English: translate it."))
            self.alt_hint.setStyleSheet("color: #8a5a00;")
        else:
            self.alt_hint.clear()
        self.alt.setProperty("needsTranslation", self.needs_translation())
        self.alt.setStyleSheet(
            "QPlainTextEdit { background: #fff4d6; }" if self.needs_translation() else ""
        )


def _verbatim(text: str) -> str:
    """HTML for `text` that keeps double spaces, as the caption will."""
    return f'<span style="white-space:pre">{escape(text)}</span>' if text else ""
