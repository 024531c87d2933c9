"""An article's history: the commits that touched its file, renames followed, and its text then.

`git log --follow` names the file as it was called at each commit, so `text_at` can read the
text of any version even from before a rename (`git show commit:path-at-that-commit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from redactie.core.team.errors import TeamError
from redactie.core.team.gitrun import git, toplevel

_FORMAT = "%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s"


@dataclass(frozen=True)
class HistoryEntry:
    sha: str
    author: str
    email: str
    when: datetime  # the author's time, with its offset
    message: str  # the subject line
    path: str  # the file's name at this commit, relative to the repository's top


def article_history(path: Path, *, limit: int | None = None) -> list[HistoryEntry]:
    """The commits that touched `path`, newest first (git; fast, but off the GUI thread on a
    large repository)."""
    root = toplevel(path)
    rel = Path(path).resolve().relative_to(root).as_posix()
    args = ["log", "--follow", "--name-only", "-z", f"--format={_FORMAT}"]
    if limit is not None:
        args.append(f"--max-count={limit}")
    ran = git(root, *args, "--", rel, check=False)
    if not ran.ok:  # a file never committed (or a repository without commits)
        return []
    return parse_log(ran.out, rel)


def parse_log(out: str, fallback: str) -> list[HistoryEntry]:
    """Entries of `git log -z --name-only --format=_FORMAT` output."""
    entries = []
    for record in out.split("\x1e"):
        if not record.strip("\0\n"):
            continue
        header, _, rest = record.partition("\0")
        fields = header.split("\x1f")
        if len(fields) < 5:
            continue
        names = [name.lstrip("\n") for name in rest.split("\0") if name.strip("\n")]
        sha, author, email, when, subject = fields[0], fields[1], fields[2], fields[3], fields[4]
        entries.append(
            HistoryEntry(
                sha.strip(),
                author,
                email,
                datetime.fromisoformat(when),
                subject,
                names[0] if names else fallback,
            )
        )
    return entries


def text_at(root: Path, sha: str, path: str) -> str:
    """The file's text at `sha` (`path` as `HistoryEntry.path` gives it: its name then)."""
    top = toplevel(root)
    ran = git(top, "show", f"{sha}:{path}", check=False)
    if not ran.ok:
        raise TeamError("team.no-such-version", detail=ran.err.strip(), path=path, sha=sha[:10])
    return ran.out
