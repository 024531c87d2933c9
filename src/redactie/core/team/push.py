"""Push with sense: when the remote moved on meanwhile, sync and push once more.

A colleague's push between your last sync and your push is normal in a newsroom; it should not
be an error the journalist has to understand. Only a rejection for that reason is retried, and
only once. Everything else keeps its own code (`git_errors.py`): no access
(`git.push-refused-access`), no network (`git.push-offline`), a hook here or on the server
(`git.push-hook`); each says what to do, and the commit stays safe locally.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from redactie.core.export.git import PUSH_TIMEOUT, ProgressCallback, Repository
from redactie.core.export.git_errors import GitError, PushRejectedError
from redactie.core.team.gitrun import git, toplevel
from redactie.core.team.status import current_branch, fetch_or_raise, upstream_of
from redactie.core.team.sync import SyncResult, sync

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PushResult:
    branch: str
    retried: bool  # the first push was rejected; synced and pushed again
    synced: SyncResult | None  # what that sync did


def push(
    root: Path,
    *,
    remote: str = "origin",
    branch: str | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: float = PUSH_TIMEOUT,
) -> PushResult:
    """Push `branch` (default: the current one); a rejection is synced and retried once.

    Slow (network): off the GUI thread. Raises the push's `GitError`s, or the sync's
    (`SyncConflictError` when your commits and the colleague's touch the same lines).
    """
    root = toplevel(root)
    repository = Repository(root)
    name = branch or current_branch(root)
    if name is None:
        raise GitError("git.detached-head")
    try:
        repository.push(remote, name, on_progress=on_progress, timeout=timeout)
        return PushResult(name, False, None)
    except PushRejectedError:
        if name != current_branch(root):
            raise  # only the checked-out branch can take the remote's commits
        log.info("push of %s rejected: syncing and trying once more", name)
    fetch_or_raise(root, remote)
    if upstream_of(root) is None:
        git(root, "branch", "--quiet", f"--set-upstream-to={remote}/{name}")
    synced = sync(root, fetch=False)
    repository.push(remote, name, on_progress=on_progress, timeout=timeout)
    return PushResult(name, True, synced)
