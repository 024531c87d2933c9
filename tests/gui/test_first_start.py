"""The very first start shows the example article; later starts do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from redactie.gui.app import open_first_window
from redactie.gui.context import AppContext
from redactie.resources import example_article


def test_the_first_start_opens_the_example_as_an_untitled_copy(
    qtbot: QtBot, context: AppContext
) -> None:
    assert context.settings.recent_files == []
    open_first_window(context, None)
    (window,) = context.windows
    assert window.document.path is None  # saving asks where: the bundled file stays as it is
    assert not window.document.is_modified()
    assert window.document.current_bytes() == example_article().read_bytes()
    title = window.form.findChild(QLineEdit, "field:title")
    assert title is not None
    assert title.text() == "OpenAI haalt Nederlands AI-talent binnen voor persoonlijke assistenten"
    assert window.editor.toPlainText().lstrip().startswith("Het Nederlandse AI-talent")


def test_with_recent_files_the_app_starts_with_an_empty_article(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.settings.add_recent(tmp_path / "eerder.md")
    open_first_window(context, None)
    (window,) = context.windows
    assert window.document.current_bytes() != example_article().read_bytes()
    assert window.editor.toPlainText() == ""


def test_the_first_start_says_it_is_an_example_and_new_starts_your_own(
    qtbot: QtBot, context: AppContext
) -> None:
    open_first_window(context, None)
    (window,) = context.windows
    window.show()
    banner = window.example_banner
    qtbot.waitUntil(banner.isVisible)
    assert "example article" in banner.label.text()
    qtbot.mouseClick(banner.new_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert window.editor.toPlainText() == ""
    assert window.document.current_bytes() != example_article().read_bytes()


def test_saving_the_example_as_your_own_ends_the_note(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    open_first_window(context, None)
    (window,) = context.windows
    window.show()
    qtbot.waitUntil(window.example_banner.isVisible)
    assert window.save_to(tmp_path / "mijn-stuk.md")
    assert not window.example_banner.isVisible()
    assert (tmp_path / "mijn-stuk.md").read_bytes() == example_article().read_bytes()


def test_later_starts_have_no_example_note(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.settings.add_recent(tmp_path / "eerder.md")
    open_first_window(context, None)
    (window,) = context.windows
    window.show()
    assert not window.example_banner.isVisible()


@pytest.mark.usefixtures("dutch_ui")
def test_the_example_note_is_dutch_in_the_dutch_ui(qtbot: QtBot, context: AppContext) -> None:
    open_first_window(context, None)
    (window,) = context.windows
    banner = window.example_banner
    assert banner.label.text().startswith("Dit is een voorbeeldartikel")
    assert banner.new_button.text() == "&Nieuw artikel"
    assert banner.open_button.text() == "&Artikel openen…"
