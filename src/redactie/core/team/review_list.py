"""The reviews waiting on the remote: who submitted what, when, and whether it was sent back.

One `git log` over every review branch (`--source` tells which branch a commit came by) and one
`git cat-file --batch` for the titles, so the list stays quick with many branches. The title is
read from the front matter of the article as it is on the review branch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from redactie.core.article import Article, ArticleError
from redactie.core.export.git import Repository
from redactie.core.site import Site
from redactie.core.team.gitrun import NETWORK_TIMEOUT, git
from redactie.core.team.review import SENT_BACK_TRAILER
from redactie.core.team.status import RemoteState, last_fetch, try_fetch

_FORMAT = "%x1e%H%x1f%S%x1f%an%x1f%ae%x1f%aI%x1f%B"


@dataclass(frozen=True)
class Review:
    branch: str  # "review/dijkbreuk", without the remote
    title: str  # from the article's front matter on the branch ("" when unreadable)
    path: str  # the article's path in the repository
    author: str  # who submitted it (the branch's first commit)
    email: str
    submitted: datetime  # the first commit's author time
    updated: datetime  # the last commit's
    sha: str  # the branch's tip
    sent_back: bool
    note: str  # the desk's note when sent back


@dataclass(frozen=True)
class ReviewList:
    reviews: tuple[Review, ...]  # oldest submission first
    remote: RemoteState
    fetched_at: datetime | None
    detail: str = ""


@dataclass
class _Branch:
    tip: tuple[str, str, str] = ("", "", "")  # sha, body, time of the newest commit
    first: tuple[str, str, str] = ("", "", "")  # author, email, time of the oldest
    path: str = ""


def list_reviews(site: Site, *, fetch: bool = True, timeout: float = NETWORK_TIMEOUT) -> ReviewList:
    """The review branches on the site's remote (fetches first: slow, off the GUI thread)."""
    root = Repository.discover(site.root).root
    remote, main = site.options.git_remote, site.options.git_main_branch
    state, detail = try_fetch(root, remote, timeout) if fetch else (RemoteState.NOT_FETCHED, "")
    prefix = f"refs/remotes/{remote}/"
    wanted = prefix + site.options.git_review_branch.split("{", 1)[0]
    refs = [
        ref
        for ref in git(root, "for-each-ref", "--format=%(refname)", prefix).out.splitlines()
        if ref.startswith(wanted) and ref not in (prefix + "HEAD", prefix + main)
    ]
    reviews: list[Review] = []
    if refs:
        branches = _branches(root, refs, f"{prefix}{main}", prefix)
        titles = _titles(root, [(b.tip[0], b.path) for b in branches.values()])
        for name, b in branches.items():
            sent_back = _sent_back(b.tip[1])
            reviews.append(
                Review(
                    name,
                    titles.get((b.tip[0], b.path), ""),
                    b.path,
                    b.first[0],
                    b.first[1],
                    datetime.fromisoformat(b.first[2]),
                    datetime.fromisoformat(b.tip[2]),
                    b.tip[0],
                    sent_back,
                    _note(b.tip[1]) if sent_back else "",
                )
            )
    reviews.sort(key=lambda r: r.submitted)
    return ReviewList(tuple(reviews), state, last_fetch(root), detail)


def _branches(root: Path, refs: list[str], main: str, prefix: str) -> dict[str, _Branch]:
    has_main = git(root, "rev-parse", "--verify", "--quiet", main, check=False).ok
    revs = "\n".join([*refs, *([f"^{main}"] if has_main else [])]) + "\n"
    out = git(
        root, "log", "--source", "--name-only", "-z", f"--format={_FORMAT}", "--stdin", stdin=revs
    ).out
    found: dict[str, _Branch] = {}
    for record in out.split("\x1e"):
        header, _, rest = record.partition("\0")
        fields = header.split("\x1f", 5)
        if len(fields) < 6:
            continue
        sha, source, author, email, when, body = fields
        name = source.removeprefix(prefix)
        branch = found.setdefault(name, _Branch())
        if not branch.tip[0]:
            branch.tip = (sha, body, when)
        branch.first = (author, email, when)  # newest first: the last one seen is the oldest
        if not branch.path:
            names = [n.lstrip("\n") for n in rest.split("\0") if n.strip("\n")]
            branch.path = next((n for n in names if n.endswith((".md", ".markdown"))), "")
    return found


def _titles(root: Path, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The front matter titles of the files `(commit, path)`, read in one `cat-file --batch`."""
    asks = [(sha, path) for sha, path in wanted if path]
    if not asks:
        return {}
    lines = "".join(f"{sha}:{path}\n" for sha, path in asks)
    raw = git(root, "cat-file", "--batch", stdin=lines).raw
    titles: dict[tuple[str, str], str] = {}
    at = 0
    for ask in asks:
        end = raw.index(b"\n", at)
        header = raw[at:end].split()
        at = end + 1
        if len(header) != 3:  # "<name> missing"
            continue
        size = int(header[2])
        data = raw[at : at + size]
        at += size + 1
        try:
            titles[ask] = str(Article.from_bytes(data).get("title", "") or "")
        except ArticleError:
            titles[ask] = ""
    return titles


def _sent_back(body: str) -> bool:
    return any(line.strip() == SENT_BACK_TRAILER for line in body.splitlines())


def _note(body: str) -> str:
    lines = [line for line in body.splitlines() if line.strip() != SENT_BACK_TRAILER]
    return "\n".join(lines).strip()
