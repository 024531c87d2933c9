"""The form follows the open site's fields: its labels, required fields, lengths and tags."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from redactie.gui.form import ChoiceField, SummaryEdit, TagsField, TextField
from redactie.gui.main_window import MainWindow
from tests.gui.test_form import changed_lines
from tests.paths import DATA, EXAMPLE_ARTICLE

OPTIONS = """\
[fields]
labels = ["ANALYSE", "BESLISSER", "COLUMN"]
required = ["title", "date", "summary", "cover.image", "cover.alt"]
title_max_length = 50
summary_max_length = 120
tags = ["stikstof", "woningbouw"]
"""


def _site(tmp_path: Path, options: str = OPTIONS) -> Path:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text(options, encoding="utf-8")
    return root


def _example(tmp_path: Path, label: str = "BESLISSER") -> Path:
    path = tmp_path / "artikel.md"
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8").replace('"BESLISSER"', f'"{label}"')
    path.write_text(text, encoding="utf-8")
    return path


def _label_combo(window: MainWindow) -> QComboBox:
    combo = window.form.findChild(QComboBox, "field:label")
    assert combo is not None
    return combo


def test_without_a_site_the_built_in_schema_serves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_path(_example(tmp_path))
    summary = window.form.editors["summary"]
    assert isinstance(summary, SummaryEdit)
    assert summary.counter.text() == "164 / 160"
    title = window.form.editors["title"]
    assert isinstance(title, TextField) and not title.counter.isVisibleTo(window)
    assert window.form.labels["title"].text() == "Title *"  # required in PaperMod's schema
    assert window.form.labels["summary"].text() == "Summary"
    assert _label_combo(window).isEditable()


def test_the_form_takes_the_sites_lengths_required_fields_and_labels(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = _example(tmp_path)
    original = source.read_bytes()
    assert window.open_path(source)
    tools = window.site_tools
    assert tools.sites.open_site(_site(tmp_path))
    form = window.form

    summary = form.editors["summary"]
    assert isinstance(summary, SummaryEdit)
    assert summary.counter.text() == "164 / 120"
    assert summary.is_over_limit()
    title = form.editors["title"]
    assert isinstance(title, TextField)
    assert title.counter.isVisibleTo(window)
    assert title.counter.text() == "70 / 50"
    assert title.counter.is_over()
    assert "50" in title.counter.toolTip()

    labels = {key: label.text() for key, label in form.labels.items()}
    assert labels["summary"] == "Summary *"
    assert labels["cover.image"] == "Image *"
    assert labels["cover.alt"] == "Alt text *"
    assert labels["tags"] == "Tags"  # the site does not require tags
    assert form.labels["summary"].toolTip() != ""

    combo = _label_combo(window)
    assert not combo.isEditable()  # pick from the site's list, no typing of new labels
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)",
        "ANALYSE",
        "BESLISSER",
        "COLUMN",
    ]
    assert combo.currentText() == "BESLISSER"
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    # The scan's labels ("BESLISSER" from other articles) do not widen the site's list.
    assert combo.count() == 4
    assert window.document.current_bytes() == original  # adapting the form wrote nothing

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "COLUMN"
    assert changed_lines(original, window.document.current_bytes()) == {6: 'label: "COLUMN"\n'}


def test_a_label_the_site_does_not_know_stays_visible_and_marked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = _example(tmp_path, label="ONDERNEMER")
    assert window.open_path(source)
    assert window.site_tools.sites.open_site(_site(tmp_path))
    combo = _label_combo(window)
    assert combo.currentText() == "ONDERNEMER (not on the site's list)"
    editor = window.form.editors["label"]
    assert isinstance(editor, ChoiceField) and editor.value() == "ONDERNEMER"
    assert window.document.current_bytes() == source.read_bytes()
    combo.setCurrentIndex(0)  # "(none)"
    assert window.document.article.get("label") == ""


def test_the_sites_own_tags_are_offered_before_any_article_uses_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_path(_example(tmp_path))
    tools = window.site_tools
    assert tools.sites.open_site(_site(tmp_path))
    tags = window.form.editors["tags"]
    assert isinstance(tags, TagsField)
    model = tags.tag_editor.completer.model()
    assert isinstance(model, QStringListModel)
    assert {"stikstof", "woningbouw"} <= set(model.stringList())  # before the scan ends
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    completions = model.stringList()
    assert completions[0] == "ai"  # the most used tag still comes first
    assert completions[-2:] == ["stikstof", "woningbouw"]
    qtbot.keyClicks(tags.tag_editor.line_edit, "stik")
    assert tags.tag_editor.completer.currentCompletion() == "stikstof"


def test_a_site_without_a_label_list_keeps_free_labels(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_path(_example(tmp_path))
    tools = window.site_tools
    assert tools.sites.open_site(_site(tmp_path, "[fields]\nsummary_max_length = 200\n"))
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    combo = _label_combo(window)
    assert combo.isEditable()
    assert "BESLISSER" in [combo.itemText(i) for i in range(combo.count())]  # from the scan
    summary = window.form.editors["summary"]
    assert isinstance(summary, SummaryEdit) and summary.counter.text() == "164 / 200"
    assert window.form.labels["title"].text() == "Title *"
