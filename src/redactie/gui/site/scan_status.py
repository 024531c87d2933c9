"""The status-bar part that shows the tag index being built: "Indexing tags… 3,200/10,000"."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from redactie.gui.site.controller import SiteController


class ScanStatus(QWidget):
    """Visible only while a scan runs; follows the controller's signals."""

    def __init__(self, sites: SiteController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_status")
        self.label = QLabel(self.tr("Indexing tags…"), self)
        self.label.setObjectName("scan_label")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("scan_progress")
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        sites.scanStarted.connect(self._on_started)
        sites.scanProgress.connect(self._on_progress)
        sites.scanEnded.connect(self.hide)
        self.hide()

    def _on_started(self) -> None:
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Indexing tags…"))
        self.show()

    def _on_progress(self, done: int, total: int) -> None:
        locale = QLocale()
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Indexing tags… {0}/{1}").format(locale.toString(done), locale.toString(total))
        )
