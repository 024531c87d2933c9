"""The export's git step in real repositories: only the exported paths, a branch per article,
nothing half-committed when a hook refuses, and push failures as typed errors."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.export import ExportPlan, export, plan_export
from redactie.core.export.git import (
    CommitFailedError,
    NetworkError,
    NoRemoteError,
    NotARepositoryError,
    PushRejectedError,
    RepositoryBusyError,
)
from redactie.core.site import Site
from tests.core.test_export_support import article_text, git, site_repo
from tests.messages import dutch, english


def _plan(root: Path, tmp_path: Path, text: str | None = None) -> ExportPlan:
    source = tmp_path / "artikel.md"
    source.write_text(text or article_text(), encoding="utf-8")
    return plan_export(
        Article.from_path(source), Site.open(root), source=source, records=tmp_path / "r.json"
    )


def test_commit_on_a_new_branch_named_after_the_slug(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    plan = _plan(root, tmp_path, article_text(title="Nieuwe branch"))
    assert plan.branch_name == "artikel/nieuwe-branch"
    result = export(plan, commit=True, branch=plan.branch_name)
    assert result.commit is not None
    assert result.commit.branch == "artikel/nieuwe-branch" and result.commit.created_branch
    assert git(root, "branch", "--show-current").strip() == "artikel/nieuwe-branch"
    assert git(root, "rev-list", "--count", "main..HEAD").strip() == "1"
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [plan.relative_target]


def test_a_refused_commit_leaves_the_repository_as_it_was(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'geweigerd door de hook' >&2\nexit 1\n")
    hook.chmod(0o755)
    other = root / "content" / "nieuws" / "_index.md"
    other.write_text("---\ntitle: Nieuws!\n---\n")
    git(root, "add", str(other))
    head = git(root, "rev-parse", "HEAD")
    staged = git(root, "diff", "--cached", "--name-only")

    plan = _plan(root, tmp_path)
    result = export(plan, commit=True, branch=plan.branch_name)

    assert isinstance(result.commit_error, CommitFailedError)
    assert "geweigerd door de hook" in result.commit_error.detail
    assert "hook" in dutch(result.commit_error)
    assert result.written == (plan.target,)  # the file is written; it is just not committed
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "branch", "--show-current").strip() == "main"
    assert git(root, "branch", "--list", plan.branch_name) == ""
    assert git(root, "diff", "--cached", "--name-only") == staged
    assert f"?? {plan.relative_target}" in git(root, "status", "--porcelain")


def test_a_hook_that_stages_another_file_gets_nothing_committed(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    secret = root / "notities.txt"
    secret.write_text("niet voor publicatie\n")
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\ngit add notities.txt\n")
    hook.chmod(0o755)
    head = git(root, "rev-parse", "HEAD")

    plan = _plan(root, tmp_path)
    result = export(plan, commit=True, branch=plan.branch_name)

    assert result.commit is None and result.commit_error is not None
    assert "notities.txt" in english(result.commit_error)
    assert git(root, "rev-parse", "HEAD") == head  # the commit the hook spoiled is gone
    assert git(root, "branch", "--show-current").strip() == "main"
    assert git(root, "branch", "--list", plan.branch_name) == ""
    assert "notities.txt" not in git(root, "diff", "--cached", "--name-only")
    assert f"?? {plan.relative_target}" in git(root, "status", "--porcelain")


def test_a_refused_commit_of_a_tracked_file_restores_its_staged_version(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    plan = _plan(root, tmp_path)
    export(plan, commit=True)
    target = plan.target
    target.write_text(target.read_text() + "\nHalf af.\n")
    git(root, "add", str(target))
    staged_blob = git(root, "ls-files", "--stage", str(target))
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 1\n")
    hook.chmod(0o755)
    source = tmp_path / "artikel.md"
    source.write_text(article_text(body="Definitief.\n"), encoding="utf-8")
    again = plan_export(
        Article.from_path(source), Site.open(root), source=source, records=tmp_path / "r.json"
    )
    result = export(again, commit=True)
    assert isinstance(result.commit_error, CommitFailedError)
    assert git(root, "ls-files", "--stage", str(target)) == staged_blob


def test_nothing_to_commit_on_an_unchanged_re_export(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    text = article_text()  # once: the default date is "now", which may tick between plans
    export(_plan(root, tmp_path, text), commit=True)
    result = export(_plan(root, tmp_path, text), commit=True)
    assert result.written == ()
    assert result.nothing_to_commit and result.commit is None and result.commit_error is None


def test_not_a_repository_is_refused_before_writing(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    subprocess.run(["rm", "-rf", str(root / ".git")], check=True)
    plan = _plan(root, tmp_path)
    with pytest.raises(NotARepositoryError):
        export(plan, commit=True)
    assert not plan.target.exists()
    assert export(plan).written == (plan.target,)  # without the git step it is fine


def test_a_merge_in_progress_is_refused_before_writing(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    (root / ".git" / "MERGE_HEAD").write_text(git(root, "rev-parse", "HEAD"))
    plan = _plan(root, tmp_path)
    with pytest.raises(RepositoryBusyError) as caught:
        export(plan, commit=True)
    assert "merge" in english(caught.value)
    assert not plan.target.exists()


def _bare_remote(tmp_path: Path, root: Path) -> Path:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    git(root, "remote", "add", "origin", str(remote))
    git(root, "push", "-q", "origin", "main")
    return remote


def test_push_with_progress(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    remote = _bare_remote(tmp_path, root)
    seen: list[tuple[str, int]] = []
    plan = _plan(root, tmp_path)
    result = export(
        plan, commit=True, push=True, on_progress=lambda phase, pct: seen.append((phase, pct))
    )
    assert result.pushed and result.push_error is None
    assert git(remote, "rev-parse", "main") == git(root, "rev-parse", "HEAD")
    assert ("Writing objects", 100) in seen
    assert git(root, "rev-parse", "--abbrev-ref", "main@{upstream}").strip() == "origin/main"


def test_a_rejected_push(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    remote = _bare_remote(tmp_path, root)
    other = tmp_path / "collega"
    subprocess.run(["git", "clone", "-q", str(remote), str(other)], check=True)
    git(
        other,
        "-c",
        "user.name=C",
        "-c",
        "user.email=c@x",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "Collega was eerder",
    )
    git(other, "push", "-q", "origin", "main")

    result = export(_plan(root, tmp_path), commit=True, push=True)
    assert result.commit is not None  # committed locally, safe
    assert isinstance(result.push_error, PushRejectedError)
    assert "pull" in english(result.push_error).lower()
    assert "rejected" in result.push_error.detail


def test_no_network(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    git(root, "remote", "add", "origin", f"http://127.0.0.1:{port}/site.git")
    result = export(_plan(root, tmp_path), commit=True, push=True)
    assert result.commit is not None
    assert isinstance(result.push_error, NetworkError)
    assert "geen netwerk" in dutch(result.push_error)


def test_no_remote(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    result = export(_plan(root, tmp_path), commit=True, push=True)
    assert result.commit is not None
    assert isinstance(result.push_error, NoRemoteError)


@pytest.mark.parametrize(
    "title", ["Kop met\x00nul", "Kop met \ud800 halve"], ids=["nul", "surrogate"]
)
def test_a_title_git_cannot_store_leaves_the_repository_as_it_was(
    tmp_path: Path, title: str
) -> None:
    root = site_repo(tmp_path)
    head = git(root, "rev-parse", "HEAD")
    source = tmp_path / "artikel.md"
    source.write_text(article_text(title="Voorlopig"), encoding="utf-8")
    article = Article.from_path(source)
    article.set("title", title)
    plan = plan_export(article, Site.open(root), source=source, records=tmp_path / "r.json")

    result = export(plan, commit=True, branch=plan.branch_name)

    assert result.commit is None and result.commit_error is not None
    assert "git cannot store" in english(result.commit_error)
    assert "nul-teken" in dutch(result.commit_error)
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "branch", "--show-current").strip() == "main"
    assert git(root, "diff", "--cached", "--name-only") == ""
