"""What all windows of one running app share: settings, the recovery journal, the windows.

One file is open in at most one window: opening it again brings that window forward. The
context knows windows only as "something with a document" (the main window registers itself
and its factory), so nothing here imports the main window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from redactie.core import settings as settings_store
from redactie.core import storage
from redactie.core.recovery import RecoverySession
from redactie.core.spelling import SpellChecker
from redactie.gui.document import ArticleDocument


class Window(Protocol):
    """What the context needs of a window."""

    @property
    def document(self) -> ArticleDocument: ...

    def show(self) -> None: ...


W = TypeVar("W", bound=Window)


class AppContext(Generic[W]):
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
        self.windows: list[W] = []  # the main windows, in the order they opened
        self.spell_checker: SpellChecker | None = None  # the one loaded last
        # Loaded checkers by (dictionaries, site word list, skip ALL-CAPS): windows and
        # articles with the same languages share one, and switching back is instant.
        self.spell_checkers: dict[tuple[tuple[str, ...], Path | None, bool], SpellChecker] = {}
        self.window_factory: Callable[[], W] | None = None  # set by the first window

    def save_settings(self) -> None:
        # settings are a convenience: failing to write them never blocks the user's work
        with contextlib.suppress(storage.StorageError):
            settings_store.save(self.settings, self._settings_path)

    def window_for(self, path: Path) -> W | None:
        """The window that has `path` open, or None."""
        resolved = path.resolve()
        return next((w for w in self.windows if w.document.path == resolved), None)

    def new_window(self) -> W:
        """A new, shown window from the registered factory (`MainWindow` registers itself)."""
        if self.window_factory is None:
            raise RuntimeError("no window factory: create the first window directly")
        window = self.window_factory()
        window.show()
        return window

    def register(self, window: W, factory: Callable[[], W]) -> None:
        self.windows.append(window)
        if self.window_factory is None:
            self.window_factory = factory

    def unregister(self, window: W) -> None:
        if window in self.windows:
            self.windows.remove(window)
