"""The export's wait for the article's links, as one row of the export dialog.

A site that sets `[links] before_export = true` wants every web link of an article asked
before it goes out. The row asks the window's `LinkChecks` (the pool, a few at a time, a day's
cache; the checks panel gets the same answers), counts the answers as they arrive ("Checking
links… 12 of 50") and says `finished` when the last one is in: the dialog plans again with
them, so a `link-broken` at error level blocks like any error. **Go Ahead** stops the wait:
the dialog exports with the answers so far. A link without an answer (offline, a timeout) is
"not checked": said here, never a reason to block.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from redactie.core.checks.links import LinkResult
from redactie.gui.site.link_checks import LinkChecks


class ExportLinks(QWidget):
    """Progress of the article's link answers, with a Go Ahead button while they come."""

    finished = Signal()  # every link has its answer
    goAhead = Signal()  # noqa: N815 - the journalist does not want to wait for the rest

    def __init__(self, link_checks: LinkChecks, urls: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("export_links")
        self.link_checks = link_checks
        self.urls = list(dict.fromkeys(urls))
        self.started = False
        self.waiting = False
        self.label = QLabel(self)
        self.label.setObjectName("export_links_status")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("export_links_progress")
        self.bar.setRange(0, len(self.urls))
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.button = QPushButton(self.tr("&Go Ahead"), self)
        self.button.setObjectName("export_go_ahead")
        self.button.setToolTip(
            self.tr("Export now with the links answered so far; the others stay unchecked")
        )
        self.button.clicked.connect(self.go_ahead)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar, 1)
        row.addWidget(self.button)

    def start(self) -> None:
        """Ask about every link that has no answer yet; `finished` once all have one."""
        self.started = self.waiting = True
        self.link_checks.checked.connect(self._on_checked)
        self.link_checks.ask(self.urls)
        self._show()
        if self.answered() == len(self.urls):  # all known already (asked earlier)
            QTimer.singleShot(0, self._done)

    def results(self) -> dict[str, LinkResult]:
        """The answers so far for this article's links."""
        known = self.link_checks.runner.link_results
        return {url: known[url] for url in self.urls if url in known}

    def answered(self) -> int:
        return len(self.results())

    def go_ahead(self) -> None:
        if self.waiting:
            self._stop()
            self.label.setText(
                self.tr("Not waiting for {0} of {1} links.").format(
                    len(self.urls) - self.answered(), len(self.urls)
                )
            )
            self.goAhead.emit()

    def _on_checked(self, url: str) -> None:
        if not self.waiting or url not in self.urls:
            return
        self._show()
        if self.answered() == len(self.urls):
            self._done()

    def _show(self) -> None:
        self.bar.setValue(self.answered())
        self.label.setText(
            self.tr("Checking links… {0} of {1}").format(self.answered(), len(self.urls))
        )

    def _done(self) -> None:
        if not self.waiting:
            return
        self._stop()
        unchecked = sum(1 for r in self.results().values() if r.state == "unchecked")
        checked = len(self.urls) - unchecked
        if unchecked:
            self.label.setText(
                self.tr("Links checked: {0}; not checked (no answer): {1}.").format(
                    checked, unchecked
                )
            )
        else:
            self.label.setText(self.tr("Links checked: {0}.").format(checked))
        self.finished.emit()

    def _stop(self) -> None:
        self.waiting = False
        self.link_checks.checked.disconnect(self._on_checked)
        self.bar.setValue(self.answered())
        self.bar.hide()
        self.button.hide()
