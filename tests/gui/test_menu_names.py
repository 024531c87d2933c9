"""A message that names a menu item names it exactly as the menu shows it, in each language
("Bestand ▸ Opslaan als…", not "Opslaan als")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from redactie.gui import i18n
from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow
from redactie.resources import translations_dir

NAMED = re.compile(r"(\w+) ▸ ")


def _menu_paths(window: MainWindow) -> set[str]:
    paths: set[str] = set()

    def walk(actions: list[QAction], prefix: str) -> None:
        for action in actions:
            text = action.text().replace("&", "")
            if not text:
                continue
            path = f"{prefix} ▸ {text}" if prefix else text
            paths.add(path)
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions(), path)

    walk(window.menuBar().actions(), "")
    return paths


def _named(texts: list[str], paths: set[str]) -> list[str]:
    """Each place a text names a menu item that is not one, as "text: where"."""
    wrong = []
    for text in texts:
        for match in NAMED.finditer(text):
            if not any(text.startswith(path, match.start()) for path in paths):
                wrong.append(f"{text}: {text[match.start() : match.start() + 40]}")
    return wrong


def test_messages_name_menu_items_exactly_in_both_languages(
    qtbot: QtBot, context: AppContext
) -> None:
    tree = ET.parse(translations_dir() / "redactie_nl.ts")
    sources = [m.findtext("source") or "" for m in tree.iter("message")]
    dutch = [m.findtext("translation") or "" for m in tree.iter("message")]
    assert any("▸" in s for s in sources)  # the test reads something

    assert _named(sources, _menu_paths(MainWindow(context))) == []
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "nl")
    try:
        assert _named(dutch, _menu_paths(MainWindow(context))) == []
    finally:
        i18n.remove_translators(app, installed)
