"""The window's Pexels actions: choose a cover, insert a photo, enter the API key.

`PexelsActions(session, editor, parent)` owns the three `QAction`s (the window puts them in its
menus). A chosen cover is one front-matter edit on the session (one undo step), so the form,
the preview and the checks follow at once; the caption, the image size and whether the photo
is downloaded are the session's resolved options (the site's `redactie.toml` wins).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from redactie.core.options import ArticleOptions
from redactie.core.pexels.models import cover_size
from redactie.gui.messages import message
from redactie.gui.pexels.cover import cover_values, markdown_image
from redactie.gui.pexels.options import ClientConfig, client_config
from redactie.gui.session import ArticleSession

if TYPE_CHECKING:
    from redactie.gui.pexels.dialog import PickResult

Picker = Callable[..., "PickResult | None"]


def pick_with_dialog(*args: Any, **kwargs: Any) -> PickResult | None:
    """The real picker, imported on first use: the Pexels stack (requests, requests-cache,
    cattrs) is not needed to start the window."""
    from redactie.gui.pexels.dialog import PexelsDialog

    return PexelsDialog.pick(*args, **kwargs)


class PexelsActions(QObject):
    """Everything a window needs for Pexels; create one per window."""

    message = Signal(str)  # for the status bar

    def __init__(self, session: ArticleSession, editor: QPlainTextEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.parent_widget = parent
        self.picker: Picker = pick_with_dialog  # tests may drive the real dialog instead
        self.config_factory: Callable[[], ClientConfig] = lambda: client_config(session.settings)
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()  # tests set it
        self.choose_cover_action = QAction(self.tr("Choose Cover Photo from Pexels…"), parent)
        self.choose_cover_action.setObjectName("action_pexels_cover")
        self.choose_cover_action.triggered.connect(self.choose_cover)
        self.insert_photo_action = QAction(self.tr("Insert Pexels Photo…"), parent)
        self.insert_photo_action.setObjectName("action_pexels_insert")
        self.insert_photo_action.triggered.connect(self.insert_photo)
        self.key_action = QAction(self.tr("Pexels API Key…"), parent)
        self.key_action.setObjectName("action_pexels_key")
        self.key_action.triggered.connect(self.edit_key)

    def choose_cover(self) -> bool:
        """Pick a photo and set the cover; True when the article changed."""
        choice = self._pick(self.tr("Use as Cover"))
        if choice is None:
            return False
        options = self.session.options
        image = self._image_url(choice, options)
        relative: bool | None = None
        if options.image_handling.value != "hotlink":
            saved = self._download(choice, image, options)
            if saved is None:
                return False
            image, relative = saved
        site = self.session.site
        values = cover_values(
            choice.photo,
            choice.alt,
            options.caption_template.value,
            image=image,
            relative=relative,
            source_key=site.options.image_source_key if site is not None else "cover.source",
            chosen=self.now(),
        )
        self.session.edit_front_matter(values, self.tr("Cover Photo"))
        self.message.emit(self._caption_source(options))
        return True

    def insert_photo(self) -> bool:
        """Pick a photo and insert it with its credit at the editor's cursor."""
        choice = self._pick(self.tr("Insert Photo"))
        if choice is None:
            return False
        options = self.session.options
        image = self._image_url(choice, options)
        template = options.caption_template.value
        text = markdown_image(choice.photo, choice.alt, template, image=image)
        cursor = self.editor.textCursor()
        if cursor.positionInBlock() > 0:
            text = "\n\n" + text
        cursor.insertText(text + "\n")
        self.editor.setTextCursor(cursor)
        return True

    def edit_key(self) -> None:
        from redactie.gui.pexels.settings_dialog import PexelsKeyDialog

        dialog = PexelsKeyDialog(self.config_factory(), parent=self.parent_widget)
        dialog.exec()
        dialog.deleteLater()

    # -- internals -----------------------------------------------------------------------------

    def _caption_source(self, options: ArticleOptions) -> str:
        """Where the credit's wording came from, for a journalist who expected another."""
        source = options.caption_template.source
        if source == "site":
            return self.tr("Cover photo set; the credit follows the site's redactie.toml.")
        if source == "user":
            return self.tr("Cover photo set; the credit follows your own Pexels settings.")
        return self.tr("Cover photo set.")

    @staticmethod
    def _image_url(choice: PickResult, options: ArticleOptions) -> str:
        src = choice.photo.src
        size = options.image_size.value
        if size == "auto":
            size = cover_size(choice.photo, options.cover_width.value)
        return src.get(size) or src.get("original", "")

    def _pick(self, accept_text: str) -> PickResult | None:
        return self.picker(
            self.parent_widget,
            self.config_factory(),
            self.session.text_field("title"),
            site_language=self._site_language(),
            accept_text=accept_text,
        )

    def _site_language(self) -> str:
        """The open site's languageCode (Dutch when no site says otherwise)."""
        site = self.session.site
        code = site.hugo.language_code if site is not None else None
        return code or "nl"

    def _download(
        self, choice: PickResult, url: str, options: ArticleOptions
    ) -> tuple[str, bool | None] | None:
        """Save the photo for the article; the cover value, or None (and a message) on failure."""
        from redactie.core.pexels.download import DownloadPlanError, plan_download
        from redactie.gui.pexels.download import DownloadFailed, download

        mode: Literal["bundle", "static"] = (
            "static" if options.image_handling.value == "static" else "bundle"
        )
        try:
            plan = plan_download(
                self.session.path,
                url,
                title=self.session.text_field("title"),
                mode=mode,
                static_folder=options.image_folder.value,
            )
            download(url, plan.target, self.parent_widget)
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
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Pexels"), text, parent=self.parent_widget
        )
        box.setObjectName("pexels_warning")
        box.exec()
