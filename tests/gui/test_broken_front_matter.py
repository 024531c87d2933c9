"""A file whose front matter does not parse never shows another article's data: the form is
empty and locked, the raw panel and the checks agree that the front matter is the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE

BROKEN = '---\ntitle: "Een titel zonder einde\ntags: [a, b\n---\nTekst.\n'


def test_a_broken_file_after_a_good_one_shows_no_values_of_the_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "goed.md"
    shutil.copy(EXAMPLE_ARTICLE, good)
    assert window.open_path(good)
    title = window.form.findChild(QLineEdit, "field:title")
    assert title is not None and title.text().startswith("OpenAI haalt")

    broken = tmp_path / "kapot.md"
    broken.write_bytes(BROKEN.encode())
    assert window.open_path(broken)

    form = window.form
    assert title.text() == ""  # not the previous article's title
    assert not form.fields.isEnabled()  # locked until the text is fixed
    for name in ("field:cover.image", "field:cover.alt", "field:cover.caption"):
        field = form.findChild(QLineEdit, name)
        assert field is not None and field.text() == "", name
    draft = form.findChild(QCheckBox, "field:draft")
    assert draft is not None and not draft.isChecked()
    date = form.findChild(QDateTimeEdit, "field:date")
    assert date is not None and date.text() in ("", "No date")
    assert "cannot be read" in form.raw_panel.other_keys.text()
    findings = window.site_tools.checks.refresh()
    assert [f.rule_id for f in findings] == ["front-matter"]  # not "title and date missing"
    assert broken.read_bytes() == BROKEN.encode()  # and nothing was written


@pytest.mark.usefixtures("dutch_ui")
def test_an_unclosed_quote_is_named_in_plain_dutch_where_it_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "kapot.md"
    broken.write_bytes(b'---\ntitle: "Een titel zonder einde\ndate: 2024-05-01\n---\nT.\n')
    assert window.open_path(broken)
    assert window.form.raw_panel.problem_texts() == [
        "Regel 2, kolom 8: Een aanhalingsteken dat hier opent, wordt nergens gesloten: "
        "voeg het sluitende \" of ' toe"
    ]
