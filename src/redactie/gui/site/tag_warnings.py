"""A quiet warning when a tag just added is almost one the site already uses.

`AI` next to `ai`, or `verkiezing` next to `verkiezingen`, splits a tag page in two. The user
hears about it in the status bar (the window shows `warned`) and the checks panel lists it,
without a dialog in the way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from redactie.gui.messages import message
from redactie.gui.session import ArticleSession, FrontMatterChange


class TagWarnings(QObject):
    """Compares the tags after each front-matter edit with those before; warns about twins."""

    warned = Signal(str)

    def __init__(self, session: ArticleSession) -> None:
        super().__init__(session)
        self.session = session
        self._known = self._current()
        session.loaded.connect(self._reset)
        session.frontMatterChanged.connect(self._on_changed)

    def _current(self) -> set[str]:
        return {t.casefold() for t in self.session.tags()}

    def _reset(self) -> None:
        self._known = self._current()

    def _on_changed(self, _change: FrontMatterChange) -> None:
        tags = self.session.tags()
        added = [t for t in tags if t.casefold() not in self._known]
        self._known = {t.casefold() for t in tags}
        index = self.session.tag_index
        if index is None:
            return
        for tag in added:
            twins = index.near_duplicates(tag)
            if twins:
                self.warned.emit(message(twins[0]))
