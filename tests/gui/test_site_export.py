"""Export to Site from the real window into a real git repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from redactie.gui.site import ExportDialog, SiteTools
from tests.core.test_export_support import article_text, git, site_repo
from tests.messages import english


def _dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path, text: str) -> ExportDialog:
    tools: SiteTools = window.site_tools
    root = site_repo(tmp_path)
    source = tmp_path / "artikel.md"
    source.write_text(text, encoding="utf-8")
    assert window.open_path(source)
    assert tools.sites.open_site(root)
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    dialog = tools.export_to_site()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.planned is not None or not dialog.busy, timeout=10_000)
    return dialog


def _export(qtbot: QtBot, dialog: ExportDialog) -> None:
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_export_commits_only_the_article(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window, tmp_path, article_text(title="Raad kiest voor zonnepanelen"))
    assert dialog.planned is not None
    plan = dialog.planned.plan
    root = plan.site.root
    assert plan.relative_target == f"content/nieuws/{plan.target.name}"
    size = dialog.locale().formattedDataSize(len(plan.files[-1].data))
    assert dialog.target.text() == f"{plan.relative_target} ({size})"  # every file, its size
    assert "+title:" in dialog.diff.toPlainText()
    assert dialog.commit.isChecked() and not dialog.push.isEnabled()  # no remote
    before = int(git(root, "rev-list", "--count", "HEAD"))
    _export(qtbot, dialog)
    assert dialog.export_result is not None, dialog.status.text()
    assert int(git(root, "rev-list", "--count", "HEAD")) == before + 1
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [plan.relative_target]
    assert git(root, "status", "--porcelain") == ""
    assert "Committed" in dialog.status.text()


def test_another_article_at_the_target_is_renamed_by_default(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(
        qtbot, window, tmp_path, article_text(title="Gemeenten bereiden verkiezingen voor")
    )
    assert dialog.planned is not None
    plan = dialog.planned.plan
    plan.target.write_text("---\ntitle: Iets anders\n---\nAnder stuk.\n", encoding="utf-8")
    dialog.start()  # plan again now that the target is taken
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.planned is not None
    assert dialog.collision_box.isVisibleTo(dialog)
    assert dialog.rename.isChecked()
    alternative = dialog.planned.plan.alternative
    assert alternative is not None
    dialog.new_branch.setChecked(True)
    _export(qtbot, dialog)
    assert alternative.is_file()
    assert "Iets anders" in plan.target.read_text(encoding="utf-8")
    root = plan.site.root
    assert git(root, "branch", "--show-current").strip() == dialog.planned.plan.branch_name


def test_failing_checks_block_the_export_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path, article_text(draft="true"))
    assert not dialog.export_button.isEnabled()
    assert "fix them before exporting" in dialog.status.text()
    assert dialog.findings.item_for("draft") is not None


def test_a_push_that_cannot_reach_the_remote_is_reported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path, article_text(title="Push zonder netwerk"))
    assert dialog.planned is not None
    root = dialog.planned.plan.site.root
    git(root, "remote", "add", "origin", "https://127.0.0.1:9/nergens.git")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.push.isEnabled()
    dialog.push.setChecked(True)
    _export(qtbot, dialog)
    result = dialog.export_result
    assert result is not None and result.commit is not None and not result.pushed
    assert result.push_error is not None
    assert dialog.status.styleSheet().find("#8a1c1c") >= 0
    assert english(result.push_error).split(".")[0] in dialog.status.text()
    subprocess.run(["git", "-C", str(root), "remote", "remove", "origin"], check=True)


def test_relative_body_images_are_listed_copied_and_committed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "kaart.png").write_bytes(b"\x89PNG\r\n\x1a\nkaart")
    body = "De nieuwe wijk.\n\n![Kaart van de wijk](images/kaart.png)\n"
    dialog = _dialog(qtbot, window, tmp_path, article_text(title="Nieuwe wijk", body=body))
    assert dialog.planned is not None
    plan = dialog.planned.plan
    image = f"static/images/covers/{plan.target.stem}/kaart.png"
    assert dialog.images.isVisibleTo(dialog)
    assert dialog.images.text() == f"{image} ({dialog.locale().formattedDataSize(13)})"
    assert f"Binary {image}: 13 bytes" in dialog.diff.toPlainText()
    assert f"+![Kaart van de wijk](/images/covers/{plan.target.stem}/kaart.png)" in (
        dialog.diff.toPlainText()
    )
    _export(qtbot, dialog)
    assert dialog.export_result is not None, dialog.status.text()
    root = plan.site.root
    assert (root / image).read_bytes() == b"\x89PNG\r\n\x1a\nkaart"
    assert sorted(git(root, "show", "--name-only", "--format=", "HEAD").split()) == sorted(
        [image, plan.relative_target]
    )
    assert git(root, "status", "--porcelain") == ""


def test_without_body_images_the_images_row_stays_hidden(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path, article_text(title="Zonder afbeeldingen"))
    assert dialog.planned is not None
    assert not dialog.images.isVisibleTo(dialog)


def test_turn_off_draft_and_export_is_one_undoable_edit(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window, tmp_path, article_text(title="Concept stuk", draft="true"))
    assert dialog.planned is not None and dialog.planned.plan.has_errors
    assert not dialog.export_button.isEnabled()
    assert dialog.draft_off_button.isVisible()
    qtbot.mouseClick(dialog.draft_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    target = dialog.planned.plan.target
    assert "draft: false" in target.read_text(encoding="utf-8")  # exported as not a draft
    assert "draft: false" in window.document.current_bytes().decode()  # the window's article
    window.session.undo_stack.undo()  # one step back: a draft again in the window
    assert "draft: true" in window.document.current_bytes().decode()
