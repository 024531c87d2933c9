"""Planning and running an export in a pool thread: image downloads and `git push` can take
long or hang on a bad network, and the window must keep answering meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from redactie.core.errors import RedactieError
from redactie.gui.messages import message


class JobSignals(QObject):
    progress = Signal(str, int)  # phase, percent
    done = Signal(object)  # the job's result
    failed = Signal(object)  # a RedactieError, or a str


class Job(QRunnable):
    """Runs `work(on_progress)` once; typed errors are reported, never raised into Qt."""

    def __init__(self, work: Callable[[Callable[[str, int], None]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it while it runs
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except RedactieError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a thread must report, never die silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


def error_text(error: object) -> str:
    """The sentence for a failed job: a core error's, with the cause (git's own output) below
    it when the sentence does not already say it."""
    if isinstance(error, RedactieError):
        text = message(error)
        return f"{text}\n\n{error.detail}" if error.detail not in text else text
    return str(error)
