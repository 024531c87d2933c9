"""When redactie itself fails: the trace into the log file, and a calm word to the journalist.

An uncaught exception (in a slot, a worker thread, a QThread) must not vanish onto a terminal
nobody sees, nor leave the journalist wondering about the article. `sys.excepthook` and
`threading.excepthook` write the traceback to the log file (see `redactie.core.logfile`) in the
failing thread; then the GUI thread - reached by a queued signal, whichever thread failed -
copies every window's unsaved work to the recovery folder and says, in Dutch or English, that
the text is safe and where that folder is. One message at a time: a failure that repeats (a
broken paint) adds log lines, not a pile of dialogs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from redactie.core import logfile

if TYPE_CHECKING:
    from redactie.gui.context import AppContext

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


def _no_recovery() -> Path | None:
    return None


class CrashReporter(QObject):
    """Installs the two exception hooks and shows the "your text is safe" message."""

    _failed = Signal()

    def __init__(
        self,
        log_file: Path | None,
        keep_work_safe: Callable[[], Path | None] = _no_recovery,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.keep_work_safe = keep_work_safe  # copies unsaved work; returns the recovery folder
        self.box: QMessageBox | None = None
        self._previous: tuple[ExceptHook, ThreadHook] | None = None
        self._failed.connect(self._report, Qt.ConnectionType.QueuedConnection)

    # -- hooks (any thread) --------------------------------------------------------------------

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def uninstall(self) -> None:
        """Put the earlier hooks back, unless someone replaced ours meanwhile."""
        if self._previous is None:
            return
        if sys.excepthook == self.on_exception:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.on_thread_exception:
            threading.excepthook = self._previous[1]
        self._previous = None

    def on_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: Python's own way
            sys.__excepthook__(kind, error, trace)
            return
        self._record(kind, error, trace, threading.current_thread().name)

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # as the default hook: a thread that exits is no failure
        name = args.thread.name if args.thread is not None else "?"
        self._record(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _record(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        thread: str,
    ) -> None:
        log.critical(
            "uncaught %s in thread %s", kind.__name__, thread, exc_info=(kind, error, trace)
        )
        logfile.flush()
        with contextlib.suppress(RuntimeError):  # the reporter is gone: the app is ending
            self._failed.emit()  # queued: the message is always shown by the GUI thread

    # -- the message (GUI thread) --------------------------------------------------------------

    @Slot()
    def _report(self) -> None:
        try:
            if self.box is not None and self.box.isVisible():
                return  # said already; the recovery timer keeps the copies fresh meanwhile
            folder = self._save_work()
            self.box = self._message(folder)
            self.box.show()
        except Exception:  # a failure here must not call the hook that called us, forever
            log.exception("could not show the failure message")

    def _save_work(self) -> Path | None:
        try:
            return self.keep_work_safe()
        except Exception:
            log.exception("could not write the recovery copies after a failure")
            return None

    def _message(self, folder: Path | None) -> QMessageBox:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crash_report")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("redactie ran into a problem"))
        if folder is not None:
            safe = self.tr(
                "Something went wrong inside redactie, but your text is safe: unsaved changes "
                "are copied to the recovery folder\n{0}\nand offered back if redactie has to "
                "restart."
            ).format(folder)
        else:
            safe = self.tr(
                "Something went wrong inside redactie, but your text is safe: it is still in "
                "the editor. Save it now (File ▸ Save As…) before you continue."
            )
        advice = self.tr("Save your article; restart redactie if anything looks wrong.")
        parts = [safe, advice]
        if self.log_file is not None:
            parts.append(self.tr("Details for support are in {0}").format(self.log_file))
        box.setText("\n\n".join(parts))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        return box


def save_recovery_copies(context: AppContext[Any]) -> Path | None:
    """Every window's unsaved work into this session's recovery folder: that folder, or None
    when there is no journal or a copy could not be written (then the message says "save")."""
    if context.recovery is None:
        return None
    complete = True
    for window in list(context.windows):
        document = window.document
        try:
            if document.is_modified():
                data = document.current_bytes()
                context.recovery.write(document.document_id, document.path, data)
        except Exception:  # one broken window must not keep the others' work from safety
            log.exception(
                "no recovery copy of %s", document.display_name() or "an untitled article"
            )
            complete = False
    return context.recovery.folder if complete else None
