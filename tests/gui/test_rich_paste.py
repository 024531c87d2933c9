"""Pasting rich text (Word, Google Docs, a web page) gives Markdown; Ctrl+Shift+V plain text;
a clipboard with only HTML pastes too. Through the real clipboard into the real editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow

GDOCS = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
    '<h2><span style="font-weight:400">Raad stemt in</span></h2>'
    '<p><span style="font-weight:400">De raad stemde </span>'
    '<span style="font-weight:700">unaniem</span><span> in met het </span>'
    '<span style="font-style:italic">plan</span>.</p>'
    "<ul><li><p><span>punt een</span></p></li><li><p><span>punt twee</span></p></li></ul>"
    '<p>Zie <a href="https://gemeente.nl/besluit">het besluit</a>.</p></b>'
)


@pytest.fixture(autouse=True)
def clipboard_cleared() -> Iterator[None]:
    """The clipboard owns the mime data a test puts there: clear it while the app lives (left
    for the app's exit, its deletion crashed the interpreter after the tests)."""
    yield
    QGuiApplication.clipboard().clear()


def _clipboard(html: str, text: str | None) -> None:
    data = QMimeData()
    data.setHtml(html)
    if text is not None:
        data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


def test_google_docs_html_pastes_as_markdown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _clipboard(GDOCS, "Raad stemt in\nDe raad stemde unaniem in met het plan.")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    text = window.editor.toPlainText()
    assert "## Raad stemt in" in text
    assert "De raad stemde **unaniem** in met het *plan*." in text
    assert "- punt een" in text and "- punt twee" in text
    assert "[het besluit](https://gemeente.nl/besluit)" in text
    assert "<span" not in text and "**Raad" not in text  # the wrapper made nothing bold


def test_ctrl_shift_v_pastes_plain_text(qtbot: QtBot, window: MainWindow) -> None:
    _clipboard("<p>Een <b>vette</b> zin.</p>", "Een vette zin.")
    window.editor.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.editor, Qt.Key.Key_V, modifiers)
    assert window.editor.toPlainText() == "Een vette zin."


def test_a_clipboard_with_only_html_pastes(qtbot: QtBot, window: MainWindow) -> None:
    _clipboard("<p>Alleen <i>HTML</i> hier.</p>", None)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText().strip() == "Alleen *HTML* hier."
