"""What choosing a photo does to the article: the cover lines, or an image in the body.

The cover change is one `QUndoCommand`, so a single undo brings back all old values (and drops
keys that were not there before). Every write goes through `Article.set`, which rewrites only
the changed lines and quotes names verbatim, double spaces and all.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from redactie.core.pexels import Photo, caption_for

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow

_ABSENT = object()
COVER_KEYS = ("cover.image", "cover.alt", "cover.caption")


def cover_values(
    photo: Photo, alt: str, template: str, *, image: str, relative: bool | None = None
) -> dict[str, object]:
    """The front-matter values to write, in file order."""
    values: dict[str, object] = {
        "cover.image": image,
        "cover.alt": alt,
        "cover.caption": caption_for(photo, template),
    }
    if relative is not None:
        values["cover.relative"] = relative
    return values


class CoverChange(QUndoCommand):
    """Sets the cover values in the window's article; undo restores the old ones."""

    def __init__(self, window: MainWindow, values: dict[str, object], text: str) -> None:
        super().__init__(text)
        self._window = window
        article = window.document.article
        self._had_cover = article.get("cover", _ABSENT) is not _ABSENT
        self._new = dict(values)
        self._old: dict[str, Any] = {key: article.get(key, _ABSENT) for key in values}

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)
        if not self._had_cover:
            with contextlib.suppress(KeyError):
                self._window.document.article.delete("cover")
            self._refresh()

    def _apply(self, values: dict[str, Any]) -> None:
        article = self._window.document.article
        for key, value in values.items():
            if value is _ABSENT:
                with contextlib.suppress(KeyError):
                    article.delete(key)
            else:
                article.set(key, value)
        self._refresh()

    def _refresh(self) -> None:
        """The form, the modified flag and the preview follow at once."""
        window = self._window
        window.form.refresh_from_article()
        window.document.front_matter_edited()
        window.preview.front_matter_changed()


def markdown_image(photo: Photo, alt: str, template: str, *, image: str) -> str:
    """An image paragraph plus its credit line, linking the photographer as Pexels asks."""
    name = _escape_brackets(photo.photographer)
    linked = f"[{name}]({photo.photographer_url})" if photo.photographer_url else name
    credit = caption_for(replace(photo, photographer=linked), template)
    return f"![{_escape_brackets(alt)}]({image})\n*{credit}*\n"


def _escape_brackets(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
