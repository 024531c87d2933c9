"""A quiet warning when a tag just added is almost one the site already uses.

`AI` next to `ai`, or `verkiezing` next to `verkiezingen`, splits a tag page in two. The user
hears about it in the status bar (and the checks panel lists it) without a dialog in the way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from redactie.gui.messages import message
from redactie.gui.site.controller import SiteController

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow

SHOW_MS = 8000


def _tags_of(window: MainWindow) -> list[str]:
    value = window.document.article.get("tags", None)
    items = value if isinstance(value, list) else [] if value in (None, "") else [value]
    return [str(item) for item in items]


class TagWarnings(QObject):
    """Compares the tags after each form edit with those before; warns about new near-twins."""

    warned = Signal(str)

    def __init__(self, window: MainWindow, sites: SiteController) -> None:
        super().__init__(window)
        self.window = window
        self.sites = sites
        self._known = {t.casefold() for t in _tags_of(window)}
        window.document.loaded.connect(self._reset)
        window.form.changed.connect(self._on_form_changed)

    def _reset(self) -> None:
        self._known = {t.casefold() for t in _tags_of(self.window)}

    def _on_form_changed(self) -> None:
        tags = _tags_of(self.window)
        added = [t for t in tags if t.casefold() not in self._known]
        self._known = {t.casefold() for t in tags}
        index = self.sites.index
        if index is None:
            return
        for tag in added:
            twins = index.near_duplicates(tag)
            if twins:
                text = message(twins[0])
                self.window.statusBar().showMessage(text, SHOW_MS)
                self.warned.emit(text)
