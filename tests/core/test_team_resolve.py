"""A sync that clashes in several articles, decided file by file, finished as one merge commit.

Real git: Anna and Bart both change two articles; Anna's sync names both with both texts;
only when she has chosen for every file is anything committed, the repository is never
mid-merge, and the text she did not choose is still in the history.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.core.team import (
    SyncConflictError,
    SyncOutcome,
    TeamError,
    push,
    sync,
    sync_resolved,
)
from tests.core.team_support import commit_file, head, newsroom, not_busy, state
from tests.core.test_export_support import git
from tests.messages import dutch

FIRST = "content/nieuws/eerste.md"
SECOND = "content/nieuws/tweede.md"
CALM = "content/nieuws/rustig.md"
TEXT = "---\ntitle: Gedeeld\n---\n\nEen.\nTwee.\nDrie.\n"


def _clash(tmp_path: Path):  # type: ignore[no-untyped-def]
    room = newsroom(tmp_path)
    commit_file(room.anna, FIRST, TEXT, "Eerste")
    commit_file(room.anna, SECOND, TEXT, "Tweede")
    commit_file(room.anna, CALM, TEXT, "Rustig")
    push(room.anna)
    sync(room.bart)
    commit_file(room.bart, FIRST, TEXT.replace("Twee.", "Twee, Bart."), "Bart 1")
    commit_file(room.bart, SECOND, TEXT.replace("Drie.", "Drie, Bart."), "Bart 2")
    commit_file(room.bart, CALM, TEXT + "Vier, Bart.\n", "Bart rustig")
    push(room.bart)
    commit_file(room.anna, FIRST, TEXT.replace("Twee.", "Twee, Anna."), "Anna 1")
    commit_file(room.anna, SECOND, TEXT.replace("Drie.", "Drie, Anna."), "Anna 2")
    (room.anna / "kladje.txt").write_text("los\n", encoding="utf-8")  # never committed
    return room


def test_every_clashing_article_is_named_and_nothing_is_committed_until_all_are_chosen(
    tmp_path: Path,
) -> None:
    room = _clash(tmp_path)
    before = state(room.anna)

    with pytest.raises(SyncConflictError) as caught:
        sync(room.anna)

    error = caught.value
    assert [c.path for c in error.conflicts] == [FIRST, SECOND]
    assert [c.their_authors for c in error.conflicts] == [("Bart Jansen",), ("Bart Jansen",)]
    assert error.head == head(room.anna) and error.upstream == head(room.remote, "main")
    assert state(room.anna) == before and not_busy(room.anna)

    only_first = {FIRST: TEXT.replace("Twee.", "Twee, Bart.")}
    with pytest.raises(SyncConflictError) as still:  # the second one is not chosen yet
        sync_resolved(room.anna, only_first, head=error.head, upstream=error.upstream)
    assert [c.path for c in still.value.conflicts] == [SECOND]
    assert state(room.anna) == before and not_busy(room.anna)

    chosen = {
        FIRST: TEXT.replace("Twee.", "Twee, Bart."),  # the site's version
        SECOND: TEXT.replace("Drie.", "Drie, Anna en Bart."),  # a mix, as chosen per change
    }
    result = sync_resolved(room.anna, chosen, head=error.head, upstream=error.upstream)

    assert result.outcome is SyncOutcome.MERGED and result.taken == 3 and result.mine == 3
    assert not_busy(room.anna)
    for path, text in chosen.items():
        assert (room.anna / path).read_text(encoding="utf-8") == text
    assert (room.anna / CALM).read_text(encoding="utf-8") == TEXT + "Vier, Bart.\n"
    assert (room.anna / "kladje.txt").read_text(encoding="utf-8") == "los\n"
    parents = git(room.anna, "rev-list", "--parents", "-n1", "HEAD").split()[1:]
    assert parents == [error.head, error.upstream]
    assert "Twee, Anna." in git(room.anna, "show", f"HEAD^1:{FIRST}")  # hers is still there
    assert git(room.anna, "status", "--porcelain", "--", FIRST, SECOND) == ""

    push(room.anna)
    sync(room.bart)
    assert (room.bart / SECOND).read_text(encoding="utf-8") == chosen[SECOND]


def test_a_choice_made_on_texts_that_moved_is_refused(tmp_path: Path) -> None:
    room = _clash(tmp_path)
    with pytest.raises(SyncConflictError) as caught:
        sync(room.anna)
    error = caught.value
    commit_file(room.bart, CALM, TEXT + "Vijf, Bart.\n", "Bart weer")
    push(room.bart)
    git(room.anna, "fetch", "-q")  # the status fetch of the window, meanwhile
    before = state(room.anna)
    chosen = {c.path: c.theirs for c in error.conflicts}

    with pytest.raises(TeamError) as stale:
        sync_resolved(room.anna, chosen, head=error.head, upstream=error.upstream)

    assert stale.value.code == "team.conflict-stale"
    assert "veranderd terwijl je koos" in dutch(stale.value)
    assert state(room.anna) == before and not_busy(room.anna)


def test_a_file_deleted_on_one_side_can_be_chosen_deleted(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, FIRST, TEXT, "Eerste")
    push(room.anna)
    sync(room.bart)
    git(room.bart, "rm", "-q", FIRST)
    git(room.bart, "commit", "-q", "-m", "Bart schrapt")
    push(room.bart)
    commit_file(room.anna, FIRST, TEXT + "Meer.\n", "Anna vult aan")
    with pytest.raises(SyncConflictError) as caught:
        sync(room.anna)
    [conflict] = caught.value.conflicts
    assert conflict.theirs is None and conflict.mine == TEXT + "Meer.\n"

    sync_resolved(room.anna, {FIRST: None}, head=caught.value.head, upstream=caught.value.upstream)

    assert not (room.anna / FIRST).exists() and not_busy(room.anna)
    assert git(room.anna, "status", "--porcelain", "--untracked-files=no") == ""
