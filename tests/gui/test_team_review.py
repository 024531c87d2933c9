"""Review from the window, with real git: Anna submits her article, the desk (Bart's site in
the same window) lists it, opens it in a window of its own (read-only, under the review strip),
sends it back from the list and approves it from that window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.core.team_support import head, newsroom
from tests.core.test_export_support import article_text, git
from tests.gui.conftest import answer_message_box

TITLE = "Dijkbreuk bij Lith"
BRANCH = "review/dijkbreuk-bij-lith"
WAIT = 60_000


def test_submit_list_send_back_and_approve(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    source = tmp_path / "dijkbreuk.md"
    source.write_text(
        article_text(title=TITLE, body="Het water steeg.\n", date_text="2026-01-20T10:00:00+01:00"),
        encoding="utf-8",
    )
    main_before = head(room.remote, "main")
    assert window.open_path(source)
    assert window.site_tools.sites.open_site(room.anna)
    review = window.site_tools.review

    review.submit_action.trigger()

    qtbot.waitUntil(lambda: review.progress is None, timeout=WAIT)
    assert f"Submitted for review on {BRANCH}" in window.statusBar().currentMessage()
    assert head(room.remote, BRANCH) == head(room.anna, BRANCH)
    assert head(room.remote, "main") == main_before  # waiting, not published
    assert git(room.anna, "branch", "--show-current").strip() == "main"

    assert window.site_tools.sites.open_site(room.bart)  # the desk
    review.reviews_action.trigger()
    dialog = review.review_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1 and not dialog.busy, timeout=WAIT)
    item = dialog.list.topLevelItem(0)
    assert item is not None
    assert (item.text(0), item.text(1), item.text(3)) == (TITLE, "Anna de Vries", BRANCH)

    dialog.open_button.click()
    qtbot.waitUntil(lambda: review.review_window is not None, timeout=WAIT)
    opened = review.review_window
    assert isinstance(opened, MainWindow) and opened is not window
    assert opened in window.context.windows and opened.isVisible()
    qtbot.waitUntil(lambda: opened.session.site is not None, timeout=WAIT)
    opened_site = opened.session.site
    assert opened_site is not None and opened_site.root == room.bart.resolve()
    assert "Het water steeg." in opened.editor.toPlainText()
    assert opened.editor.isReadOnly() and not opened.form.isEnabled()
    assert opened.document.path is None and not opened.document.is_modified()
    banner = opened.site_tools.review.banner
    assert banner.isVisible()
    assert opened.windowTitle() == f"{TITLE} (review: {BRANCH}) — redactie"
    assert BRANCH in banner.label.text() and "Anna de Vries" in banner.label.text()
    assert "Read-only" in banner.label.text()
    assert window.document.path == source.resolve()  # the desk's own article stays open
    assert not window.editor.isReadOnly()

    dialog.send_back_button.click()
    note = dialog.note_dialog
    assert note is not None
    note.setTextValue("Bron ontbreekt.")
    note.accept()
    qtbot.waitUntil(lambda: "Sent back to Anna de Vries" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    item = dialog.list.topLevelItem(0)
    assert item is not None and "sent back: Bron ontbreekt." in item.text(3)

    seen = answer_message_box("review_publish")
    banner.approve_button.click()  # from the review's own window

    qtbot.waitUntil(lambda: "Approved and published" in banner.label.text(), timeout=WAIT)
    assert seen[0] == "review_confirm_approve" and TITLE in seen[1]
    assert head(room.remote, "main") != main_before
    assert git(room.remote, "branch", "--list", BRANCH) == ""
    assert "Het water steeg." in git(room.remote, "show", f"main:{item.toolTip(0)}")
    assert not banner.approve_button.isEnabled()  # answered
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.list.topLevelItemCount() == 0


def test_submitting_while_offline_is_a_plain_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    source = tmp_path / "dijkbreuk.md"
    source.write_text(article_text(title=TITLE, date_text="2026-01-20T10:00:00+01:00"), "utf-8")
    git(room.anna, "remote", "set-url", "origin", str(tmp_path / "verhuisd.git"))
    before = git(room.anna, "branch", "--list")
    assert window.open_path(source)
    assert window.site_tools.sites.open_site(room.anna)
    review = window.site_tools.review

    seen = answer_message_box(QMessageBox.StandardButton.Close)
    review.submit_action.trigger()

    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    assert seen[0] == "review_refused" and "cannot be reached" in seen[1]
    assert review.progress is None
    assert git(room.anna, "branch", "--list") == before
