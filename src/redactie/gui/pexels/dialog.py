"""The Pexels picker dialog: search, filters, the result grid and the chosen photo's details.

The dialog never waits on the network: searches run in `Searcher` workers and thumbnails in a
`QNetworkAccessManager`; a busy bar, a status line and, on failure, the error's own message in
the journalist's language tell what is going on. `PexelsDialog.pick()` returns the choice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from redactie.core.pexels import PexelsError, Photo, SearchPage, api_key
from redactie.gui.messages import message
from redactie.gui.pexels.detail import PhotoDetail
from redactie.gui.pexels.grid import PhotoGrid
from redactie.gui.pexels.options import ClientConfig
from redactie.gui.pexels.settings_dialog import PexelsKeyDialog
from redactie.gui.pexels.worker import Orientation, Query, Searcher

SLOW_AFTER_MS = 3000
COLOURS = ("red", "orange", "yellow", "green", "turquoise", "blue", "violet", "pink", "brown",
           "black", "gray", "white")  # fmt: skip


@dataclass(frozen=True)
class PickResult:
    """The chosen photo and the alt text as the journalist left it."""

    photo: Photo
    alt: str


class PexelsDialog(QDialog):
    """Search Pexels and choose one photo. Build it, or call `pick()`."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        site_language: str = "nl",
        query: str = "",
        accept_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pexels_dialog")
        self.setWindowTitle(self.tr("Photos from Pexels"))
        self.resize(1060, 640)
        self.searcher = Searcher(config, self)
        self.searcher.pageArrived.connect(self._on_page)
        self.searcher.failed.connect(self._on_error)
        self._next_page: str | None = None
        self._query = Query("")
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_AFTER_MS)
        self._slow.timeout.connect(self._on_slow)

        self.search_field = QLineEdit(query, self)
        self.search_field.setObjectName("pexels_search")
        self.search_field.setPlaceholderText(self.tr("Search photos, e.g. bicycle or newsroom"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.search)
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("pexels_orientation")
        self.orientation.addItem(self.tr("Any orientation"), None)
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Square"), "square")
        self.colour = QComboBox(self)
        self.colour.setObjectName("pexels_colour")
        self.colour.addItem(self.tr("Any colour"), None)
        for name, label in zip(COLOURS, self._colour_names(), strict=True):
            self.colour.addItem(label, name)
        self.orientation.currentIndexChanged.connect(self._filters_changed)
        self.colour.currentIndexChanged.connect(self._filters_changed)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("pexels_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("pexels_status")
        self.message = QLabel(self)
        self.message.setObjectName("pexels_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        self.grid = PhotoGrid(self)
        self.detail = PhotoDetail(site_language, self)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.grid.activated.connect(lambda _i: self.accept())
        self.grid.nearEnd.connect(self._more)
        self.grid.photo_model.thumbnailLoaded.connect(self._on_thumbnail)
        self.detail.altChanged.connect(lambda _t: self._update_buttons())

        attribution = QLabel(
            f'<a href="https://www.pexels.com">{self.tr("Photos provided by Pexels")}</a>',
            self,
        )
        attribution.setObjectName("pexels_attribution")
        attribution.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("pexels_ok")
        self.ok_button.setText(accept_text or self.tr("Use Photo"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._results_page())
        self.pages.addWidget(self._no_key_page())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.orientation)
        top.addWidget(self.colour)
        top.addWidget(self.search_button)
        layout.addLayout(top)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.status, 1)
        layout.addLayout(status)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(attribution)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_buttons()
        if not config.api_key:
            self._show_no_key()
        else:
            QTimer.singleShot(0, self.search)

    # -- public --------------------------------------------------------------------------------

    @classmethod
    def pick(
        cls,
        parent: QWidget | None,
        config: ClientConfig,
        query: str = "",
        *,
        site_language: str = "nl",
        accept_text: str = "",
    ) -> PickResult | None:
        """Show the dialog modally; the chosen photo and alt text, or None when cancelled."""
        dialog = cls(
            config,
            site_language=site_language,
            query=query,
            accept_text=accept_text,
            parent=parent,
        )
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def result_value(self) -> PickResult | None:
        photo = self.detail.photo
        if photo is None or not self.detail.alt_text():
            return None
        return PickResult(photo, self.detail.alt_text())

    def search(self) -> None:
        """Start a search for the field's text and filters; earlier answers are dropped."""
        if self.pages.currentIndex() != 0:
            return
        orientation: Orientation | None = self.orientation.currentData()
        colour: str | None = self.colour.currentData()
        self._query = Query(self.search_field.text().strip(), orientation, colour)
        self._next_page = None
        self.grid.photo_model.clear()
        self.detail.show_photo(None, None)
        self.message.hide()
        self._busy(
            self.tr("Searching Pexels for “{0}”…").format(self._query.text)
            if self._query.text
            else self.tr("Loading photos chosen by Pexels…")
        )
        self.searcher.search(self._query)
        self._update_buttons()

    def accept(self) -> None:
        if self.result_value() is not None:
            self._stop()
            super().accept()

    def reject(self) -> None:
        self._stop()
        super().reject()

    # -- building ------------------------------------------------------------------------------

    def _results_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.grid, 1)
        row.addWidget(self.detail)
        return page

    def _no_key_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        text = QLabel(
            self.tr(
                "<h3>A Pexels API key is needed</h3><p>Pexels gives one for free: sign in at "
                '<a href="https://www.pexels.com/api/">pexels.com/api</a>, ask for a key and '
                "enter it here.</p>"
            ),
            page,
        )
        text.setObjectName("pexels_no_key")
        text.setWordWrap(True)
        text.setOpenExternalLinks(True)
        column.addWidget(text)
        enter = QPushButton(self.tr("Enter API Key…"), page)
        enter.setObjectName("pexels_enter_key")
        enter.setAutoDefault(False)
        enter.clicked.connect(self._enter_key)
        column.addWidget(enter, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _enter_key(self) -> None:
        """The key dialog; with a key afterwards, the picker starts searching right away."""
        config = self.searcher.config
        dialog = PexelsKeyDialog(config, parent=self)
        dialog.exec()
        dialog.deleteLater()
        key = api_key.api_key()
        if not key:
            return
        self.searcher.config = replace(config, api_key=key)
        self.pages.setCurrentIndex(0)
        for widget in (self.search_field, self.orientation, self.colour, self.search_button):
            widget.setEnabled(True)
        self.search()

    def _colour_names(self) -> list[str]:
        return [self.tr("Red"), self.tr("Orange"), self.tr("Yellow"), self.tr("Green"),
                self.tr("Turquoise"), self.tr("Blue"), self.tr("Violet"), self.tr("Pink"),
                self.tr("Brown"), self.tr("Black"), self.tr("Grey"), self.tr("White")]  # fmt: skip

    # -- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Enter searches in the search field instead of closing the dialog."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.search_field.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def _filters_changed(self) -> None:
        if self._query.text or self.search_field.text().strip():
            self.search()

    def _on_page(self, page: SearchPage, follow_up: bool) -> None:
        self._idle()
        self._next_page = page.next_page
        self.grid.photo_model.append(page.photos)
        count = self.grid.photo_model.rowCount()
        if count == 0:
            self.status.setText(self.tr("No photos found for “{0}”.").format(self._query.text))
            return
        total = page.total_results
        self.status.setText(self.tr("{0} of {1} photos").format(count, max(total, count)))
        if not follow_up and not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self.grid.photo_model.index(0))

    def _on_error(self, error: PexelsError) -> None:
        self._idle()
        self.status.setText(self.tr("The search did not work."))
        self.message.setText(message(error))
        self.message.show()

    def _on_slow(self) -> None:
        if self.searcher.busy:
            self.status.setText(self.tr("Pexels is slow to answer; still waiting…"))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.grid.photo_model
        self.detail.show_photo(model.photo(current.row()), model.pixmap(current.row()))
        self._update_buttons()

    def _on_thumbnail(self, row: int) -> None:
        if row == self.grid.currentIndex().row():
            self.detail.set_pixmap(self.detail.photo, self.grid.photo_model.pixmap(row))

    def _more(self) -> None:
        if self._next_page and not self.searcher.busy:
            self._busy(self.tr("Loading more photos…"))
            self.searcher.more(self._next_page)

    # -- state ---------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.progress.show()
        self.status.setText(text)
        self._slow.start()

    def _idle(self) -> None:
        self.progress.hide()
        self._slow.stop()

    def _stop(self) -> None:
        self.searcher.cancel()
        self.grid.photo_model.clear()
        self._idle()

    def _show_no_key(self) -> None:
        self.pages.setCurrentIndex(1)
        for widget in (self.search_field, self.orientation, self.colour, self.search_button):
            widget.setEnabled(False)
        self.status.setText(self.tr("No Pexels API key yet."))

    def _update_buttons(self) -> None:
        self.ok_button.setEnabled(self.result_value() is not None)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # type: ignore[arg-type]
        self.search_field.setFocus()
