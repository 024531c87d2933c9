"""An article's history: the commits that touched its file, renames followed, and its text then.

Each entry names the file as it was called at that commit, so `text_at` can read the text of
any version even from before a rename (`git show commit:path-at-that-commit`).

Three ways, measured (`benchmarks/git_team.py`, 10,000 articles in one folder, 20,000 commits,
an idle machine): `git log --follow` takes 10 s, because it cannot use the changed-path filters
of a commit-graph. With those filters (written by git's own maintenance) a `git log -- path` per
name the file had, with the rename found at the commit that added it, takes 1.8 s. With the
history index (`history_index.py`: the files each commit changed, kept in the git folder and
brought up to HEAD before each lookup) it is a query: 10 ms. The window builds the index in the
background once a site's status is known (`index_history`); until then the first two serve.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from redactie.core.team.errors import TeamError
from redactie.core.team.gitrun import git, toplevel
from redactie.core.team.history_index import index_ready, indexed_history, update_index

_FORMAT = "%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s"


@dataclass(frozen=True)
class HistoryEntry:
    sha: str
    author: str
    email: str
    when: datetime  # the author's time, with its offset
    message: str  # the subject line
    path: str  # the file's name at this commit, relative to the repository's top


def article_history(path: Path, *, limit: int | None = None, skip: int = 0) -> list[HistoryEntry]:
    """The commits that touched `path`, newest first (git; fast, but off the GUI thread on a
    large repository). `skip` and `limit` give one page of a long history."""
    root = toplevel(path)
    rel = Path(path).resolve().relative_to(root).as_posix()
    wanted = None if limit is None else skip + limit
    if index_ready(root):
        update_index(root)  # the commits HEAD gained since (none: one rev-parse)
        return [HistoryEntry(*row) for row in indexed_history(root, rel, wanted)][skip:]
    if has_path_filters(root):
        return _walk_names(root, rel, wanted)[skip:]
    args = ["log", "--follow", "--name-only", "-z", f"--format={_FORMAT}"]
    if wanted is not None:
        args.append(f"--max-count={wanted}")
    ran = git(root, *args, "--", rel, check=False)
    if not ran.ok:  # a file never committed (or a repository without commits)
        return []
    return parse_log(ran.out, rel)[skip:]


def index_history(root: Path) -> int:
    """Build (or bring up to HEAD) the history index: every later history is a lookup.

    Slow the first time on a large repository (the whole history, like one `--follow`), quick
    after that (the new commits only); a cache of git's own history in the git folder."""
    return update_index(toplevel(root))


def has_path_filters(root: Path) -> bool:
    """Whether the repository's commit-graph carries changed-path (Bloom) filters."""
    info = Path(git(root, "rev-parse", "--git-path", "objects/info").out.strip())
    info = info if info.is_absolute() else root / info
    files = [info / "commit-graph", *sorted((info / "commit-graphs").glob("*.graph"))]
    for graph in files:
        try:
            with graph.open("rb") as stream:
                head = stream.read(8)
                if head[:4] != b"CGPH":
                    continue
                table = stream.read(12 * (head[6] + 1))  # chunk ids and offsets
        except OSError:
            continue
        if any(table[i : i + 4] == b"BIDX" for i in range(0, len(table), 12)):
            return True
    return False


def _walk_names(root: Path, rel: str, limit: int | None) -> list[HistoryEntry]:
    """`git log -- name` for each name the file had, newest first, renames found by hand."""
    entries: list[HistoryEntry] = []
    name, start, seen = rel, "HEAD", {rel}
    while True:
        args = ["log", "--name-only", "-z", f"--format={_FORMAT}"]
        if limit is not None:
            args.append(f"--max-count={limit - len(entries)}")
        ran = git(root, *args, start, "--", name, check=False)
        part = parse_log(ran.out, name) if ran.ok else []
        entries.extend(part)
        if not part or (limit is not None and len(entries) >= limit):
            return entries
        oldest = part[-1].sha
        before = _renamed_from(root, oldest, name)
        if before is None or before in seen:
            return entries
        name, start = before, f"{oldest}^"
        seen.add(name)


def _renamed_from(root: Path, sha: str, name: str) -> str | None:
    """The file's earlier name when commit `sha` made `name` by a rename (as --follow sees it)."""
    ran = git(
        root,
        "diff-tree",
        "-r",
        "-M",
        "--diff-filter=R",
        "--name-status",
        "-z",
        f"{sha}^",
        sha,
        check=False,
    )
    fields = ran.out.split("\0") if ran.ok else []
    for index in range(0, len(fields) - 2, 3):  # "R100", old, new
        if fields[index].startswith("R") and fields[index + 2] == name:
            return fields[index + 1]
    return None


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
