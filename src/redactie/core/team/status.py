"""Where the site's repository stands against the newsroom's remote.

A fetch that cannot reach the remote is not an error here: the status says "offline" and shows
what the last successful fetch knew, with its time. (Sync and push do refuse when offline.)
"""

from __future__ import annotations

import contextlib
import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from redactie.core.team.errors import TeamError
from redactie.core.team.gitrun import (
    NETWORK_TIMEOUT,
    git,
    refused_access,
    toplevel,
    unreachable,
)

_MARK = "redactie-last-fetch"  # in the git folder: when a fetch of ours last succeeded


class RemoteState(enum.Enum):
    FETCHED = "fetched"  # just fetched: the counts are current
    NOT_FETCHED = "not-fetched"  # asked not to fetch: the counts are as of `fetched_at`
    OFFLINE = "offline"  # the remote could not be reached
    ACCESS_REFUSED = "access-refused"  # reached, but signing in failed
    NO_UPSTREAM = "no-upstream"  # the branch follows no remote branch


@dataclass(frozen=True)
class SiteStatus:
    branch: str | None  # None: a detached HEAD
    upstream: str | None  # "origin/main"
    ahead: int  # your commits the remote does not have
    behind: int  # the remote's commits you do not have
    remote: RemoteState
    fetched_at: datetime | None  # the last successful fetch (UTC), None: never
    detail: str = ""  # git's words when the remote was not reached

    @property
    def offline(self) -> bool:
        return self.remote in (RemoteState.OFFLINE, RemoteState.ACCESS_REFUSED)


def site_status(
    root: Path, *, fetch: bool = True, remote: str = "origin", timeout: float = NETWORK_TIMEOUT
) -> SiteStatus:
    """Branch and ahead/behind after a fetch (slow: network; run it off the GUI thread)."""
    root = toplevel(root)
    branch = current_branch(root)
    upstream = upstream_of(root)
    state, detail = RemoteState.NOT_FETCHED, ""
    if fetch:
        state, detail = try_fetch(root, remote_of(root, branch) or remote, timeout)
    if upstream is None:
        return SiteStatus(branch, None, 0, 0, RemoteState.NO_UPSTREAM, last_fetch(root), detail)
    ahead, behind = ahead_behind(root, "HEAD", upstream)
    return SiteStatus(branch, upstream, ahead, behind, state, last_fetch(root), detail)


def try_fetch(root: Path, remote: str, timeout: float) -> tuple[RemoteState, str]:
    """Fetch `remote`; not reaching it is a state (with git's words), not an error."""
    ran = git(root, "fetch", "--prune", "--quiet", remote, timeout=timeout, check=False)
    if ran.ok:
        _note_fetch(root)
        return RemoteState.FETCHED, ""
    detail = ran.err.strip() or f"git fetch took longer than {timeout:.0f} s"
    return (RemoteState.ACCESS_REFUSED if refused_access(ran) else RemoteState.OFFLINE), detail


def fetch_or_raise(root: Path, remote: str, timeout: float = NETWORK_TIMEOUT) -> None:
    """Fetch `remote`; offline or refused access raise a `TeamError` (nothing changed)."""
    ran = git(root, "fetch", "--prune", "--quiet", remote, timeout=timeout, check=False)
    if ran.ok:
        _note_fetch(root)
        return
    detail = ran.err.strip() or f"git fetch took longer than {timeout:.0f} s"
    if refused_access(ran):
        raise TeamError("team.access-refused", detail=detail, remote=remote)
    if unreachable(ran):
        raise TeamError("team.offline", detail=detail, remote=remote)
    raise TeamError("team.sync-failed", detail=detail)


def current_branch(root: Path) -> str | None:
    ran = git(root, "symbolic-ref", "--quiet", "--short", "HEAD", check=False)
    return ran.out.strip() if ran.ok else None


def upstream_of(root: Path) -> str | None:
    ran = git(root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}", check=False)
    return ran.out.strip() if ran.ok and ran.out.strip() else None


def remote_of(root: Path, branch: str | None) -> str | None:
    if branch is None:
        return None
    ran = git(root, "config", "--get", f"branch.{branch}.remote", check=False)
    return ran.out.strip() if ran.ok and ran.out.strip() not in ("", ".") else None


def ahead_behind(root: Path, mine: str, theirs: str) -> tuple[int, int]:
    out = git(root, "rev-list", "--left-right", "--count", f"{mine}...{theirs}").out.split()
    return int(out[0]), int(out[1])


def last_fetch(root: Path) -> datetime | None:
    """When a fetch of ours last succeeded (a failed fetch rewrites FETCH_HEAD too, so we keep
    a mark of our own); else FETCH_HEAD's time if it holds anything (a fetch outside redactie).
    """
    for name in (_MARK, "FETCH_HEAD"):
        try:
            info = _git_path(root, name).stat()
        except OSError:
            continue
        if info.st_size > 0:
            return datetime.fromtimestamp(info.st_mtime, UTC)
    return None


def _note_fetch(root: Path) -> None:
    with contextlib.suppress(OSError):  # only the "last fetched" time would be lost
        _git_path(root, _MARK).write_text(datetime.now(UTC).isoformat() + "\n", encoding="utf-8")


def _git_path(root: Path, name: str) -> Path:
    path = Path(git(root, "rev-parse", "--git-path", name).out.strip())
    return path if path.is_absolute() else root / path
