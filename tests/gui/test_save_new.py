"""Saving a new article suggests `<date>-<slug>.md` from the headline, in the site's default
section (or the folder used last), and writes a blank line after the front matter and a final
newline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data"


def _type_title(qtbot: QtBot, window: MainWindow, title: str) -> None:
    field = window.form.findChild(QLineEdit, "field:title")
    assert field is not None
    field.setFocus()
    qtbot.keyClicks(field, title)


def test_a_new_article_is_named_after_its_headline_in_the_sites_section(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "krant"
    shutil.copytree(DATA / "site", site)
    assert window.site_tools.sites.open_site(site)
    window.new_article()
    _type_title(qtbot, window, "Raad kiest voor zonnepanelen op het stadhuis")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "De gemeenteraad stemde in.")
    suggested = window.suggested_path()
    assert suggested.parent == (site / "content" / "nieuws").resolve()
    assert suggested.name.endswith("-raad-kiest-voor-zonnepanelen-op-het-stadhuis.md")
    asked: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)  # what the journalist sees in the file dialog
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert window.save()
    assert asked == [str(suggested)]
    text = suggested.read_text(encoding="utf-8")
    assert text.endswith("---\n\nDe gemeenteraad stemde in.\n")  # blank line, final newline


def test_without_a_site_the_last_folder_is_suggested(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "stukken"
    folder.mkdir()
    old = folder / "ouder.md"
    old.write_text('---\ntitle: "Ouder"\n---\nTekst.\n', encoding="utf-8")
    assert window.open_path(old)
    window.new_article()
    _type_title(qtbot, window, "Een nieuwe kop")
    suggested = window.suggested_path()
    assert suggested.parent == folder.resolve()
    assert suggested.name.endswith("-een-nieuwe-kop.md")
