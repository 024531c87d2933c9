"""The files each commit changed, kept in the git folder, so one article's history is a lookup.

Measured on the benchmark repository (`benchmarks/git_team.py`: 10,000 articles in one folder,
20,000 commits): `git log --follow` walks every commit (10 s); with changed-path filters a
`git log -- path` diffs only the ~200 commits the filter cannot rule out, and still takes
1.8 s, because each of those diffs reads the folder's 500 kB tree at a random point of its
delta chain. Walking all commits in order reads each tree once, from its neighbour (git's delta
cache): that is the walk `--follow` does, and done once it answers every article.

So `update_index` records, per commit reachable from HEAD, its author, time, subject and the
files it changed (renames as git's `-M` sees them; a merge by the files it changed against all
its parents, as `git log` shows merges); the first time walks the whole history (seconds, in the
background), later only the commits HEAD gained (`git rev-list old..HEAD`). Commits HEAD no
longer reaches (a rebase rewrote them) are dropped (`git rev-list HEAD..old`). It is a cache of
git's own history: deleting the file only costs the walk again.

History is then a query: the rows for the name, newest first; at a rename, the older name's
rows from before it (as `--follow` does). SQLite, from the standard library: one file, indexed,
safe with two readers and a writer.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from redactie.core.team.gitrun import git

log = logging.getLogger(__name__)

INDEX_NAME = "redactie-history.sqlite"  # in the git folder, beside git's own caches
BUILD_TIMEOUT = 30 * 60.0  # the first walk of a very large history (35 s for 20,000 commits)
_FORMAT = "%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s"
_SCHEMA = """
create table if not exists meta (key text primary key, value text not null);
create table if not exists commits (
    seq integer primary key, sha text unique not null,
    author text, email text, date text, subject text);
create table if not exists changes (
    seq integer not null, path text not null, old text, status text not null);
create index if not exists changes_by_path on changes (path, seq);
create index if not exists changes_by_seq on changes (seq);
"""


def index_path(root: Path) -> Path:
    found = Path(git(root, "rev-parse", "--git-path", INDEX_NAME).out.strip())
    return found if found.is_absolute() else root / found


@contextlib.contextmanager
def _opened(root: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(index_path(root), timeout=60, isolation_level=None)
    try:
        connection.execute("pragma journal_mode=wal")  # a lookup never waits for an update
        connection.executescript(_SCHEMA)
        yield connection
    finally:
        connection.close()


def has_index(root: Path) -> bool:
    return index_path(root).exists()


def index_ready(root: Path) -> bool:
    """The index has been built (a first build still running does not count: until it is done,
    history asks git directly). Read-only, and never waits for a build."""
    path = index_path(root)
    if not path.exists():
        return False
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
    try:
        return _tip(connection) is not None
    except sqlite3.Error:  # no tables yet (or not a database): git answers meanwhile
        return False
    finally:
        connection.close()


def update_index(root: Path) -> int:
    """Bring the index to HEAD; the number of commits added. Slow the first time (the whole
    history), quick after (the new commits only). Off the GUI thread. A file that is not a
    database (damaged) is only a cache: it is removed and built again."""
    try:
        return _update(root)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):  # locked, disk full: try another time
            raise
        log.warning("history index of %s unreadable (%s): built again", root, exc)
        index_path(root).unlink(missing_ok=True)
        return _update(root)


def _update(root: Path) -> int:
    head = git(root, "rev-parse", "--verify", "--quiet", "HEAD", check=False).out.strip()
    with _opened(root) as db:
        if _tip(db) == head or not head:  # up to date (the usual case: no write lock)
            return 0
        # Two windows on one site may update at once: the tip is read again under the write
        # lock, so the second one adds only what the first did not.
        db.execute("begin immediate")
        try:
            tip = _tip(db)
            if tip is not None and tip != head and not _drop_unreachable(root, db, tip, head):
                tip = None  # the old tip is gone (a pruned rewrite): start again
            if tip is None:
                db.execute("delete from changes")
                db.execute("delete from commits")
            added = _add(root, db, head, tip) if tip != head else 0
            db.execute("insert or replace into meta values ('tip', ?)", (head,))
            db.execute("commit")
        except BaseException:
            db.execute("rollback")
            raise
    log.info("history index of %s: %d commits added", root, added)
    return added


def _tip(db: sqlite3.Connection) -> str | None:
    row = db.execute("select value from meta where key = 'tip'").fetchone()
    return str(row[0]) if row else None


def _drop_unreachable(root: Path, db: sqlite3.Connection, tip: str, head: str) -> bool:
    """Drop the commits the old tip reached and HEAD does not; False when the old tip is gone."""
    ran = git(root, "rev-list", f"{head}..{tip}", check=False)
    if not ran.ok:
        return False
    for sha in ran.out.split():
        found = db.execute("select seq from commits where sha = ?", (sha,)).fetchone()
        if found:
            db.execute("delete from changes where seq = ?", found)
            db.execute("delete from commits where seq = ?", found)
    return True


def _add(root: Path, db: sqlite3.Connection, head: str, tip: str | None) -> int:
    """The commits of `tip..head`, oldest first, each after its parents (higher seq = newer)."""
    span = [head, "--not", tip] if tip else [head]
    ran = git(
        root,
        "log",
        "--reverse",
        "--topo-order",
        "--root",
        "-z",
        "--raw",
        "--no-abbrev",
        "-M",
        "--diff-merges=dense-combined",
        f"--format={_FORMAT}",
        *span,
        timeout=BUILD_TIMEOUT,
    )
    start = db.execute("select coalesce(max(seq), 0) from commits").fetchone()[0]
    count = 0
    for count, (meta, changes) in enumerate(_records(ran.out), start=1):
        seq = start + count
        db.execute("insert or replace into commits values (?, ?, ?, ?, ?, ?)", (seq, *meta))
        db.executemany(
            "insert into changes values (?, ?, ?, ?)",
            [(seq, path, old, status) for path, old, status in changes],
        )
    return count


_Meta = tuple[str, str, str, str, str]


def _records(out: str) -> Iterator[tuple[_Meta, list[tuple[str, str | None, str]]]]:
    """(sha, author, email, date, subject) and the (path, old path, status) changes of each
    commit in `git log -z --raw --format=_FORMAT` output."""
    for record in out.split("\x1e"):
        if not record:
            continue
        header, _, rest = record.partition("\0")
        fields = header.split("\x1f")
        if len(fields) < 5:
            continue
        meta = (fields[0].strip(), fields[1], fields[2], fields[3], fields[4])
        tokens = rest.split("\0")
        changes: list[tuple[str, str | None, str]] = []
        index = 0
        while index < len(tokens):
            token = tokens[index].lstrip("\n")
            index += 1
            if not token.startswith(":"):
                continue
            status = token.split(" ")[-1]
            if status[:1] in "RC" and not token.startswith("::"):
                old, new = tokens[index], tokens[index + 1]
                index += 2
                changes.append((new, old if status[0] == "R" else None, status[0]))
            else:
                changes.append((tokens[index], None, status[:1]))
                index += 1
        yield meta, changes


Row = tuple[str, str, str, datetime, str, str]  # sha, author, email, when, subject, path


def indexed_history(root: Path, rel: str, limit: int | None = None) -> list[Row]:
    """The commits that touched `rel`, newest first, across renames (from the index)."""
    rows: list[Row] = []
    name: str | None = rel
    upper = None
    seen = {rel}
    with _opened(root) as db:
        while name is not None:
            query = (
                "select c.seq, c.sha, c.author, c.email, c.date, c.subject, x.old, x.status "
                "from changes x join commits c on c.seq = x.seq where x.path = ?"
            )
            values: list[object] = [name]
            if upper is not None:
                query += " and x.seq < ?"
                values.append(upper)
            query += " order by x.seq desc"
            if limit is not None:
                query += " limit ?"
                values.append(limit - len(rows))
            found = db.execute(query, values).fetchall()
            for _seq, sha, author, email, date, subject, _old, _status in found:
                rows.append((sha, author, email, datetime.fromisoformat(date), subject, name))
            if not found or (limit is not None and len(rows) >= limit):
                break
            oldest_seq, old = found[-1][0], found[-1][6]
            name, upper = (old, oldest_seq) if old and old not in seen else (None, None)
            if name is not None:
                seen.add(name)
    return rows
