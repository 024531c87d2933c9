"""Take the newsroom's newer commits: fast-forward, or your own unpushed commits on top.

All or nothing. Everything that could stop the sync is found before the work tree is touched:
uncommitted changes to a file the remote also changed (refused: nothing is committed or
stashed for the journalist), and files both sides changed in ways that do not merge (a
`git merge-tree` dry run; refused with both texts, for a side-by-side view). Should a step still
fail, the rebase is aborted and the branch put back where it was: the repository is never left
mid-rebase. Unrelated uncommitted changes ride along (`git rebase --autostash`).
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from redactie.core.export.git import Repository, RepositoryBusyError
from redactie.core.export.git_errors import GitError
from redactie.core.team.errors import Conflict, SyncConflictError, TeamError
from redactie.core.team.gitrun import NETWORK_TIMEOUT, git, toplevel
from redactie.core.team.status import (
    ahead_behind,
    current_branch,
    fetch_or_raise,
    remote_of,
    upstream_of,
)

log = logging.getLogger(__name__)


class SyncOutcome(enum.Enum):
    UP_TO_DATE = "up-to-date"  # nothing new on the remote (you may have commits to push)
    FAST_FORWARD = "fast-forward"  # the remote's commits taken, you had none of your own
    REBASED = "rebased"  # the remote's commits taken, yours replayed on top
    MERGED = "merged"  # a clash decided by the journalist: one merge commit (resolve.py)


@dataclass(frozen=True)
class SyncResult:
    outcome: SyncOutcome
    branch: str
    before: str  # HEAD before
    after: str  # HEAD after
    taken: int  # commits taken from the remote
    mine: int  # your commits not on the remote (after the sync: still to push)


def branch_to_update(root: Path) -> str:
    """The branch checked out, refusing a repository mid-operation or on a detached head."""
    busy = Repository(root).busy()
    if busy is not None:
        raise RepositoryBusyError(busy)
    branch = current_branch(root)
    if branch is None:
        raise GitError("git.detached-head")
    return branch


def sync(root: Path, *, fetch: bool = True, timeout: float = NETWORK_TIMEOUT) -> SyncResult:
    """Bring the current branch up to date with its upstream (slow: network, off the GUI thread).

    Raises `SyncConflictError` (both texts of each file), `TeamError` (offline, no upstream,
    changes in the way) or `RepositoryBusyError`; in every case nothing was changed.
    """
    root = toplevel(root)
    branch = branch_to_update(root)
    upstream = upstream_of(root)
    if upstream is None:
        raise TeamError("team.no-upstream", branch=branch)
    if fetch:
        fetch_or_raise(root, remote_of(root, branch) or "origin", timeout)
    before = _head(root)
    ahead, behind = ahead_behind(root, "HEAD", upstream)
    if behind == 0:
        return SyncResult(SyncOutcome.UP_TO_DATE, branch, before, before, 0, ahead)
    in_the_way = sorted(set(dirty_paths(root)) & set(_changed_upstream(root, upstream)))
    if in_the_way:
        raise TeamError("team.dirty-in-the-way", files=", ".join(in_the_way))
    if ahead == 0:
        _step(root, branch, before, "merge", "--ff-only", "--quiet", upstream)
        outcome = SyncOutcome.FAST_FORWARD
    else:
        conflicts = _merge_conflicts(root, upstream)
        if conflicts:
            raise SyncConflictError(
                conflicts_of(root, upstream, conflicts), head=before, upstream=_sha(root, upstream)
            )
        _rebase(root, branch, before, upstream)
        outcome = SyncOutcome.REBASED
    after = _head(root)
    log.info("sync %s in %s: %s, %d taken", branch, root, outcome.value, behind)
    return SyncResult(outcome, branch, before, after, behind, ahead)


def dirty_paths(root: Path) -> list[str]:
    """Files with uncommitted changes (staged or not, new files too), relative POSIX paths."""
    out = git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all").out
    fields = out.split("\0")
    found: list[str] = []
    index = 0
    while index < len(fields):
        entry = fields[index]
        index += 1
        if len(entry) < 4:
            continue
        found.append(entry[3:])
        if entry[0] in "RC":  # a rename's source follows as a field of its own
            found.append(fields[index])
            index += 1
    return found


def conflicts_of(root: Path, upstream: str, paths: list[str]) -> tuple[Conflict, ...]:
    """Each file's text on both sides and who changed it on the remote."""
    found = []
    ran = git(root, "merge-base", "HEAD", upstream, check=False)
    base = ran.out.strip() if ran.ok else None
    for path in paths:
        authors = git(root, "log", "--format=%an", f"HEAD..{upstream}", "--", path).out
        names = tuple(dict.fromkeys(line for line in authors.splitlines() if line))
        mine, theirs = _text(root, "HEAD", path), _text(root, upstream, path)
        before = _text(root, base, path) if base else None
        found.append(Conflict(path, mine, theirs, names, before))
    return tuple(found)


def _changed_upstream(root: Path, upstream: str) -> list[str]:
    out = git(root, "diff", "--name-only", "-z", "--no-renames", f"HEAD...{upstream}").out
    return [name for name in out.split("\0") if name]


def _merge_conflicts(root: Path, upstream: str) -> list[str]:
    """The files a merge of HEAD and `upstream` cannot merge by itself (a dry run)."""
    ran = git(
        root, "merge-tree", "--write-tree", "--name-only", "-z", "HEAD", upstream, check=False
    )
    if ran.code == 0:
        return []
    if ran.code != 1:  # a git before 2.38 has no --write-tree: the rebase finds them instead
        log.info("no merge-tree dry run (%s); the rebase checks", ran.err.strip()[:80])
        return []
    names = ran.out.split("\0\0", 1)[0].split("\0")[1:]
    return list(dict.fromkeys(name for name in names if name))


def _step(root: Path, branch: str, before: str, *args: str) -> None:
    """One step that changes the branch; any failure puts everything back as it was."""
    try:
        ran = git(root, *args, check=False)
        if not ran.ok:
            raise TeamError("team.sync-failed", detail=(ran.err or ran.out).strip())
    except BaseException:
        rollback(root, branch, before)
        raise


def _rebase(root: Path, branch: str, before: str, upstream: str) -> None:
    """Your commits on top of `upstream`; a commit that does not apply puts everything back
    and is reported as a conflict (one commit can clash where the end result would not)."""
    staged = [n for n in git(root, "diff", "--cached", "--name-only", "-z").out.split("\0") if n]
    snapshot = git(root, "ls-files", "--stage", "-z", "--", *staged).out if staged else ""
    try:
        ran = git(root, "rebase", "--autostash", "--quiet", upstream, check=False)
        if ran.ok:
            _restage(root, staged, snapshot)
            return
        out = git(root, "diff", "--name-only", "-z", "--diff-filter=U", check=False).out
        clashing = [name for name in out.split("\0") if name]
        detail = (ran.err or ran.out).strip()
        rollback(root, branch, before)
        if clashing:
            raise SyncConflictError(
                conflicts_of(root, upstream, clashing),
                detail,
                head=before,
                upstream=_sha(root, upstream),
            )
        raise TeamError("team.sync-failed", detail=detail)
    except BaseException:
        if Repository(root).busy() is not None or _head(root) != before:
            rollback(root, branch, before)
        raise


def _restage(root: Path, staged: list[str], snapshot: str) -> None:
    """What was staged is staged again (the autostash gives it back unstaged). Those files are
    untouched by the remote (checked before), so their staged versions still apply."""
    if not staged:
        return
    git(root, "rm", "--cached", "--quiet", "--ignore-unmatch", "-r", "--", *staged, check=False)
    entries = "".join(e + "\0" for e in snapshot.split("\0") if e)
    if entries:
        git(root, "update-index", "-z", "--index-info", stdin=entries, check=False)


def rollback(root: Path, branch: str, before: str) -> None:
    """Abort a rebase or merge in progress; put `branch` back on `before`."""
    busy = Repository(root).busy()
    if busy == "rebase":
        git(root, "rebase", "--abort", check=False)
    elif busy == "merge":
        git(root, "merge", "--abort", check=False)
    if current_branch(root) != branch:
        git(root, "switch", "--quiet", branch, check=False)
    if _head(root) != before:
        git(root, "reset", "--quiet", "--keep", before, check=False)
    log.warning("sync in %s failed; put back on %s", root, before[:12])


def _head(root: Path) -> str:
    return _sha(root, "HEAD")


def _sha(root: Path, ref: str) -> str:
    return git(root, "rev-parse", "--verify", f"{ref}^{{commit}}").out.strip()


def _text(root: Path, commit: str, path: str) -> str | None:
    ran = git(root, "show", f"{commit}:{path}", check=False)
    return ran.out if ran.ok else None
