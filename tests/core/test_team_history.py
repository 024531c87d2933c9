"""An article's history with renames followed, its text at any commit, and who else is on it."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from redactie.core.team import (
    TeamError,
    article_history,
    index_history,
    others_on,
    push,
    site_status,
    text_at,
)
from redactie.core.team.history import has_path_filters
from redactie.core.team.history_index import has_index, index_path, index_ready
from tests.core.team_support import commit_file, head, newsroom
from tests.core.test_export_support import git
from tests.messages import english

OLD = "content/nieuws/concept.md"
NEW = "content/nieuws/2026-01-20-dijkbreuk.md"
TEXT = "---\ntitle: Dijkbreuk\n---\n\nEen.\n"


@pytest.mark.parametrize("way", ["git-follow", "path-filters", "history-index"])
def test_history_follows_a_rename_and_reads_every_version(tmp_path: Path, way: str) -> None:
    room = newsroom(tmp_path)
    first = commit_file(room.anna, OLD, TEXT, "Eerste versie")
    commit_file(room.anna, OLD, TEXT + "Twee.\n", "Tweede alinea")
    push(room.anna)
    git(room.bart, "pull", "-q")
    git(room.bart, "mv", OLD, NEW)
    git(room.bart, "commit", "-q", "-m", "Definitieve naam")
    commit_file(room.bart, NEW, TEXT + "Twee.\nDrie.\n", "Eindredactie")
    commit_file(room.bart, "content/nieuws/ander.md", TEXT + "Anders.\n", "Ander stuk")
    if way == "path-filters":
        git(room.bart, "commit-graph", "write", "--reachable", "--changed-paths")
    if way == "history-index":
        commits = int(git(room.bart, "rev-list", "--count", "HEAD"))
        assert index_history(room.bart) == commits  # each commit read once
        assert index_history(room.bart) == 0  # up to date: nothing read again
    assert has_path_filters(room.bart) is (way == "path-filters")
    assert has_index(room.bart) is (way == "history-index")

    history = article_history(room.bart / NEW)

    assert [(e.message, e.author, e.path) for e in history] == [
        ("Eindredactie", "Bart Jansen", NEW),
        ("Definitieve naam", "Bart Jansen", NEW),
        ("Tweede alinea", "Anna de Vries", OLD),
        ("Eerste versie", "Anna de Vries", OLD),
    ]
    assert history[-1].sha == first and history[-1].email == "anna@example.org"
    follow = git(room.bart, "log", "--follow", "--format=%H", "--", NEW).split()
    assert [e.sha for e in history] == follow  # the same commits as git's own --follow
    assert isinstance(history[0].when, datetime) and history[0].when.tzinfo is not None
    assert text_at(room.bart, history[-1].sha, history[-1].path) == TEXT
    assert text_at(room.bart, history[0].sha, history[0].path).endswith("Drie.\n")
    assert article_history(room.bart / NEW, limit=2) == history[:2]
    assert article_history(room.bart / NEW, limit=2, skip=2) == history[2:]  # the next page
    with pytest.raises(TeamError) as caught:
        text_at(room.bart, first, NEW)  # that name did not exist yet
    assert caught.value.code == "team.no-such-version" and NEW in english(caught.value)


def test_the_index_follows_new_rewritten_and_merged_commits(tmp_path: Path) -> None:
    """The index is brought to HEAD before each lookup: new commits are added, a commit that
    was amended away is dropped, a merge that changed the file counts; always git's answer."""
    room = newsroom(tmp_path)
    commit_file(room.anna, OLD, TEXT, "Eerste versie")
    index_history(room.anna)
    commit_file(room.anna, OLD, TEXT + "Twee.\n", "Tweede")
    git(room.anna, "mv", OLD, NEW)
    git(room.anna, "commit", "-q", "-m", "Nieuwe naam")
    assert [e.message for e in article_history(room.anna / NEW)] == [
        "Nieuwe naam",
        "Tweede",
        "Eerste versie",
    ]
    git(room.anna, "commit", "-q", "--amend", "-m", "Nieuwe naam, beter gezegd")
    push(room.anna)
    git(room.bart, "pull", "-q")
    commit_file(room.bart, NEW, TEXT + "Twee.\nBart.\n", "Bart")
    push(room.bart)
    commit_file(room.anna, "content/nieuws/ander.md", TEXT, "Ander stuk")
    git(room.anna, "pull", "-q", "--no-rebase", "--no-edit")  # a merge commit

    history = article_history(room.anna / NEW)

    assert [e.message for e in history] == [
        "Bart",
        "Nieuwe naam, beter gezegd",
        "Tweede",
        "Eerste versie",
    ]
    follow = git(room.anna, "log", "--follow", "--format=%H", "--", NEW).split()
    assert [e.sha for e in history] == follow


def test_a_file_never_committed_has_no_history(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    loose = room.anna / "content" / "nieuws" / "los.md"
    loose.write_text(TEXT, encoding="utf-8")
    assert article_history(loose) == []


def test_someone_else_is_on_it_on_main_and_on_a_review_branch(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, NEW, TEXT, "Anna begint")
    push(room.anna)
    started = head(room.anna)  # Anna opens the article here
    git(room.bart, "pull", "-q")
    commit_file(room.bart, NEW, TEXT + "Bart vult aan.\n", "Bart vult aan")
    commit_file(room.bart, "content/nieuws/ander.md", TEXT, "Iets anders")
    push(room.bart)
    git(room.bart, "switch", "-q", "-c", "review/dijkbreuk")
    commit_file(room.bart, NEW, TEXT + "Bart herschrijft.\n", "Bart herschrijft")
    git(room.bart, "push", "-q", "origin", "review/dijkbreuk")
    git(room.anna, "switch", "-q", "-c", "review/anna")
    commit_file(room.anna, NEW, TEXT + "Anna's eigen zin.\n", "Anna schrijft")
    git(room.anna, "push", "-q", "origin", "review/anna")  # her own push: not someone else

    assert others_on(room.anna / NEW, started) == []  # not fetched yet: nothing known
    site_status(room.anna)
    found = others_on(room.anna / NEW, started)

    assert sorted((c.branch, c.author, c.message) for c in found) == [
        ("origin/main", "Bart Jansen", "Bart vult aan"),
        ("origin/review/dijkbreuk", "Bart Jansen", "Bart herschrijft"),
    ]
    assert all(c.when.tzinfo is not None for c in found)
    mine = others_on(room.anna / NEW, started, exclude_own=False)
    assert "Anna schrijft" in [c.message for c in mine]


def test_two_windows_updating_the_index_at_once_add_each_commit_once(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, OLD, TEXT, "Eerste versie")
    index_history(room.anna)
    for number in range(3):
        commit_file(room.anna, OLD, TEXT + f"{number}\n", f"Versie {number}")
    added: list[int] = []
    update = lambda: added.append(index_history(room.anna))  # noqa: E731
    workers = [threading.Thread(target=update) for _ in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert sorted(added) == [0, 3]
    messages = [e.message for e in article_history(room.anna / OLD)]
    assert messages == ["Versie 2", "Versie 1", "Versie 0", "Eerste versie"]


def test_history_asks_git_while_the_first_build_of_the_index_runs(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, OLD, TEXT, "Eerste versie")
    builder = sqlite3.connect(index_path(room.anna), isolation_level=None)
    builder.execute("pragma journal_mode=wal")
    builder.execute("create table meta (key text primary key, value text not null)")
    builder.execute("begin immediate")  # a first build holds the write lock, no tip yet
    try:
        assert has_index(room.anna) and not index_ready(room.anna)
        assert [e.message for e in article_history(room.anna / OLD)] == ["Eerste versie"]
    finally:
        builder.execute("rollback")
        builder.close()


def test_a_damaged_index_is_built_again(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, OLD, TEXT, "Eerste versie")
    index_path(room.anna).write_bytes(b"geen database\n" * 100)
    assert not index_ready(room.anna)
    assert [e.message for e in article_history(room.anna / OLD)] == ["Eerste versie"]

    assert index_history(room.anna) == int(git(room.anna, "rev-list", "--count", "HEAD"))

    assert index_ready(room.anna)
    assert [e.message for e in article_history(room.anna / OLD)] == ["Eerste versie"]


def test_an_index_whose_tip_was_pruned_away_is_built_again(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, OLD, TEXT, "Eerste versie")
    commit_file(room.anna, OLD, TEXT + "Twee.\n", "Tweede")
    index_history(room.anna)
    git(room.anna, "commit", "-q", "--amend", "-m", "Tweede, herschreven")
    git(room.anna, "reflog", "expire", "--expire=now", "--all")
    git(room.anna, "gc", "-q", "--prune=now")  # the indexed tip no longer exists

    assert [e.message for e in article_history(room.anna / OLD)] == [
        "Tweede, herschreven",
        "Eerste versie",
    ]
