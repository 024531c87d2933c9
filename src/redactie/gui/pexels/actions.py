"""The window's Pexels actions: choose a cover, insert a photo, enter the API key.

`PexelsActions(window)` owns the three `QAction`s (the window puts them in its menus) and a
`QUndoStack` for cover changes, cleared whenever the window loads another article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMessageBox

from redactie.core.pexels.download import DownloadPlanError, plan_download
from redactie.gui.messages import message
from redactie.gui.pexels.cover import CoverChange, cover_values, markdown_image
from redactie.gui.pexels.dialog import PexelsDialog, PickResult
from redactie.gui.pexels.download import DownloadFailed, download
from redactie.gui.pexels.options import ClientConfig, PexelsOptions, client_config
from redactie.gui.pexels.settings_dialog import PexelsKeyDialog

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow

Picker = Callable[..., PickResult | None]


class PexelsActions(QObject):
    """Everything the main window needs for Pexels; create one per window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.picker: Picker = PexelsDialog.pick  # tests may drive the real dialog instead
        self.config_factory: Callable[[], ClientConfig] = lambda: client_config(
            window.context.settings
        )
        self.choose_cover_action = QAction(self.tr("Choose Cover Photo from Pexels…"), window)
        self.choose_cover_action.setObjectName("action_pexels_cover")
        self.choose_cover_action.triggered.connect(self.choose_cover)
        self.insert_photo_action = QAction(self.tr("Insert Pexels Photo…"), window)
        self.insert_photo_action.setObjectName("action_pexels_insert")
        self.insert_photo_action.triggered.connect(self.insert_photo)
        self.key_action = QAction(self.tr("Pexels API Key…"), window)
        self.key_action.setObjectName("action_pexels_key")
        self.key_action.triggered.connect(self.edit_key)
        self.undo_action = self.undo_stack.createUndoAction(window, self.tr("Undo Cover Photo"))
        window.document.loaded.connect(self.undo_stack.clear)

    @property
    def options(self) -> PexelsOptions:
        return PexelsOptions.from_settings(self.window.context.settings)

    def choose_cover(self) -> bool:
        """Pick a photo and set the cover; True when the article changed."""
        choice = self._pick(self.tr("Use as Cover"))
        if choice is None:
            return False
        options = self.options
        image = choice.photo.src.get(options.image_size) or choice.photo.src.get("original", "")
        relative: bool | None = None
        if options.download != "hotlink":
            saved = self._download(choice, image, options)
            if saved is None:
                return False
            image, relative = saved
        values = cover_values(
            choice.photo, choice.alt, options.caption_template, image=image, relative=relative
        )
        self.undo_stack.push(CoverChange(self.window, values, self.tr("Cover Photo")))
        return True

    def insert_photo(self) -> bool:
        """Pick a photo and insert it with its credit at the editor's cursor."""
        choice = self._pick(self.tr("Insert Photo"))
        if choice is None:
            return False
        options = self.options
        image = choice.photo.src.get(options.image_size) or choice.photo.src.get("original", "")
        text = markdown_image(choice.photo, choice.alt, options.caption_template, image=image)
        cursor = self.window.editor.textCursor()
        if cursor.positionInBlock() > 0:
            text = "\n\n" + text
        cursor.insertText(text + "\n")
        self.window.editor.setTextCursor(cursor)
        return True

    def edit_key(self) -> None:
        dialog = PexelsKeyDialog(self.config_factory(), parent=self.window)
        dialog.exec()
        dialog.deleteLater()

    # -- internals -----------------------------------------------------------------------------

    def _pick(self, accept_text: str) -> PickResult | None:
        article = self.window.document.article
        title = article.get("title", "")
        return self.picker(
            self.window,
            self.config_factory(),
            title if isinstance(title, str) else "",
            site_language=self._site_language(),
            accept_text=accept_text,
        )

    def _site_language(self) -> str:
        """The open site's languageCode (Dutch when no site says otherwise)."""
        tools = getattr(self.window, "site_tools", None)
        site = tools.sites.site if tools is not None else None
        code = site.hugo.language_code if site is not None else None
        return code or "nl"

    def _download(
        self, choice: PickResult, url: str, options: PexelsOptions
    ) -> tuple[str, bool | None] | None:
        """Save the photo for the article; the cover value, or None (and a message) on failure."""
        title = self.window.document.article.get("title", "")
        mode: Literal["bundle", "static"] = "static" if options.download == "static" else "bundle"
        try:
            plan = plan_download(
                self.window.document.path,
                url,
                title=title if isinstance(title, str) else "",
                mode=mode,
                static_folder=options.static_folder,
            )
            download(url, plan.target, self.window)
        except DownloadPlanError as exc:
            self._warn(message(exc))
            return None
        except DownloadFailed as exc:
            if not exc.cancelled:
                self._warn(
                    self.tr("The photo could not be downloaded; nothing was changed.\n{0}").format(
                        exc
                    )
                )
            return None
        return plan.image, (True if plan.relative else None)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pexels"), text, parent=self.window)
        box.setObjectName("pexels_warning")
        box.exec()
