"""Questions are answered with verbs that say what happens, each with a mnemonic (never
Yes/No), in the user's language."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE


def answer_with(pick: Callable[[list[QAbstractButton]], QAbstractButton]) -> list[str]:
    """Click the button `pick` chooses in the next message box; returns the buttons' texts."""
    texts: list[str] = []

    def answer() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, answer)
            return
        texts.extend(b.text() for b in box.buttons())
        pick(box.buttons()).click()

    QTimer.singleShot(0, answer)
    return texts


def by_text(text: str) -> Callable[[list[QAbstractButton]], QAbstractButton]:
    return lambda buttons: next(b for b in buttons if b.text() == text)


@pytest.mark.usefixtures("dutch_ui")
def test_revert_asks_with_verbs_and_reloads_the_saved_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "stuk.md"
    shutil.copy(EXAMPLE_ARTICLE, path)
    assert window.open_path(path)
    window.editor.textCursor().insertText("Weg hiermee. ")
    assert window.document.is_modified()

    texts = answer_with(by_text("&Verder bewerken"))
    window.revert()
    assert sorted(texts) == ["&Terugzetten", "&Verder bewerken"]
    assert window.document.is_modified()  # kept editing

    answer_with(by_text("&Terugzetten"))
    window.revert()
    assert not window.document.is_modified()
    assert window.document.current_bytes() == path.read_bytes() == EXAMPLE_ARTICLE.read_bytes()


@pytest.mark.usefixtures("dutch_ui")
def test_the_unsaved_prompt_says_save_dont_save_cancel_with_mnemonics(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.editor.textCursor().insertText("Nog niet opgeslagen.")
    assert window.document.is_modified()
    texts = answer_with(by_text("Annuleren"))
    assert not window.confirm_discard()
    assert sorted(texts) == ["&Niet opslaan", "&Opslaan", "Annuleren"]
    assert window.editor.toPlainText() == "Nog niet opgeslagen."


def test_the_toolbar_speaks_one_style_and_its_tooltips_teach_the_shortcuts(
    qtbot: QtBot, window: MainWindow
) -> None:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]
    assert all(isinstance(b, QToolButton) and b.text() for b in buttons)
    tips = {a.iconText(): a.toolTip() for a in toolbar.actions() if not a.isSeparator()}
    assert tips["Bold"] == "Bold (Ctrl+B)"
    assert tips["Save"] == "Save (Ctrl+S)"
    for action in toolbar.actions():
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key in action.toolTip(), action.iconText()
