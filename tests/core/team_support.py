"""A newsroom in a temp folder for the team tests (no tests here): a bare repository as the
shared remote and two clones, Anna's and Bart's, each with its own `user.name`. Real git only."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from redactie.core.article import Article
from redactie.core.export import ExportResult, export, plan_export
from redactie.core.site import Site
from tests.core.test_export_support import article_text, git, site_repo

ANNA = ("Anna de Vries", "anna@example.org")
BART = ("Bart Jansen", "bart@example.org")


@dataclass(frozen=True)
class Newsroom:
    tmp: Path
    remote: Path
    anna: Path
    bart: Path


def newsroom(tmp_path: Path, redactie_toml: str = "") -> Newsroom:
    """The fixture site pushed to a bare `remote.git`, cloned twice."""
    seed = site_repo(tmp_path, "seed")
    if redactie_toml:
        options = seed / "redactie.toml"
        options.write_text(options.read_text(encoding="utf-8") + redactie_toml, encoding="utf-8")
        git(seed, "commit", "-q", "-am", "Instellingen")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    git(seed, "remote", "add", "origin", str(remote))
    git(seed, "push", "-q", "origin", "main")
    clones = []
    for name, (user, email) in (("anna", ANNA), ("bart", BART)):
        clone = tmp_path / name
        subprocess.run(["git", "clone", "-q", str(remote), str(clone)], check=True)
        for key, value in (("user.name", user), ("user.email", email), ("commit.gpgsign", "false")):
            git(clone, "config", key, value)
        clones.append(clone)
    return Newsroom(tmp_path, remote, clones[0], clones[1])


def export_article(
    clone: Path, title: str, body: str = "Eerste versie.\n", *, when: str | None = None
) -> ExportResult:
    """Export an article with `title` from a source file beside the clone, committed."""
    source = clone.parent / f"{clone.name}-{abs(hash(title))}.md"
    date = when or "2026-01-20T10:00:00+01:00"
    source.write_text(article_text(title=title, body=body, date_text=date), encoding="utf-8")
    plan = plan_export(
        Article.from_path(source),
        Site.open(clone),
        source=source,
        records=clone.parent / f"{clone.name}-records.json",
    )
    result = export(plan, commit=True, allow_errors=True)
    assert result.commit is not None, result.commit_error
    return result


def commit_file(clone: Path, rel: str, text: str, message: str) -> str:
    path = clone / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    git(clone, "add", rel)
    git(clone, "commit", "-q", "-m", message)
    return head(clone)


def head(clone: Path, ref: str = "HEAD") -> str:
    return git(clone, "rev-parse", ref).strip()


def state(clone: Path) -> tuple[str, str, str, str]:
    """HEAD, the branch, `git status` and the stash list: equal means nothing was changed."""
    return (
        head(clone),
        git(clone, "branch", "--show-current"),
        git(clone, "status", "--porcelain=v1", "--untracked-files=all"),
        git(clone, "stash", "list"),
    )


def not_busy(clone: Path) -> bool:
    git_dir = clone / ".git"
    return not any(
        (git_dir / name).exists()
        for name in ("rebase-merge", "rebase-apply", "MERGE_HEAD", "CHERRY_PICK_HEAD", "index.lock")
    )


def hook(clone: Path, name: str, script: str) -> None:
    path = clone / ".git" / "hooks" / name if clone.suffix != ".git" else clone / "hooks" / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)
