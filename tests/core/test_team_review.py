"""Review on plain git: Anna submits, Bart (the desk) lists, sends back and approves."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.export.git_errors import CommitFailedError
from redactie.core.site import Site
from redactie.core.team import (
    RemoteState,
    TeamError,
    approve_review,
    list_reviews,
    send_back,
    submit_review,
)
from tests.core.team_support import commit_file, head, hook, newsroom, not_busy, state
from tests.core.test_export_support import article_text, git
from tests.messages import english

TITLE = "Dijkbreuk bij Lith"
BRANCH = "review/dijkbreuk-bij-lith"


def _submit(clone: Path, body: str = "Eerste versie.\n") -> tuple[str, str]:
    source = clone.parent / "dijkbreuk.md"
    source.write_text(
        article_text(title=TITLE, body=body, date_text="2026-01-20T10:00:00+01:00"),
        encoding="utf-8",
    )
    done = submit_review(
        Article.from_path(source),
        Site.open(clone),
        source=source,
        records=clone.parent / "records.json",
        allow_errors=True,
    )
    return done.branch, done.target


def test_submit_list_send_back_resubmit_and_approve(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    notes = room.anna / "content" / "achtergrond" / "_index.md"
    notes.write_text("onaf\n", encoding="utf-8")
    main_before = head(room.remote, "main")

    branch, target = _submit(room.anna)

    assert branch == BRANCH
    assert head(room.remote, BRANCH) == head(room.anna, BRANCH)
    assert head(room.remote, "main") == main_before  # not published yet
    assert git(room.anna, "branch", "--show-current").strip() == "main"  # back where she was
    assert not (room.anna / target).exists()  # the article waits on its branch
    assert notes.read_text(encoding="utf-8") == "onaf\n"

    waiting = list_reviews(Site.open(room.bart))
    assert waiting.remote is RemoteState.FETCHED
    [review] = waiting.reviews
    assert (review.branch, review.title, review.path) == (BRANCH, TITLE, target)
    assert (review.author, review.sent_back) == ("Anna de Vries", False)
    assert review.submitted <= review.updated

    bart_before = state(room.bart)
    send_back(Site.open(room.bart), BRANCH, "Bron ontbreekt in de tweede alinea.")
    assert state(room.bart) == bart_before  # the desk's checkout is not touched
    [review] = list_reviews(Site.open(room.bart)).reviews
    assert review.sent_back and review.note == "Bron ontbreekt in de tweede alinea."
    assert review.author == "Anna de Vries"  # still hers

    assert _submit(room.anna, "Met bron: het waterschap.\n")[0] == BRANCH  # the same branch
    [review] = list_reviews(Site.open(room.bart)).reviews
    assert not review.sent_back
    assert git(room.remote, "rev-list", "--count", f"main..{BRANCH}").strip() == "3"

    approval = approve_review(Site.open(room.bart), BRANCH)

    assert not approval.merge_commit and approval.sha == head(room.remote, "main")
    assert git(room.remote, "branch", "--list", BRANCH) == ""  # the review branch is gone
    assert "waterschap" in git(room.remote, "show", f"main:{target}")
    assert state(room.bart) == bart_before
    assert list_reviews(Site.open(room.bart)).reviews == ()


def test_approve_with_a_merge_commit_when_the_site_says_so(tmp_path: Path) -> None:
    room = newsroom(tmp_path, 'approve = "merge"\n')
    _submit(room.anna)
    commit_file(room.bart, "content/nieuws/ander.md", "---\ntitle: Ander\n---\n", "Ander")
    git(room.bart, "push", "-q", "origin", "main")

    approval = approve_review(Site.open(room.bart), BRANCH)

    assert approval.merge_commit
    parents = git(room.remote, "rev-list", "--parents", "-1", "main").split()
    assert len(parents) == 3 and parents[2] != head(room.bart)
    assert git(room.remote, "log", "-1", "--format=%an", "main").strip() == "Bart Jansen"
    assert git(room.remote, "branch", "--list", BRANCH) == ""


def test_a_review_behind_main_is_not_fast_forwarded_and_nothing_changes(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    _submit(room.anna)
    commit_file(room.bart, "content/nieuws/ander.md", "---\ntitle: Ander\n---\n", "Ander")
    git(room.bart, "push", "-q", "origin", "main")
    main, review = head(room.remote, "main"), head(room.remote, BRANCH)

    with pytest.raises(TeamError) as caught:
        approve_review(Site.open(room.bart), BRANCH)

    assert caught.value.code == "team.review-not-fast-forward" and BRANCH in english(caught.value)
    assert (head(room.remote, "main"), head(room.remote, BRANCH)) == (main, review)


def test_a_review_that_conflicts_with_main_is_refused(tmp_path: Path) -> None:
    room = newsroom(tmp_path, 'approve = "merge"\n')
    branch, target = _submit(room.anna)
    commit_file(room.bart, target, "---\ntitle: Anders\n---\n", "Bart publiceert zelf")
    git(room.bart, "push", "-q", "origin", "main")
    main = head(room.remote, "main")

    with pytest.raises(TeamError) as caught:
        approve_review(Site.open(room.bart), branch)

    assert caught.value.code == "team.review-conflict" and target in english(caught.value)
    assert head(room.remote, "main") == main and not_busy(room.bart)


def test_an_unknown_review_branch(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    with pytest.raises(TeamError) as caught:
        approve_review(Site.open(room.bart), "review/bestaat-niet")
    assert caught.value.code == "team.review-not-found"
    with pytest.raises(TeamError):
        send_back(Site.open(room.bart), "review/bestaat-niet", "?")


def test_the_list_while_offline_shows_what_the_last_fetch_knew(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    _submit(room.anna)
    assert len(list_reviews(Site.open(room.bart)).reviews) == 1
    room.remote.rename(tmp_path / "weg.git")
    offline = list_reviews(Site.open(room.bart))
    assert offline.remote is RemoteState.OFFLINE and len(offline.reviews) == 1
    assert offline.fetched_at is not None


def test_a_refused_commit_on_submit_leaves_git_as_it_was(tmp_path: Path) -> None:
    """As with the export: the file is written, nothing is committed, no branch is left."""
    room = newsroom(tmp_path)
    hook(room.anna, "pre-commit", "echo 'eerst de bronnen' >&2\nexit 1\n")
    before = git(room.anna, "rev-parse", "HEAD"), git(room.anna, "branch", "--list")

    with pytest.raises(CommitFailedError) as caught:
        _submit(room.anna)

    assert "eerst de bronnen" in caught.value.detail
    assert (git(room.anna, "rev-parse", "HEAD"), git(room.anna, "branch", "--list")) == before
    assert git(room.anna, "branch", "--show-current").strip() == "main"
    assert git(room.remote, "branch", "--list", BRANCH) == "" and not_busy(room.anna)
    assert "?? content/nieuws/2026-01-20-dijkbreuk-bij-lith.md" in git(room.anna, "status", "-s")
