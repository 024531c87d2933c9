"""Review on plain git: an article waits on a branch of its own until the desk approves it.

- submit: the export, committed on the site's review branch (`[git] review_branch`, default
  `review/{slug}`) and pushed; the journalist's checkout goes back to the branch it was on.
  A review sent back is submitted again on the same branch.
- approve: the review's commits onto the published branch (`[git] main_branch`), as a
  fast-forward or a merge commit (`[git] approve`), pushed together with the deletion of the
  review branch in one atomic push. It works on refs alone (`git merge-tree`, `commit-tree`):
  the desk editor's work tree and checkout are never touched.
- send back: an empty commit carrying the desk's note (trailer `Redactie-Review: sent-back`)
  on the review branch, pushed; the branch stays.

Every step is slow (network): run it off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from redactie.core.article import Article
from redactie.core.export.git import PUSH_TIMEOUT, ProgressCallback, Repository
from redactie.core.export.git_errors import (
    GitError,
    PushRejectedError,
    RepositoryBusyError,
    commit_error,
    push_error,
)
from redactie.core.site import Site
from redactie.core.team.errors import TeamError
from redactie.core.team.gitrun import git
from redactie.core.team.push import PushResult, push
from redactie.core.team.status import current_branch, fetch_or_raise, upstream_of
from redactie.core.team.sync import sync

if TYPE_CHECKING:  # the exporter on first use: the window imports this module at start
    from redactie.core.export import ExportPlan

log = logging.getLogger(__name__)
SENT_BACK_TRAILER = "Redactie-Review: sent-back"


@dataclass(frozen=True)
class Submission:
    branch: str
    sha: str  # the review branch's tip as pushed
    target: str  # the article's path in the repository
    pushed: PushResult


@dataclass(frozen=True)
class Approval:
    branch: str
    main: str
    sha: str  # the published branch's new tip
    merge_commit: bool  # False: a fast-forward


def review_branch(site: Site, plan: ExportPlan) -> str:
    """The review branch of the article `plan` exports (the site's `[git] review_branch`)."""
    from redactie.core.export import fill_template

    values = {"title": plan.title, "slug": plan.slug, "section": plan.section}
    return fill_template(site.options.git_review_branch, values)


def submit_review(
    article: Article,
    site: Site,
    *,
    source: Path | None = None,
    records: Path | None = None,
    known_tags: Mapping[str, int] | None = None,
    confirmed_tags: Iterable[str] = (),
    allow_errors: bool = False,
    overwrite: bool = False,
    on_progress: ProgressCallback | None = None,
) -> Submission:
    """Export `article` onto its review branch, push it, and go back to the branch you were on.

    Raises the export's errors (checks, collision) and the git ones; on a failure the checkout
    is back on the branch it was on and no half-made commit is left.
    """
    from redactie.core.export import export, plan_export

    repository = Repository.discover(site.root)
    root, remote = repository.root, site.options.git_remote
    busy = repository.busy()
    if busy is not None:
        raise RepositoryBusyError(busy)
    previous = current_branch(root)
    if previous is None:
        raise GitError("git.detached-head")

    def plan() -> ExportPlan:
        return plan_export(
            article,
            site,
            source=source,
            records=records,
            known_tags=known_tags,
            confirmed_tags=confirmed_tags,
        )

    first = plan()
    branch = review_branch(site, first)
    fetch_or_raise(root, remote)
    exists_here = repository.branch_exists(branch)
    exists_there = _ref(root, f"refs/remotes/{remote}/{branch}") is not None
    created_here = False
    try:
        if exists_here or exists_there:  # sent back before: the same branch again
            if not exists_here:
                git(root, "branch", "--quiet", "--track", branch, f"{remote}/{branch}")
                created_here = True
            _switch(root, branch)
            if upstream_of(root) is not None:
                sync(root, fetch=False)
            the_plan, new_branch = plan(), None
        else:
            the_plan, new_branch = first, branch
        result = export(
            the_plan,
            overwrite=overwrite,
            allow_errors=allow_errors,
            commit=True,
            branch=new_branch,
        )
        if result.commit_error is not None:
            raise result.commit_error
        pushed = push(root, remote=remote, branch=branch, on_progress=on_progress)
        sha = _ref(root, f"refs/heads/{branch}") or ""
    finally:
        if current_branch(root) != previous:
            git(root, "switch", "--quiet", previous, check=False)
        if created_here and _ref(root, f"refs/remotes/{remote}/{branch}") is None:
            git(root, "branch", "--quiet", "-D", branch, check=False)
    log.info("review submitted on %s (%s)", branch, sha[:12])
    return Submission(branch, sha, the_plan.relative_target, pushed)


def approve_review(site: Site, branch: str, *, timeout: float = PUSH_TIMEOUT) -> Approval:
    """Publish the review `branch`: onto the main branch, pushed, the review branch deleted.

    Raises `TeamError`: not found, not a fast-forward (the site wants those), a conflict with
    the main branch, or someone moved either branch meanwhile; nothing is changed then.
    """
    root = Repository.discover(site.root).root
    remote, main = site.options.git_remote, site.options.git_main_branch
    fetch_or_raise(root, remote)
    review_sha = _review_tip(root, remote, branch)
    main_sha = _ref(root, f"refs/remotes/{remote}/{main}")
    if main_sha is None:
        raise TeamError("team.review-not-found", branch=f"{remote}/{main}")
    merge = site.options.git_approve == "merge"
    if merge:
        new = _merge_commit(root, main_sha, review_sha, branch, main)
    elif _is_ancestor(root, main_sha, review_sha):
        new = review_sha
    else:
        raise TeamError("team.review-not-fast-forward", branch=branch, main=main)
    _push_refs(
        root,
        remote,
        [f"{new}:refs/heads/{main}", f":refs/heads/{branch}"],
        [f"--force-with-lease=refs/heads/{branch}:{review_sha}"],
        timeout,
    )
    if _ref(root, f"refs/heads/{branch}") == review_sha and current_branch(root) != branch:
        git(root, "branch", "--quiet", "-D", branch, check=False)  # exactly what was approved
    log.info("review %s approved onto %s (%s)", branch, main, new[:12])
    return Approval(branch, main, new, merge)


def send_back(site: Site, branch: str, note: str, *, timeout: float = PUSH_TIMEOUT) -> str:
    """Add a commit with the desk's `note` to the review `branch` and push it; its new tip."""
    root = Repository.discover(site.root).root
    remote = site.options.git_remote
    fetch_or_raise(root, remote)
    review_sha = _review_tip(root, remote, branch)
    message = f"{note.strip()}\n\n{SENT_BACK_TRAILER}\n"
    made = git(root, "commit-tree", f"{review_sha}^{{tree}}", "-p", review_sha, stdin=message)
    sha = made.out.strip()
    _push_refs(root, remote, [f"{sha}:refs/heads/{branch}"], [], timeout)
    return sha


def _review_tip(root: Path, remote: str, branch: str) -> str:
    sha = _ref(root, f"refs/remotes/{remote}/{branch}")
    if sha is None:
        raise TeamError("team.review-not-found", branch=branch)
    return sha


def _merge_commit(root: Path, main_sha: str, review_sha: str, branch: str, main: str) -> str:
    """A merge commit of the review into main, made without a work tree; a conflict refuses."""
    ran = git(
        root, "merge-tree", "--write-tree", "--name-only", "-z", main_sha, review_sha, check=False
    )
    if ran.code == 1:
        names = [n for n in ran.out.split("\0\0", 1)[0].split("\0")[1:] if n]
        raise TeamError("team.review-conflict", branch=branch, main=main, files=", ".join(names))
    if not ran.ok:
        raise TeamError("team.sync-failed", detail=ran.err.strip())
    tree = ran.out.split("\0", 1)[0].strip()
    message = f"Merge branch '{branch}' into {main}\n"
    made = git(
        root, "commit-tree", tree, "-p", main_sha, "-p", review_sha, stdin=message, check=False
    )
    if not made.ok:
        raise commit_error(made.err.strip())
    return made.out.strip()


def _push_refs(
    root: Path, remote: str, specs: list[str], options: list[str], timeout: float
) -> None:
    ran = git(
        root,
        "push",
        "--atomic",
        "--porcelain",
        *options,
        remote,
        *specs,
        timeout=timeout,
        check=False,
    )
    if ran.ok:
        return
    if ran.timed_out:
        raise TeamError("team.offline", detail="git push timed out", remote=remote)
    error = push_error(ran.out, ran.err)
    if isinstance(error, PushRejectedError) or "stale info" in error.detail:
        raise TeamError("team.review-moved", detail=error.detail)
    raise error


def _is_ancestor(root: Path, older: str, newer: str) -> bool:
    return git(root, "merge-base", "--is-ancestor", older, newer, check=False).code == 0


def _ref(root: Path, ref: str) -> str | None:
    ran = git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    return ran.out.strip() if ran.ok else None


def _switch(root: Path, branch: str) -> None:
    ran = git(root, "switch", "--quiet", branch, check=False)
    if not ran.ok:  # your uncommitted changes would be overwritten: git changed nothing
        files = [line.strip() for line in ran.err.splitlines() if line.startswith("\t")]
        raise TeamError("team.dirty-in-the-way", detail=ran.err.strip(), files=", ".join(files))
