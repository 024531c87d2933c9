"""What the team steps refuse, typed; the window and the CLI word each code.

Every refusal means nothing was changed: the repository is as it was before the step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from redactie.core.export.git_errors import GitError


class TeamError(GitError):
    """A sync, history or review step that cannot go on; `detail` is git's own output."""

    codes: ClassVar[tuple[str, ...]] = (
        "team.offline",
        "team.access-refused",
        "team.no-upstream",
        "team.dirty-in-the-way",
        "team.sync-failed",
        "team.no-such-version",
        "team.review-not-found",
        "team.review-not-fast-forward",
        "team.review-conflict",
        "team.review-moved",
        "team.conflict-stale",
    )


@dataclass(frozen=True)
class Conflict:
    """One file both sides changed: the journalist's text and the remote's, to show side by side.

    None stands for "deleted on that side"; `base` is the text both started from (None: the
    file is new on both sides), so the changes only the colleague made can be told apart."""

    path: str
    mine: str | None
    theirs: str | None
    their_authors: tuple[str, ...]
    base: str | None = None


class SyncConflictError(TeamError):
    """Your commits and the remote's touch the same lines; nothing was changed.

    `head` and `upstream` are the two commits the texts come from: a choice made on them is
    handed to `sync_resolved` with them, so a side that moved meanwhile is noticed."""

    codes = ("team.conflict",)

    def __init__(
        self, conflicts: tuple[Conflict, ...], detail: str = "", *, head: str, upstream: str
    ) -> None:
        files = ", ".join(c.path for c in conflicts)
        super().__init__("team.conflict", detail=detail, files=files)
        self.conflicts = conflicts
        self.head = head
        self.upstream = upstream
