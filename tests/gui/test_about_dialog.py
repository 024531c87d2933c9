"""The About dialog credits what the app really uses: every declared runtime dependency."""

from __future__ import annotations

import re
import tomllib

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from redactie.gui.about_dialog import COMPONENTS, AboutDialog
from tests.paths import ROOT


def test_every_declared_dependency_is_credited_in_the_about_dialog() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0] for spec in project["dependencies"]]
    credited = " ".join(name for name, _, _ in COMPONENTS).lower()
    assert [name for name in declared if name.lower() not in credited] == []


@pytest.mark.usefixtures("dutch_ui")
def test_the_about_dialog_is_dutch_in_the_dutch_ui(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "about_text")
    assert label is not None
    text = label.text()
    assert dialog.windowTitle() == "Over redactie"
    assert "Foto's geleverd door" in text
    assert "spellingcontrole" in text and "venster, editor, voorbeeld" in text
    assert "spell checking" not in text and "the runtime" not in text
