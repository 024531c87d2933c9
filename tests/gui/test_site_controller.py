"""Choosing a site on the real window: detection, remembered sites, and the tag index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from redactie.core.site import load_sites
from redactie.gui.form.tag_editor import TagsField
from redactie.gui.main_window import MainWindow
from redactie.gui.site import SiteController, SiteTools
from tests.gui.conftest import answer_message_box
from tests.paths import DATA

MOST_USED_FIRST = [
    "ai",
    "politiek",
    "economie",
    "gemeenten",
    "kunstmatige-intelligentie",
    "verkiezingen",
]


def _site(tmp_path: Path, name: str = "site") -> Path:
    root = tmp_path / name
    shutil.copytree(DATA / "site", root)
    return root


def _open(qtbot: QtBot, tools: SiteTools, root: Path) -> None:
    assert tools.sites.open_site(root)
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)


def test_opening_a_site_feeds_the_tag_completer_most_used_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    _open(qtbot, tools, _site(tmp_path))
    assert tools.sites.tag_completions() == MOST_USED_FIRST
    tags = window.form.editors["tags"]
    assert isinstance(tags, TagsField)
    editor = tags.tag_editor
    model = editor.completer.model()
    assert isinstance(model, QStringListModel)
    assert set(model.stringList()) == set(MOST_USED_FIRST)
    qtbot.keyClicks(editor.line_edit, "pol")
    assert editor.completer.completionCount() == 1
    assert editor.completer.currentCompletion() == "politiek"
    label = window.form.editors["label"].focus_widget()
    assert isinstance(label, QComboBox)
    assert [label.itemText(i) for i in range(label.count())][-3:] == [
        "BESLISSER",
        "ANALYSE",
        "ACHTERGROND",
    ]
    assert not tools.scan_status.isVisible()


def test_a_folder_that_is_not_a_hugo_site_is_explained(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    assert not tools.sites.open_site(tmp_path)
    assert seen[0] == "site_error"
    assert "is not a Hugo site" in seen[1]
    assert tools.sites.site is None and load_sites() == []


@pytest.mark.usefixtures("dutch_ui")
def test_the_message_is_dutch_for_dutch_users(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    sites = SiteController(window.session, window.form, window)
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    assert not sites.open_site(tmp_path)
    assert "is geen Hugo-site" in seen[1]


def test_sites_are_remembered_and_the_last_one_reopens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    first, second = _site(tmp_path, "eerste"), _site(tmp_path, "tweede")
    _open(qtbot, tools, first)
    _open(qtbot, tools, second)
    assert [s.path for s in load_sites()] == [second.resolve(), first.resolve()]
    tools.sites.rebuild_sites_menu()
    entries = [a for a in tools.sites.sites_menu.actions() if a.objectName().startswith("site:")]
    assert len(entries) == 2
    assert [a.isChecked() for a in entries] == [True, False]
    entries[1].trigger()
    assert tools.sites.site is not None and tools.sites.site.root == first.resolve()
    tools.sites.wait_for_scan(10_000)

    again = SiteController(window.session, window.form, window)
    assert again.restore_last_site()
    assert again.site is not None and again.site.root == first.resolve()
    again.cancel_scan()
    again.wait_for_scan(10_000)


def test_a_near_duplicate_tag_is_warned_about_without_a_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    _open(qtbot, tools, _site(tmp_path))
    tags = window.form.editors["tags"]
    assert isinstance(tags, TagsField)
    with qtbot.waitSignal(tools.tag_warnings.warned, timeout=2000) as warned:
        tags.tag_editor.add_tag("verkiezing")
    assert "verkiezingen" in warned.args[0]
    assert "verkiezingen" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: tools.checks_panel.item_for("tags-near-duplicate") is not None)


def test_changing_site_during_a_scan_cancels_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tools = window.site_tools
    first, second = _site(tmp_path, "eerste"), _site(tmp_path, "tweede")
    assert tools.sites.open_site(first)
    assert tools.sites.open_site(second)  # the first scan's results are never used
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    assert tools.sites.index is not None
    assert tools.sites.index.content_dir == second.resolve() / "content"


def test_the_site_dialog_opens_at_the_site_of_the_open_article(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A journalist opened an article from the site's folder: Open Site starts there."""
    root = _site(tmp_path)
    article = root / "content" / "nieuws" / "stuk.md"
    article.write_text("---\ntitle: Stuk\n---\n\nTekst.\n", encoding="utf-8")
    assert window.open_path(article)
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
        seen.append(dialog.directory().absolutePath())
        dialog.selectFile(str(root))
        dialog.accept()

    QTimer.singleShot(0, answer)
    tools = window.site_tools
    tools.sites.open_action.trigger()
    assert seen == [str(root.resolve())]
    assert tools.sites.site is not None and tools.sites.site.root == root.resolve()
