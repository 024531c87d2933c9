"""The questions and messages the window asks and shows, worded for a journalist.

Core raises typed errors and `messages.py` words them; this module asks the questions and puts
those sentences in boxes that say which file it is about and that the text is safe. Each box
has an object name, so tests (and accessibility tools) can find it and answer it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from redactie.core import storage
from redactie.core.article import ArticleError
from redactie.gui.messages import message


def tr(text: str) -> str:
    """Module-level strings: lupdate files bare `tr()` calls under the empty context."""
    return QCoreApplication.translate("", text)


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ExternalAnswer(Enum):
    KEEP_MINE = "keep"
    LOAD_THEIRS = "load"
    SHOW_BOTH = "both"


def ask_unsaved(parent: QWidget, name: str) -> UnsavedAnswer:
    """Save / Discard / Cancel before closing or replacing a changed article."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved_prompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “{0}”?").format(name or tr("Untitled")))
    box.setInformativeText(tr("If you don't save, your changes will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    name_buttons(
        box,
        {
            QMessageBox.StandardButton.Save: tr("&Save"),
            QMessageBox.StandardButton.Discard: tr("&Don't Save"),
            QMessageBox.StandardButton.Cancel: tr("Cancel"),
        },
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedAnswer.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedAnswer.DISCARD
    return UnsavedAnswer.CANCEL


def ask_revert(parent: QWidget, name: str) -> bool:
    """Throw away the changes and reload the saved file? The buttons say what they do."""
    box = QMessageBox(parent)
    box.setObjectName("revert_prompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Revert to Saved"))
    box.setText(tr("Throw away your changes and reload “{0}”?").format(name))
    revert = box.addButton(tr("&Revert"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
    revert.setObjectName("revert_button")
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is revert


def name_buttons(box: QMessageBox, names: dict[QMessageBox.StandardButton, str]) -> None:
    """Verbs with mnemonics on a box's standard buttons (Qt's own say Yes, No, Discard)."""
    for which, text in names.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def ask_external_change(parent: QWidget, name: str) -> ExternalAnswer:
    """The file changed on disk while the user has changes of their own."""
    box = QMessageBox(parent)
    box.setObjectName("external_change_prompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("File changed by another program"))
    box.setText(
        tr("“{0}” was changed outside redactie, and you have unsaved changes.").format(name)
    )
    box.setInformativeText(
        tr("Keep your version, load the version on disk, or compare the two change by change.")
    )
    keep = box.addButton(tr("&Keep Mine"), QMessageBox.ButtonRole.RejectRole)
    load = box.addButton(tr("&Load Theirs"), QMessageBox.ButtonRole.DestructiveRole)
    both = box.addButton(tr("&Compare…"), QMessageBox.ButtonRole.ActionRole)
    keep.setObjectName("keep_mine")
    load.setObjectName("load_theirs")
    both.setObjectName("show_both")
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is load:
        return ExternalAnswer.LOAD_THEIRS
    if clicked is both:
        return ExternalAnswer.SHOW_BOTH
    return ExternalAnswer.KEEP_MINE


def open_error_text(path: Path, error: Exception) -> str:
    """Why `path` cannot be opened, in words, with what to do about it."""
    if isinstance(error, ArticleError | storage.ReadError):
        return message(error, path=path)
    return tr("“{0}” could not be opened: {1}").format(path.name, error)


def save_error_text(path: Path, error: storage.SaveError) -> str:
    """Why saving failed; the text is still in the editor, which the message says."""
    return (
        tr("“{0}” was not saved.").format(path)
        + "\n\n"
        + message(error)
        + "\n\n"
        + tr("Your text is safe: it is still here in the editor.")
    )


def show_error(parent: QWidget, title: str, text: str, object_name: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
