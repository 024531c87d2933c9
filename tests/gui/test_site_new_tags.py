"""Confirming a tag that no article of the site uses yet, in the real window and the export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from redactie.gui.site import ChecksPanel, ExportDialog, SiteTools
from tests.core.test_export_support import article_text, git, site_repo

NEW_TAG = "coördinatie"  # article_text's tags: "ai" and "economie" exist on the site


def _open(qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str = "artikel.md") -> Path:
    tools: SiteTools = window.site_tools
    source = tmp_path / name
    source.write_text(article_text(title=f"Nieuwe tag in {name}"), encoding="utf-8")
    assert window.open_path(source)
    if tools.sites.site is None:
        assert tools.sites.open_site(site_repo(tmp_path))
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    tools.checks.refresh()
    return source


def _unknown_tags(panel: ChecksPanel) -> list[str | None]:
    return [f.subject for f in panel.findings if f.rule_id == "tags-unknown"]


def _confirm(qtbot: QtBot, panel: ChecksPanel) -> None:
    item = panel.item_for("tags-unknown")
    assert item is not None
    assert panel.confirm_button.isVisible() and not panel.confirm_button.isEnabled()
    panel.list.setCurrentItem(item)
    assert panel.confirm_button.isEnabled()
    assert panel.confirm_button.text() == f"Confirm Tag “{NEW_TAG}”"
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)


def _export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    dialog = window.site_tools.export_to_site()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.planned is not None and not dialog.busy, timeout=10_000)
    return dialog


def test_a_confirmed_tag_stops_the_warning_and_goes_into_the_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = _open(qtbot, window, tmp_path)
    panel = window.site_tools.checks_panel
    assert _unknown_tags(panel) == [NEW_TAG]
    item = panel.item_for("tags-unknown")
    assert item is not None and f"Tag '{NEW_TAG}' is new on this site" in item.text()

    _confirm(qtbot, panel)

    assert panel.item_for("tags-unknown") is None
    assert not panel.confirm_button.isVisible()
    assert window.site_tools.checks.confirmed_tags == {NEW_TAG}
    assert window.document.current_bytes() == source.read_bytes()  # nothing written
    assert not window.document.is_modified()

    dialog = _export_dialog(qtbot, window)
    assert dialog.planned is not None
    assert [f.rule_id for f in dialog.planned.plan.findings] == []
    assert dialog.findings.item_for("tags-unknown") is None
    assert dialog.findings.summary.text() == "No problems found."
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.export_result is not None, dialog.status.text()
    root = dialog.planned.plan.site.root
    assert NEW_TAG in dialog.planned.plan.target.read_text(encoding="utf-8")
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [
        dialog.planned.plan.relative_target
    ]


def test_a_confirmation_holds_for_this_article_only(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    panel = window.site_tools.checks_panel
    _confirm(qtbot, panel)
    assert _unknown_tags(panel) == []

    _open(qtbot, window, tmp_path, "ander-artikel.md")  # another article, same new tag
    assert window.site_tools.checks.confirmed_tags == set()
    assert _unknown_tags(panel) == [NEW_TAG]


def test_a_new_tag_can_be_confirmed_in_the_export_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window, tmp_path)
    dialog = _export_dialog(qtbot, window)
    assert dialog.findings.item_for("tags-unknown") is not None
    _confirm(qtbot, dialog.findings)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.planned is not None
    assert [f.rule_id for f in dialog.planned.plan.findings] == []
    assert dialog.findings.item_for("tags-unknown") is None
    assert dialog.export_button.isEnabled()
    # The window's panel agrees: the article's confirmation is one, wherever it was given.
    window.site_tools.checks.refresh()
    assert _unknown_tags(window.site_tools.checks_panel) == []
    dialog.reject()


def test_in_the_window_a_saved_tag_of_the_site_is_known_and_a_typed_one_new(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """An article in the site whose saved version alone uses a tag: not new (the site's
    index has it, as `redactie check` says). A tag typed and not saved that no other article
    uses: new."""
    tools: SiteTools = window.site_tools
    root = site_repo(tmp_path)
    path = root / "content" / "nieuws" / "2026-02-01-eigen-tag.md"
    path.write_text(article_text(tags='["ai", "havens"]'), encoding="utf-8")
    assert tools.sites.open_site(root)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    tools.checks.refresh()
    panel = tools.checks_panel
    assert _unknown_tags(panel) == []

    window.session.edit_front_matter({"tags": ["ai", "havens", "sluizen"]}, "Tags")
    tools.checks.refresh()
    assert window.document.is_modified()
    assert _unknown_tags(panel) == ["sluizen"]
