"""The taxonomy scan in a pool thread, so a 10,000-article site never freezes the window.

The worker owns its `TaxonomyIndex` until the scan is over and then hands it to the GUI thread
by signal; a cancelled or failed scan hands nothing over, so the old completions stay.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal

from redactie.core.site.tags import ScanCancelledError, ScanStats, TaxonomyIndex
from redactie.gui.messages import describe


class ScanSignals(QObject):
    """Signals of one scan; emitted from the pool thread, delivered queued to the GUI."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object, object)  # TaxonomyIndex, ScanStats
    cancelled = Signal()
    failed = Signal(str)


class TaxonomyScan(QRunnable):
    """One `TaxonomyIndex.scan` run; `cancel()` is safe from any thread."""

    def __init__(self, index: TaxonomyIndex) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the controller keeps it (and its signals) alive
        self.index = index
        self.signals = ScanSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            stats: ScanStats = self.index.scan(
                on_progress=self.signals.progress.emit, cancel=self._cancel.is_set
            )
        except ScanCancelledError:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # a thread must report, never die silently
            self.signals.failed.emit(describe(exc))
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(self.index, stats)
