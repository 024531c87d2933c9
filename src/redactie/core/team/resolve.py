"""Finish a sync the journalist decided: one merge commit with the texts they chose.

`sync` refuses a clash and names every clashing file with both texts (`SyncConflictError`);
the window lets the journalist go through each one and choose per change. Only when every
file has its chosen text does `sync_resolved` run, and it never enters a merge or rebase in
the work tree: the merge is made on objects alone (`git merge-tree --write-tree`, the chosen
texts put into that tree through a private index, `git commit-tree` with both parents), and
the branch is fast-forwarded to it. So the repository is either where it was or on the merge
commit, never mid-merge; the journalist's commits and the site's both stay in the history (the
merge's two parents), so the text not chosen is still there to be read.

The choice was made on the texts of two known commits (`SyncConflictError.head` and
`.upstream`); if either side moved meanwhile, the choice is stale and is refused.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Mapping
from pathlib import Path

from redactie.core.team.errors import SyncConflictError, TeamError
from redactie.core.team.gitrun import git, toplevel
from redactie.core.team.status import ahead_behind, upstream_of
from redactie.core.team.sync import (
    SyncOutcome,
    SyncResult,
    branch_to_update,
    conflicts_of,
    dirty_paths,
    rollback,
)

log = logging.getLogger(__name__)


def sync_resolved(
    root: Path, resolutions: Mapping[str, str | None], *, head: str, upstream: str
) -> SyncResult:
    """Merge `upstream` (a commit) into the branch at `head`, each clashing file as chosen.

    `resolutions` maps each clashing path (relative to the repository's top) to its chosen
    text, None for "deleted". Raises `SyncConflictError` when a clashing file has no choice
    (the remote moved on and brought another clash), `TeamError("team.conflict-stale")` when
    the branch or the remote moved since the choice; in every case nothing was changed.
    """
    root = toplevel(root)
    branch = branch_to_update(root)
    before = git(root, "rev-parse", "HEAD").out.strip()
    tracking = upstream_of(root)
    now_upstream = (
        git(root, "rev-parse", "--verify", "--quiet", tracking, check=False).out.strip()
        if tracking
        else ""
    )
    if before != head or now_upstream != upstream:
        raise TeamError("team.conflict-stale", branch=branch)
    tree, clashing = _merged_tree(root, head, upstream)
    missing = [path for path in clashing if path not in resolutions]
    if missing:
        raise SyncConflictError(conflicts_of(root, upstream, missing), head=head, upstream=upstream)
    chosen_tree = _with_choices(root, tree, resolutions)
    in_the_way = sorted(set(dirty_paths(root)) & _changed(root, head, chosen_tree))
    if in_the_way:  # the fast-forward would overwrite them: refused before anything is made
        raise TeamError("team.dirty-in-the-way", files=", ".join(in_the_way))
    names = "".join(f"\t{path}\n" for path in sorted(resolutions))
    message = f"Merge {tracking or upstream[:12]} into {branch}\n\nChosen side by side:\n{names}"
    made = git(root, "commit-tree", chosen_tree, "-p", head, "-p", upstream, stdin=message)
    merge = made.out.strip()
    try:
        ran = git(root, "merge", "--ff-only", "--quiet", merge, check=False)
        if not ran.ok:
            raise TeamError("team.sync-failed", detail=(ran.err or ran.out).strip())
    except BaseException:
        rollback(root, branch, before)
        raise
    _, behind = ahead_behind(root, head, upstream)
    mine, _ = ahead_behind(root, "HEAD", upstream)
    log.info("sync %s in %s: merged by choice (%d files)", branch, root, len(resolutions))
    return SyncResult(SyncOutcome.MERGED, branch, before, merge, behind, mine)


def _merged_tree(root: Path, head: str, upstream: str) -> tuple[str, list[str]]:
    """The merge's tree (clashing files with git's markers) and the clashing files."""
    ran = git(root, "merge-tree", "--write-tree", "--name-only", "-z", head, upstream, check=False)
    if ran.code not in (0, 1):  # before git 2.38: no merge on objects alone
        raise TeamError("team.sync-failed", detail=ran.err.strip())
    first, _, _rest = ran.out.partition("\0\0")
    fields = first.split("\0")
    return fields[0].strip(), [name for name in dict.fromkeys(fields[1:]) if name]


def _changed(root: Path, head: str, tree: str) -> set[str]:
    """The files that differ between the commit `head` and `tree` (what the merge changes)."""
    out = git(root, "diff-tree", "-r", "--name-only", "-z", "--no-renames", head, tree).out
    return {name for name in out.split("\0") if name}


def _with_choices(root: Path, tree: str, resolutions: Mapping[str, str | None]) -> str:
    """`tree` with each chosen text in place (a private index: the real one is not touched)."""
    with tempfile.TemporaryDirectory(prefix="redactie-resolve-") as folder:
        env = {"GIT_INDEX_FILE": str(Path(folder) / "index")}
        git(root, "read-tree", tree, env=env)
        for path, text in sorted(resolutions.items()):
            if text is None:
                git(root, "update-index", "--force-remove", "--", path, env=env)
                continue
            blob = git(root, "hash-object", "-w", "--stdin", f"--path={path}", stdin=text)
            listed = git(root, "ls-tree", "-z", tree, "--", path).out
            mode = listed.split(" ", 1)[0] if listed else "100644"
            cacheinfo = f"{mode},{blob.out.strip()},{path}"
            git(root, "update-index", "--add", "--cacheinfo", cacheinfo, env=env)
        return git(root, "write-tree", env=env).out.strip()
