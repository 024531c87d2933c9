"""What all windows of one running app share: settings, the recovery journal, the windows.

One file is open in at most one window: opening it again brings that window forward.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from redactie.core import settings as settings_store
from redactie.core import storage
from redactie.core.recovery import RecoverySession
from redactie.core.spelling import SpellChecker

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow


class AppContext:
    """Shared state of the running app; created by `app.run()` (or a test), never at import."""

    def __init__(
        self,
        settings: settings_store.Settings,
        recovery: RecoverySession | None,
        *,
        settings_path: Path | None = None,
    ) -> None:
        self.settings = settings
        self.recovery = recovery
        self._settings_path = settings_path
        self.windows: list[MainWindow] = []
        self.spell_checker: SpellChecker | None = None  # the one loaded last
        # Loaded checkers by (dictionaries, site word list, skip ALL-CAPS): windows and
        # articles with the same languages share one, and switching back is instant.
        self.spell_checkers: dict[tuple[tuple[str, ...], Path | None, bool], SpellChecker] = {}
        self.window_factory: Callable[[], MainWindow] | None = None

    def save_settings(self) -> None:
        # settings are a convenience: failing to write them never blocks the user's work
        with contextlib.suppress(storage.StorageError):
            settings_store.save(self.settings, self._settings_path)

    def window_for(self, path: Path) -> MainWindow | None:
        resolved = path.resolve()
        return next((w for w in self.windows if w.document.path == resolved), None)

    def new_window(self) -> MainWindow:
        if self.window_factory is None:
            from redactie.gui.main_window import MainWindow

            window = MainWindow(self)
        else:
            window = self.window_factory()
        window.show()
        return window

    def register(self, window: MainWindow) -> None:
        self.windows.append(window)

    def unregister(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
