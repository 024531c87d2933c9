"""Recent files show the headline and the folder, so two `index.md` files can be told apart."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from redactie.core import settings as settings_store
from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE


def test_recent_files_show_headline_and_folder_and_survive_a_restart(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first = tmp_path / "nieuws" / "ai-talent" / "index.md"
    first.parent.mkdir(parents=True)
    shutil.copy(EXAMPLE_ARTICLE, first)
    second = tmp_path / "achtergrond" / "plein" / "index.md"
    second.parent.mkdir(parents=True)
    second.write_text('---\ntitle: "Een plein & een park"\n---\nTekst.\n', encoding="utf-8")
    assert window.open_path(first)
    assert window.open_path(second)
    menu = window.findChild(QMenu, "recent_menu")
    assert menu is not None
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert labels == [
        "&1 Een plein && een park — plein",
        "&2 OpenAI haalt Nederlands AI-talent binnen voor persoonlijke assistenten — ai-talent",
    ]
    assert menu.actions()[1].toolTip() == str(first.resolve())
    stored = settings_store.load(window.context._settings_path)
    assert stored.recent_titles[str(second.resolve())] == "Een plein & een park"
