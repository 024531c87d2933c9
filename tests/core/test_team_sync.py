"""Two journalists, one remote: status, sync and push with sense, in real git repositories.

Every refusal is checked for "nothing changed": HEAD, branch, `git status` and the stash list
are the same before and after, and no rebase or merge is left in progress.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redactie.core.export.git_errors import AuthenticationError, NetworkError, PushHookError
from redactie.core.team import (
    RemoteState,
    SyncConflictError,
    SyncOutcome,
    TeamError,
    push,
    site_status,
    sync,
)
from tests.core.team_support import (
    commit_file,
    export_article,
    head,
    hook,
    newsroom,
    not_busy,
    state,
)
from tests.core.test_export_support import git
from tests.messages import dutch, english

ARTICLE = "content/nieuws/gedeeld.md"
TEXT = "---\ntitle: Gedeeld\n---\n\nEen.\nTwee.\nDrie.\n"


def test_both_export_different_articles_and_sync(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    first = export_article(room.anna, "Dijkbreuk bij Lith")
    assert push(room.anna).retried is False
    second = export_article(room.bart, "Raad stemt in")

    pushed = push(room.bart)  # Anna was first: rejected, synced, pushed again

    assert pushed.retried and pushed.synced is not None
    assert pushed.synced.outcome is SyncOutcome.REBASED and pushed.synced.taken == 1
    assert head(room.bart) == head(room.remote, "main")
    result = sync(room.anna)
    assert result.outcome is SyncOutcome.FAST_FORWARD and result.taken == 1
    assert head(room.anna) == head(room.bart)
    for clone in (room.anna, room.bart):
        assert first.plan.target.relative_to(room.anna).is_relative_to("content")
        assert (clone / first.plan.relative_target).is_file()
        assert (clone / second.plan.relative_target).is_file()
    assert git(room.anna, "rev-list", "--merges", "--count", "HEAD").strip() == "0"  # linear
    assert sync(room.anna).outcome is SyncOutcome.UP_TO_DATE


def test_status_counts_and_an_unreachable_remote_is_offline_not_an_error(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.bart, "content/nieuws/b.md", TEXT, "Bart")
    push(room.bart)
    commit_file(room.anna, "content/nieuws/a.md", TEXT, "Anna")

    status = site_status(room.anna)
    assert (status.branch, status.upstream) == ("main", "origin/main")
    assert (status.ahead, status.behind) == (1, 1)
    assert status.remote is RemoteState.FETCHED and status.fetched_at is not None
    fetched = status.fetched_at

    room.remote.rename(tmp_path / "verhuisd.git")  # the remote disappears
    before = state(room.anna)
    offline = site_status(room.anna)
    assert offline.offline and offline.remote is RemoteState.OFFLINE
    assert (offline.ahead, offline.behind) == (1, 1)  # as the last fetch knew
    assert offline.fetched_at == fetched
    assert "verhuisd" not in offline.detail and offline.detail
    with pytest.raises(TeamError) as caught:
        sync(room.anna)
    assert caught.value.code == "team.offline"
    assert "geen netwerk" in dutch(caught.value) and "Nothing was changed" in english(caught.value)
    with pytest.raises(NetworkError):
        push(room.anna)
    assert state(room.anna) == before and not_busy(room.anna)


def test_your_own_commits_go_on_top_and_unrelated_changes_survive(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.bart, "content/nieuws/b.md", TEXT, "Bart")
    push(room.bart)
    commit_file(room.anna, "content/nieuws/a.md", TEXT, "Anna")
    notes = room.anna / "content" / "achtergrond" / "_index.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\nHalf af.\n", encoding="utf-8")
    staged = room.anna / "content" / "nieuws" / "_index.md"
    staged.write_text(staged.read_text(encoding="utf-8") + "\nGestaged.\n", encoding="utf-8")
    git(room.anna, "add", str(staged))
    (room.anna / "kladje.txt").write_text("niet voor publicatie\n", encoding="utf-8")
    dirty = {p: p.read_text(encoding="utf-8") for p in (notes, staged, room.anna / "kladje.txt")}

    result = sync(room.anna)

    assert result.outcome is SyncOutcome.REBASED and (result.taken, result.mine) == (1, 1)
    assert git(room.anna, "log", "--format=%an", "-2").split("\n")[:2] == [
        "Anna de Vries",
        "Bart Jansen",
    ]
    assert {p: p.read_text(encoding="utf-8") for p in dirty} == dirty  # nothing lost
    committed = git(room.anna, "show", "--name-only", "--format=", "HEAD").split()
    assert committed == ["content/nieuws/a.md"]  # nothing of it committed
    assert git(room.anna, "stash", "list") == "" and not_busy(room.anna)
    status = git(room.anna, "status", "--porcelain")
    assert "?? kladje.txt" in status
    assert "M  content/nieuws/_index.md" in status  # still staged, as it was
    assert " M content/achtergrond/_index.md" in status


def test_a_fast_forward_keeps_unrelated_changes(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.bart, "content/nieuws/b.md", TEXT, "Bart")
    push(room.bart)
    notes = room.anna / "content" / "achtergrond" / "_index.md"
    notes.write_text("gewijzigd\n", encoding="utf-8")
    assert sync(room.anna).outcome is SyncOutcome.FAST_FORWARD
    assert notes.read_text(encoding="utf-8") == "gewijzigd\n"
    assert " M content/achtergrond/_index.md" in git(room.anna, "status", "--porcelain")


def test_uncommitted_changes_to_a_file_the_remote_changed_stop_the_sync(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, ARTICLE, TEXT, "Anna")
    push(room.anna)
    sync(room.bart)
    commit_file(room.bart, ARTICLE, TEXT.replace("Twee", "2"), "Bart")
    push(room.bart)
    (room.anna / ARTICLE).write_text(TEXT + "Nog niet klaar.\n", encoding="utf-8")
    before = state(room.anna)

    with pytest.raises(TeamError) as caught:
        sync(room.anna)

    assert caught.value.code == "team.dirty-in-the-way"
    assert ARTICLE in english(caught.value)
    assert state(room.anna) == before and not_busy(room.anna)
    assert (room.anna / ARTICLE).read_text(encoding="utf-8") == TEXT + "Nog niet klaar.\n"


def test_both_change_the_same_article_the_sync_stops_with_both_texts(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, ARTICLE, TEXT, "Anna begint")
    push(room.anna)
    sync(room.bart)
    bart_text = TEXT.replace("Twee.", "Twee, zegt Bart.")
    anna_text = TEXT.replace("Twee.", "Twee, zegt Anna.")
    commit_file(room.bart, ARTICLE, bart_text, "Bart")
    push(room.bart)
    commit_file(room.anna, ARTICLE, anna_text, "Anna")
    (room.anna / "kladje.txt").write_text("los\n", encoding="utf-8")
    before = state(room.anna)

    with pytest.raises(SyncConflictError) as caught:
        sync(room.anna)

    [conflict] = caught.value.conflicts
    assert (conflict.path, conflict.mine, conflict.theirs) == (ARTICLE, anna_text, bart_text)
    assert conflict.their_authors == ("Bart Jansen",)
    assert ARTICLE in english(caught.value) and "collega" in dutch(caught.value)
    assert state(room.anna) == before and not_busy(room.anna)  # clean, not mid-rebase

    with pytest.raises(SyncConflictError):  # the push's retry stops the same way
        push(room.anna)
    assert state(room.anna) == before and not_busy(room.anna)


def test_a_commit_that_clashes_on_the_way_is_rolled_back(tmp_path: Path) -> None:
    """Anna changed a line and changed it back: the end result merges, her first commit does
    not. The rebase stops halfway; the sync aborts it and puts everything back."""
    room = newsroom(tmp_path)
    commit_file(room.anna, ARTICLE, TEXT, "Anna begint")
    push(room.anna)
    sync(room.bart)
    commit_file(room.bart, ARTICLE, TEXT.replace("Twee.", "Twee!"), "Bart")
    push(room.bart)
    commit_file(room.anna, ARTICLE, TEXT.replace("Twee.", "Twee?"), "Anna probeert")
    commit_file(room.anna, ARTICLE, TEXT, "Anna draait terug")
    notes = room.anna / "content" / "achtergrond" / "_index.md"
    notes.write_text("onaf\n", encoding="utf-8")
    before = state(room.anna)

    with pytest.raises(SyncConflictError) as caught:
        sync(room.anna)

    assert caught.value.conflicts[0].path == ARTICLE
    assert state(room.anna) == before and not_busy(room.anna)
    assert notes.read_text(encoding="utf-8") == "onaf\n"


def test_a_failing_pre_push_hook_and_a_server_hook_each_say_so(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, "content/nieuws/a.md", TEXT, "Anna")
    hook(room.anna, "pre-push", "echo 'eerst de spellingcheck' >&2\nexit 1\n")
    with pytest.raises(PushHookError) as caught:
        push(room.anna)
    assert "eerst de spellingcheck" in caught.value.detail
    assert "hook" in english(caught.value) and "veilig" in dutch(caught.value)
    (room.anna / ".git" / "hooks" / "pre-push").unlink()

    hook(room.remote, "pre-receive", "echo 'main is bevroren' >&2\nexit 1\n")
    with pytest.raises(PushHookError) as server:
        push(room.anna)
    assert "main is bevroren" in server.value.detail
    assert head(room.anna) != head(room.remote, "main")  # safe locally, not pushed


def test_refused_access_has_its_own_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real git talking to an "ssh" that refuses the key, as an SSH server would."""
    room = newsroom(tmp_path)
    fake_ssh = tmp_path / "ssh"
    fake_ssh.write_text(
        "#!/bin/sh\necho 'git@example.org: Permission denied (publickey).' >&2\nexit 255\n"
    )
    fake_ssh.chmod(0o755)
    monkeypatch.setenv("GIT_SSH_COMMAND", str(fake_ssh))
    git(room.anna, "remote", "set-url", "origin", "ssh://git@example.org/site.git")
    commit_file(room.anna, "content/nieuws/a.md", TEXT, "Anna")
    before = state(room.anna)

    assert site_status(room.anna).remote is RemoteState.ACCESS_REFUSED
    with pytest.raises(TeamError) as caught:
        sync(room.anna)
    assert caught.value.code == "team.access-refused"
    with pytest.raises(AuthenticationError):
        push(room.anna)
    assert state(room.anna) == before


def test_a_branch_without_upstream_is_told_plainly(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    git(room.anna, "switch", "-q", "-c", "eigen")
    assert site_status(room.anna).remote is RemoteState.NO_UPSTREAM
    with pytest.raises(TeamError) as caught:
        sync(room.anna)
    assert caught.value.code == "team.no-upstream" and "eigen" in english(caught.value)


def test_status_works_from_a_subfolder_and_without_fetching(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    shutil.rmtree(room.remote)  # no network needed when not fetching
    status = site_status(room.anna / "content", fetch=False)
    assert status.remote is RemoteState.NOT_FETCHED and (status.ahead, status.behind) == (0, 0)


def test_a_remote_that_never_answers_is_offline_after_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "ssh" hangs (a dead connection); git and its helper are killed at the deadline."""
    room = newsroom(tmp_path)
    pid_file = tmp_path / "ssh.pid"
    hanging = tmp_path / "ssh"
    hanging.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 600\n")
    hanging.chmod(0o755)
    monkeypatch.setenv("GIT_SSH_COMMAND", str(hanging))
    git(room.anna, "remote", "set-url", "origin", "ssh://git@example.org/site.git")
    before = state(room.anna)

    assert site_status(room.anna, timeout=1).remote is RemoteState.OFFLINE
    with pytest.raises(TeamError) as caught:
        sync(room.anna, timeout=1)
    assert caught.value.code == "team.offline"
    assert state(room.anna) == before
    pid = int(pid_file.read_text())
    assert not Path(f"/proc/{pid}").exists() or "Z" in _process_state(pid)  # killed too


def _process_state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return "Z"
