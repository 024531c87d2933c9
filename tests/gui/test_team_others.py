"""Someone else is on it, with real git: Bart rewrites Anna's article on a review branch and
pushes; Anna opens the article and her status bar names him, the branch and how long ago."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from redactie.core.team import push
from redactie.gui.main_window import MainWindow
from tests.core.team_support import commit_file, newsroom
from tests.core.test_export_support import git

ARTICLE = "content/nieuws/2026-01-20-dijkbreuk.md"
TEXT = "---\ntitle: Dijkbreuk\n---\n\nEen.\n"
WAIT = 30_000


def test_an_article_someone_else_changed_on_a_review_branch_is_named_when_opened(
    dutch_ui: None,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, ARTICLE, TEXT, "Anna begint")
    commit_file(room.anna, "content/nieuws/ander.md", TEXT, "Ander stuk")
    push(room.anna)
    git(room.bart, "pull", "-q")
    git(room.bart, "switch", "-q", "-c", "review/dijkbreuk")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-01-20T09:00:00Z")
    commit_file(room.bart, ARTICLE, TEXT + "Bart herschrijft.\n", "Bart herschrijft")
    git(room.bart, "push", "-q", "origin", "review/dijkbreuk")
    notice = window.site_tools.others_notice
    notice.clock = lambda: datetime(2026, 1, 20, 11, 0, tzinfo=UTC)
    assert window.site_tools.sites.open_site(room.anna)

    assert window.open_path(room.anna / "content/nieuws/ander.md")  # nobody else on this one
    qtbot.waitUntil(lambda: notice.checked >= 1, timeout=WAIT)
    assert not notice.isVisible()
    assert window.open_path(room.anna / ARTICLE)

    qtbot.waitUntil(lambda: notice.isVisible(), timeout=WAIT)
    assert notice.text() == "Ook bewerkt door Bart Jansen (review/dijkbreuk, 2 uur geleden)"
    assert "Bart herschrijft" in notice.toolTip()

    assert window.open_path(room.anna / "content/nieuws/ander.md")
    assert not notice.isVisible()  # another article: the notice goes at once


def test_export_asks_again_who_else_is_on_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, ARTICLE, TEXT, "Anna begint")
    push(room.anna)
    git(room.bart, "pull", "-q")
    notice = window.site_tools.others_notice
    assert window.site_tools.sites.open_site(room.anna)
    assert window.open_path(room.anna / ARTICLE)
    qtbot.waitUntil(lambda: notice.checked >= 1, timeout=WAIT)
    assert not notice.isVisible()
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-01-20T09:00:00Z")
    commit_file(room.bart, ARTICLE, TEXT + "Bart vult aan.\n", "Bart vult aan")
    push(room.bart)  # while Anna writes

    dialog = window.site_tools.export_to_site()

    qtbot.waitUntil(lambda: notice.isVisible(), timeout=WAIT)
    assert notice.text().startswith("Also edited by Bart Jansen (main, ")
    assert dialog is not None
    dialog.reject()
