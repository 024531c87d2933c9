"""Someone else is on it: commits on the remote's branches that touched your article since you
started from a given commit (the published branch and the `review/*` branches alike).

Reads what the last fetch brought (`site_status` fetches); no network of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from redactie.core.team.gitrun import git, toplevel

_FORMAT = "%H%x1f%S%x1f%an%x1f%ae%x1f%aI%x1f%s"


@dataclass(frozen=True)
class OtherChange:
    branch: str  # the remote branch it was found on ("origin/review/dijkbreuk")
    sha: str
    author: str
    email: str
    when: datetime
    message: str


def others_on(
    path: Path, since: str, *, remote: str = "origin", exclude_own: bool = True
) -> list[OtherChange]:
    """Commits on `remote`'s branches after `since` that touched `path`, newest first.

    `exclude_own` leaves out commits by this repository's `user.email` (your own pushes).
    """
    root = toplevel(path)
    rel = Path(path).resolve().relative_to(root).as_posix()
    refs = remote_branches(root, remote)
    if not refs:
        return []
    ran = git(root, "log", "--source", f"--format={_FORMAT}", *refs, f"^{since}", "--", rel)
    own = git(root, "config", "user.email", check=False).out.strip() if exclude_own else ""
    prefix = "refs/remotes/"
    found = []
    for line in ran.out.splitlines():
        fields = line.split("\x1f")
        if len(fields) < 6 or (own and fields[3] == own):
            continue
        source = fields[1].removeprefix(prefix)
        found.append(
            OtherChange(
                source,
                fields[0],
                fields[2],
                fields[3],
                datetime.fromisoformat(fields[4]),
                fields[5],
            )
        )
    return found


def remote_branches(root: Path, remote: str) -> list[str]:
    """The full names of `remote`'s branches as the last fetch saw them (not its HEAD)."""
    out = git(root, "for-each-ref", "--format=%(refname)", f"refs/remotes/{remote}/").out
    return [ref for ref in out.splitlines() if ref and ref != f"refs/remotes/{remote}/HEAD"]
