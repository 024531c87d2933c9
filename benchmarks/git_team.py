"""The team steps on a large newsroom repository: status, one article's history, the review list.

Generates (with `git fast-import`, seconds instead of minutes) a bare repository holding a Hugo
site with N articles written over M commits by a handful of journalists, one article renamed
halfway and edited often, and R review branches; clones it as a journalist and prints median
and p95 of:

- `site_status` (a fetch from the local bare remote, then ahead/behind),
- `article_history` of the much-edited, renamed article, without an index (`git log --follow`)
  and after `index_history` (the history index: a lookup), then with one new commit each time
  (the index brought up to HEAD first, as the window does),
- `list_reviews` (one fetch, one `git log` over all review branches, one `cat-file --batch`).

Figures are printed, never asserted, with issue #16's target beside them (status and history
<= 200 ms). A local remote leaves out the network: on a real one add its round trips to status
and list. Measured (10,000 articles, 20,000 commits, 50 review branches; median / p95):

| step | before | after |
|---|---|---|
| status | 44 / 48 ms (idle) | 97 / 135 ms (shared machine, load 4.8 on 2 cores) |
| history, `--follow` | 10.4 / 11.3 s (idle) | 27.4 / 32.6 s (same load) |
| history, path filters | 1.8 / 1.8 s (idle) | 4.1 / 5.8 s (same load) |
| history index, first build | - | 45 s once, in the background |
| history, indexed | - | 54 / 73 ms (same load) |
| history, indexed, a new commit | - | 111 / 142 ms (same load) |
| review list | 167 / 174 ms (idle) | 375 / 467 ms (same load) |

Run: .venv/bin/python benchmarks/git_team.py [--articles N] [--commits M] [--reviews R]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._stats import summary, timed_ms
from redactie.core.site import Site
from redactie.core.team import article_history, index_history, list_reviews, site_status
from redactie.core.team.history import has_path_filters
from redactie.core.team.history_index import index_path

PEOPLE = [
    ("Anna de Vries", "anna@example.org"),
    ("Bart Jansen", "bart@example.org"),
    ("Chantal Bakker", "chantal@example.org"),
    ("Dirk Visser", "dirk@example.org"),
    ("Esra Yilmaz", "esra@example.org"),
]
HUGO = 'baseURL = "https://krant.example.org/"\nlanguageCode = "nl"\ntitle = "Krant"\n'
OPTIONS = '[articles]\nsections = ["nieuws"]\ndefault_section = "nieuws"\n'
BODY = "Het Nederlandse AI-talent is wereldwijd gewild, schrijft de redactie.\n\n" * 10
TARGET = "   (target <= 200 ms)"
WATCHED = "content/nieuws/0000007-concept.md"
RENAMED = "content/nieuws/2025-03-07-het-gevolgde-artikel.md"


def article(number: int, version: int) -> bytes:
    return (
        f'---\ntitle: "Artikel {number}, versie {version}"\n'
        f"date: 2025-03-{1 + number % 28:02d}T10:00:00+01:00\n"
        f'tags: ["nieuws", "onderwerp-{number % 300}"]\ndraft: false\n---\n\n{BODY}'
        f"Versie {version}.\n"
    ).encode()


class Stream:
    """A `git fast-import` stream, written straight into the process's stdin."""

    def __init__(self, sink: IO[bytes]) -> None:
        self.sink = sink
        self.mark = 0
        self.when = 1_700_000_000

    def write(self, text: str | bytes) -> None:
        self.sink.write(text.encode() if isinstance(text, str) else text)

    def commit(
        self,
        ref: str,
        person: tuple[str, str],
        message: str,
        changes: Sequence[tuple[str, bytes | None]],
        parent: int | None = None,
        renames: tuple[tuple[str, str], ...] = (),
    ) -> int:
        self.mark += 1
        self.when += 97
        name, email = person
        text = message.encode()
        self.write(f"commit {ref}\nmark :{self.mark}\n")
        self.write(f"author {name} <{email}> {self.when} +0100\n")
        self.write(f"committer {name} <{email}> {self.when} +0100\n")
        self.write(f"data {len(text)}\n")
        self.write(text + b"\n")
        if parent is not None:
            self.write(f"from :{parent}\n")
        for old, new in renames:
            self.write(f'R "{old}" "{new}"\n')
        for path, data in changes:
            if data is None:
                self.write(f"D {path}\n")
                continue
            self.write(f"M 100644 inline {path}\ndata {len(data)}\n")
            self.write(data + b"\n")
        return self.mark


def generate(bare: Path, articles: int, commits: int, reviews: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(bare)], check=True)
    process = subprocess.Popen(
        ["git", "-C", str(bare), "fast-import", "--quiet", "--done"], stdin=subprocess.PIPE
    )
    assert process.stdin is not None
    out = Stream(process.stdin)
    ref = "refs/heads/main"
    versions = [0] * articles
    first = [("hugo.toml", HUGO.encode()), ("redactie.toml", OPTIONS.encode())]
    out.commit(ref, PEOPLE[0], "Site", first)
    watched = WATCHED
    creations = min(articles, commits - 1)
    per_commit = -(-articles // max(1, creations))
    made = 0
    for index in range(commits - 1):
        person = rng.choice(PEOPLE)
        if made < articles:
            batch = range(made, min(articles, made + per_commit))
            changes: list[tuple[str, bytes | None]] = [(_path(n), article(n, 0)) for n in batch]
            made = batch.stop
            out.commit(ref, person, f"Artikel {batch.start}", changes)
            continue
        renames: tuple[tuple[str, str], ...] = ()
        if index == (creations + commits) // 2 and watched == WATCHED:
            renames, watched = ((WATCHED, RENAMED),), RENAMED
        number = 7 if rng.random() < 0.02 else rng.randrange(articles)
        versions[number] += 1
        path = watched if number == 7 else _path(number)
        change = [(path, article(number, versions[number]))]
        out.commit(ref, person, f"Eindredactie {number}", change, renames=renames)
    main_tip = out.mark
    for review in range(reviews):
        number = articles + review
        path = f"content/nieuws/review-{review:04d}.md"
        person = PEOPLE[review % len(PEOPLE)]
        branch = f"refs/heads/review/stuk-{review:04d}"
        out.commit(branch, person, f"Artikel: {number}", [(path, article(number, 0))], main_tip)
    out.write("done\n")
    process.stdin.close()
    if process.wait() != 0:
        raise SystemExit("git fast-import failed")


def _path(number: int) -> str:
    return WATCHED if number == 7 else f"content/nieuws/{number:07d}-artikel.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--commits", type=int, default=20_000)
    parser.add_argument("--reviews", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="generate here, or reuse what is there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="redactie-git-team-") as temporary:
        folder = args.keep or Path(temporary)
        bare, clone = folder / "remote.git", folder / "anna"
        start = time.perf_counter()
        reused = bare.exists()
        if not reused:
            generate(bare, args.articles, args.commits, args.reviews)
        if not clone.exists():
            subprocess.run(["git", "clone", "-q", str(bare), str(clone)], check=True)
        for key, value in (("user.name", "Anna de Vries"), ("user.email", "anna@example.org")):
            subprocess.run(["git", "-C", str(clone), "config", key, value], check=True)
        print(
            f"{args.articles} articles, {args.commits} commits, {args.reviews} review branches: "
            + (
                "reused"
                if reused
                else f"generated and cloned in {time.perf_counter() - start:.1f} s"
            )
        )
        site = Site.open(clone)
        index_path(clone).unlink(missing_ok=True)  # the history index is timed below
        plain = "path filters" if has_path_filters(clone) else "--follow"
        history = article_history(clone / RENAMED)
        reviews = list_reviews(site).reviews
        print(f"history of {RENAMED}: {len(history)} commits; {len(reviews)} reviews listed")
        figures = {
            "status (fetch + ahead/behind)": lambda: site_status(clone),
            f"history of one article ({plain})": lambda: article_history(clone / RENAMED),
            "review list (fetch + titles)": lambda: list_reviews(site),
        }
        for name, step in figures.items():
            samples = [timed_ms(step) for _ in range(args.runs)]
            target = "" if name.startswith("review") else TARGET  # the list has none
            print(f"{name:36s} {summary(samples)}{target}")
        first_index = timed_ms(lambda: index_history(clone))
        print(f"{'index_history (once, in the background)':36s} {first_index:.0f} ms")
        samples = [timed_ms(lambda: article_history(clone / RENAMED)) for _ in range(args.runs)]
        print(f"{'history of one article (indexed)':36s} {summary(samples)}{TARGET}")
        samples = []
        for run in range(args.runs):
            _commit(clone, RENAMED, article(7, 10_000 + run))
            samples.append(timed_ms(lambda: article_history(clone / RENAMED)))
        print(f"{'history after a new commit (indexed)':36s} {summary(samples)}{TARGET}")
        if not args.keep:
            return
        subprocess.run(
            ["git", "-C", str(clone), "reset", "-q", "--hard", "origin/main"], check=True
        )


def _commit(clone: Path, rel: str, data: bytes) -> None:
    (clone / rel).write_bytes(data)
    subprocess.run(["git", "-C", str(clone), "commit", "-q", "-am", "Nog een versie"], check=True)


if __name__ == "__main__":
    main()
