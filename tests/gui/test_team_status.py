"""The site's repository in the status bar, with real git: a bare remote and two clones.

Bart pushes, Anna's window says her site has a new commit and takes it with "Update"; a remote
that never answers leaves the window answering and ends as "offline", never a message box; a
clash shows both texts of each clashing article in turn and commits only when all are chosen.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from redactie.core.team import push
from redactie.core.team.history_index import has_index
from redactie.gui.main_window import MainWindow
from redactie.gui.site.team_status import TeamStatus
from tests.core.team_support import commit_file, head, newsroom, not_busy, state
from tests.core.test_export_support import git
from tests.gui.conftest import answer_message_box, message_boxes_closed

TEXT = "---\ntitle: Gedeeld\n---\n\nEen.\nTwee.\nDrie.\n"
WAIT = 30_000  # ms: git on a busy machine; the tests wait on conditions, never on time


def team_status(window: MainWindow) -> TeamStatus:
    return window.site_tools.team_status


def test_a_new_commit_on_the_site_is_shown_and_update_takes_it(
    dutch_ui: None, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    commit_file(room.bart, "content/nieuws/van-bart.md", TEXT, "Bart schrijft")
    push(room.bart)
    status = team_status(window)

    assert window.site_tools.sites.open_site(room.anna)

    qtbot.waitUntil(lambda: status.status is not None, timeout=WAIT)
    assert status.isVisible()
    assert status.label.text() == "main · 1 nieuwe commit op de site —"
    assert status.update_button.isVisible() and status.update_button.text() == "&Bijwerken"
    assert "Laatst opgehaald" in status.label.toolTip()
    qtbot.waitUntil(lambda: has_index(room.anna), timeout=WAIT)  # history: a lookup from now
    assert not (room.anna / "content/nieuws/van-bart.md").exists()

    qtbot.mouseClick(status.update_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "fast-forward" in window.statusBar().currentMessage(), timeout=WAIT)
    assert (room.anna / "content/nieuws/van-bart.md").read_text(encoding="utf-8") == TEXT
    assert head(room.anna) == head(room.remote, "main")
    assert "1 commit van de site" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: status.label.text() == "main · bijgewerkt", timeout=WAIT)
    assert not status.update_button.isVisible() and not status.busy.isVisible()


def test_a_remote_that_never_answers_leaves_the_window_answering_and_says_offline(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = newsroom(tmp_path)
    hang = tmp_path / "hang.sh"  # an ssh that connects to nothing and never returns
    hang.write_text("#!/bin/sh\nexec sleep 60\n", encoding="utf-8")
    hang.chmod(0o755)
    monkeypatch.setenv("GIT_SSH_COMMAND", str(hang))  # git's own ssh setting loses to this
    git(room.anna, "remote", "set-url", "origin", "ssh://nergens.invalid/remote.git")
    status = team_status(window)
    status.timeout = 3  # the fetch's own deadline (seconds), so the test ends
    ticks: list[int] = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    at_end: list[int] = []
    status.statusChanged.connect(lambda _status: at_end.append(ticks[0]))

    with message_boxes_closed() as boxes:
        timer.start()
        assert window.site_tools.sites.open_site(room.anna)
        assert status.fetching
        at_start = ticks[0]
        fetchers = [t for t in threading.enumerate() if t.name == "redactie-team"]
        assert fetchers and all(t.daemon for t in fetchers)  # quitting never waits for it
        qtbot.waitUntil(lambda: bool(at_end), timeout=WAIT)
        timer.stop()

    assert at_end[0] > at_start + 3  # the timer kept firing while git waited
    assert status.label.text() == "main · offline"
    assert not status.update_button.isVisible()
    assert boxes == []


def test_a_clash_with_the_open_article_shows_both_texts_and_commits_only_the_choice(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    rel = "content/nieuws/gedeeld.md"
    commit_file(room.anna, rel, TEXT, "Gedeeld")
    git(room.anna, "push", "-q", "origin", "main")
    git(room.bart, "pull", "-q")
    theirs = TEXT.replace("Twee.", "Twee, zegt Bart.")
    commit_file(room.bart, rel, theirs, "Bart")
    push(room.bart)
    anna = commit_file(room.anna, rel, TEXT.replace("Twee.", "Twee, zegt Anna."), "Anna")
    before = state(room.anna)
    status = team_status(window)
    assert window.open_path(room.anna / rel)
    assert window.site_tools.sites.open_site(room.anna)
    qtbot.waitUntil(lambda: status.update_button.isVisible(), timeout=WAIT)

    status.update_button.click()

    qtbot.waitUntil(lambda: status.compare_dialog is not None, timeout=WAIT)
    dialog = status.compare_dialog
    assert dialog is not None and dialog.isVisible()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "On the site (Bart Jansen)" in shown and "You and Bart Jansen" in shown
    assert rel in dialog.windowTitle() and "(1 of 1)" in dialog.windowTitle()
    assert "Twee, zegt Bart." in dialog.right.toPlainText()
    assert "Twee, zegt Anna." in dialog.left.toPlainText()
    assert state(room.anna) == before  # nothing committed while the journalist chooses
    dialog.theirs_button.click()

    qtbot.waitUntil(lambda: "merge" in window.statusBar().currentMessage(), timeout=WAIT)
    assert (room.anna / rel).read_text(encoding="utf-8") == theirs  # the choice, committed
    assert git(room.anna, "status", "--porcelain", "--", rel) == ""
    parents = git(room.anna, "rev-list", "--parents", "-n1", "HEAD").split()[1:]
    assert parents == [anna, head(room.remote, "main")]  # Anna's text stays in the history
    assert not_busy(room.anna)
    qtbot.waitUntil(lambda: "Twee, zegt Bart." in window.editor.toPlainText(), timeout=WAIT)
    assert not window.document.is_modified()  # the open article shows what is on disk


def test_a_clash_in_several_articles_is_chosen_one_by_one_and_committed_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    names = ["content/nieuws/een.md", "content/nieuws/twee.md"]
    for rel in names:
        commit_file(room.anna, rel, TEXT, f"Begin {rel}")
    git(room.anna, "push", "-q", "origin", "main")
    git(room.bart, "pull", "-q")
    for rel in names:
        bart = TEXT.replace("Drie.", "Drie, Bart.").replace("Een.", "Een, Bart.")
        commit_file(room.bart, rel, bart, f"Bart {rel}")
    push(room.bart)
    for rel in names:
        commit_file(room.anna, rel, TEXT.replace("Drie.", "Drie, Anna."), f"Anna {rel}")
    before = state(room.anna)
    status = team_status(window)
    assert window.site_tools.sites.open_site(room.anna)
    qtbot.waitUntil(lambda: status.update_button.isVisible(), timeout=WAIT)

    status.update_button.click()  # the first time, the journalist stops at the second

    qtbot.waitUntil(lambda: status.compare_dialog is not None, timeout=WAIT)
    first = status.compare_dialog
    assert first is not None and "(1 of 2): content/nieuws/een.md" in first.windowTitle()
    first.theirs_button.click()
    second = status.compare_dialog
    assert second is not None and second is not first and second.isVisible()
    assert "(2 of 2): content/nieuws/twee.md" in second.windowTitle()
    assert state(room.anna) == before  # one chosen, one to go: nothing committed
    second.reject()
    assert status.compare_dialog is None
    assert "Nothing was changed" in window.statusBar().currentMessage()
    assert state(room.anna) == before and not_busy(room.anna)
    qtbot.waitUntil(lambda: status.update_button.isVisible(), timeout=WAIT)

    status.update_button.click()  # again, and this time both are chosen

    qtbot.waitUntil(lambda: status.compare_dialog is not None, timeout=WAIT)
    first = status.compare_dialog
    assert first is not None
    first.theirs_button.click()
    second = status.compare_dialog
    assert second is not None and second is not first
    assert second.choices() == [True, False]  # Bart's own edit is ticked, the clash is not
    assert "only Bart Jansen made are ticked" in second.findChild(QLabel).text()
    second.apply_button.click()

    qtbot.waitUntil(lambda: "merge" in window.statusBar().currentMessage(), timeout=WAIT)
    een, twee = ((room.anna / rel).read_text(encoding="utf-8") for rel in names)
    assert "Drie, Bart." in een and "Drie, Anna." in twee and "Een, Bart." in twee
    assert git(room.anna, "status", "--porcelain", "--untracked-files=no") == ""
    assert len(git(room.anna, "rev-list", "--parents", "-n1", "HEAD").split()) == 3
    assert not_busy(room.anna)


def test_the_status_is_fetched_again_every_few_minutes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    status = team_status(window)
    status.timer.setInterval(50)  # "every few minutes", shortened: the test waits on the label
    assert window.site_tools.sites.open_site(room.anna)
    qtbot.waitUntil(lambda: status.label.text() == "main · up to date", timeout=WAIT)
    assert not status.update_button.isVisible()

    commit_file(room.bart, "content/nieuws/later.md", TEXT, "Later")
    push(room.bart)

    qtbot.waitUntil(lambda: status.update_button.isVisible(), timeout=WAIT)
    assert status.label.text() == "main · 1 new commit on the site —"


def test_a_refused_update_is_a_plain_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    room = newsroom(tmp_path)
    rel = "content/nieuws/zelfde.md"
    commit_file(room.bart, rel, TEXT, "Bart")
    push(room.bart)
    (room.anna / rel).parent.mkdir(parents=True, exist_ok=True)
    (room.anna / rel).write_text("Mijn eigen, nog niet vastgelegd.\n", encoding="utf-8")
    before = state(room.anna)
    status = team_status(window)
    assert window.site_tools.sites.open_site(room.anna)
    qtbot.waitUntil(lambda: status.update_button.isVisible(), timeout=WAIT)

    seen = answer_message_box(QMessageBox.StandardButton.Close)
    status.update_button.click()

    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    assert seen[0] == "team_sync_refused"
    assert "not committed yet in content/nieuws/zelfde.md" in seen[1]
    assert state(room.anna) == before
    assert status.update_button.isVisible()  # still behind: it can be tried again
