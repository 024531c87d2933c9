"""Loads a `SpellChecker` on a pool thread: reading a dictionary must never freeze the window.

Only the finished checker crosses back, by a queued signal, and it is used on the GUI thread
from then on. A newer `load` makes an older, still running one's result be dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from redactie.core.spelling import DEFAULT_LANGUAGES, SpellChecker, SpellingUnavailableError
from redactie.gui.messages import describe


class _Relay(QObject):
    """Carries a pool thread's result to the GUI thread (queued: it lives on the GUI thread)."""

    done = Signal(int, object, str)


class _LoadTask(QRunnable):
    def __init__(self, relay: _Relay, generation: int, make: _Factory) -> None:
        super().__init__()
        self._relay = relay
        self._generation = generation
        self._make = make

    def run(self) -> None:
        try:
            checker = self._make()
        except (SpellingUnavailableError, OSError) as error:
            result: tuple[SpellChecker | None, str] = (None, describe(error))
        else:
            result = (checker, "")
        with contextlib.suppress(RuntimeError):  # the app quit while the dictionaries loaded
            self._relay.done.emit(self._generation, *result)


class _Factory:
    def __init__(
        self, languages: Sequence[str], personal: Path | None, site_words: Path | None, caps: bool
    ) -> None:
        self.languages, self.personal, self.site_words, self.caps = (
            tuple(languages),
            personal,
            site_words,
            caps,
        )

    def __call__(self) -> SpellChecker:
        return SpellChecker(
            self.languages,
            personal=self.personal,
            site_words=self.site_words,
            skip_caps=self.caps,
        )


class SpellCheckerLoader(QObject):
    """Emits `loaded(checker)` or `failed(reason)` for the latest `load` request."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()  # no parent: a running task keeps it alive past the loader
        self._relay.done.connect(self._done)
        self._generation = 0

    def load(
        self,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        *,
        personal: Path | None = None,
        site_words: Path | None = None,
        skip_caps: bool = True,
    ) -> None:
        """Start loading; the window stays responsive meanwhile."""
        self._generation += 1
        factory = _Factory(languages, personal, site_words, skip_caps)
        self._pool.start(_LoadTask(self._relay, self._generation, factory))

    def cancel(self) -> None:
        """Drop the result of a load still running (a cached checker was used instead)."""
        self._generation += 1

    def _done(self, generation: int, checker: SpellChecker | None, reason: str) -> None:
        if generation != self._generation:
            return
        if checker is None:
            self.failed.emit(reason)
        else:
            self.loaded.emit(checker)
