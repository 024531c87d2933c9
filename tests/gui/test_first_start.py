"""The very first start shows the example article; later starts do not."""

from __future__ import annotations

from pathlib import Path

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
