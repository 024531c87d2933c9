"""`redactie check` over a whole site, as a site's CI runs it: files per second.

Generates a Hugo site of 10,000 articles from the corpus (`../shared/corpus`, cycled; each
copy after the first gets one more tag of 1,500 `onderwerp-N` and one in three a tag of its
own, so the site has the thousands of distinct tags a newsroom has, many used once), then
times `redactie check --site SITE FILE...` in-process over all of them, the taxonomy scan
included (a CI runner starts without the cache). Prints the median and p95 (the slow tail: the
95th percentile of the run time) of files/s over the runs, by the wall clock and by the
CPU time of the process and its worker processes (steadier on a shared machine; with
workers it is the work done, not the wait; also as ms of CPU per file), beside the figures
before, and with `--profile` the top of a cProfile of one run in one process (`--jobs 1`:
a profile of the parent alone misses the workers). Target: >= 1,000 files/s on two cores.
To compare with an older commit:
`git archive REV src | tar -x -C /tmp/old` and run with PYTHONPATH=/tmp/old/src.

Run: .venv/bin/python benchmarks/check_site.py [--articles N] [--runs N] [--jobs N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.paths import CORPUS

BEFORE = """before, two cores shared with other work: issue #14 120-240 files/s (without
sentence-long); 1df6875 (pysbd for every block, serial): 10,000 articles ~5 files/s wall, ~8 CPU;
--articles 600 (the corpus first, its longest texts) 2 files/s wall, 7 CPU (load 12);
a429f72 (workers, no hints), quiet machine: wall ~510 files/s, CPU ~280 files/s (3.6 ms/file);
the same commit beside this one under a load of 20 (8 helpers): CPU 269 files/s (3.7 ms/file);
6342770 beside b8a413f (forked workers, needles first), in turns, load 8-10: 2.49-2.53 against
2.30-2.36 ms of CPU a file (parent 0.09 in both)"""
SECTIONS = ("nieuws", "achtergrond", "economie", "politiek", "tech")
CONFIG = """baseURL = "https://krant.example.org/"
title = "Benchmarkkrant"
[taxonomies]
tag = "tags"
category = "categories"
"""


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".markdown"))


def generate(root: Path, count: int) -> list[Path]:
    from redactie.core.article import Article, ArticleError

    sources = corpus_files()
    root.mkdir(parents=True, exist_ok=True)
    (root / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    paths = []
    for number in range(count):
        source = sources[number % len(sources)]
        data = source.read_bytes()
        if number >= len(sources):
            try:
                article = Article.from_bytes(data)
                tags = article.get("tags", None)
                if article.format is not None and not article.problems:
                    tags = [str(t) for t in tags] if isinstance(tags, list) else []
                    extra = [f"onderwerp-{number % 1500}"]
                    if number % 3 == 0:  # a tag no other article has (a name, a place)
                        extra.append(f"dossier-{number}")
                    article.set("tags", [*tags, *extra])
                    data = article.to_bytes()
            except ArticleError:
                pass
        folder = root / "content" / SECTIONS[number % len(SECTIONS)] / f"{2020 + number % 6}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{number:05d}-{source.stem[:40]}.md"
        path.write_bytes(data)
        paths.append(path)
    return paths


def check(root: Path, paths: list[Path], jobs: int | None = None) -> None:
    from redactie.commands import main

    workers = ["--jobs", str(jobs)] if jobs is not None else []
    main(
        ["check", "--lang", "en", *workers, "--site", str(root), *map(str, paths)],
        io.StringIO(),
        io.StringIO(),
    )


def _cpu_seconds() -> tuple[float, float]:
    """This process's CPU time and its finished children's (the check's worker processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, help="worker processes (default: one per core)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    parser.add_argument("--site", type=Path, help="generate here once and reuse (else a temp)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")  # not the user's cache
        root = args.site or Path(tmp) / "site"
        start = time.perf_counter()
        if (root / "hugo.toml").is_file():
            paths = sorted((root / "content").rglob("*.md"))
        else:
            paths = generate(root, args.articles)
        print(f"{len(paths)} articles ready in {time.perf_counter() - start:.1f} s")
        wall, cpu, parent, workers = [], [], [], []
        for _ in range(args.runs):
            shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)  # a CI runner starts cold
            start, (own, children) = time.perf_counter(), _cpu_seconds()
            check(root, paths, args.jobs)
            wall.append(len(paths) / (time.perf_counter() - start))
            own_after, children_after = _cpu_seconds()
            cpu.append(len(paths) / (own_after - own + children_after - children))
            parent.append(1000 * (own_after - own) / len(paths))
            workers.append(1000 * (children_after - children) / len(paths))
        for name, rates in (("wall clock", wall), ("CPU time", cpu)):
            ordered = sorted(rates) or [0.0]
            slow = ordered[max(0, round(0.05 * (len(ordered) - 1)))]
            median = statistics.median(ordered)
            print(
                f"redactie check ({name:10}): median {median:5.0f} files/s"
                f"   p95 {slow:5.0f} files/s   n={len(ordered)}   target >= 1000"
                + (f"   ({1000 / median:.2f} ms CPU a file)" if name == "CPU time" else "")
            )
        print(
            f"ms of CPU a file, median: {statistics.median(parent):.2f} here (the parent),"
            f" {statistics.median(workers):.2f} in the worker processes together"
        )
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(BEFORE)
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(check, root, paths, 1)
            out = io.StringIO()
            stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
            stats.print_stats(r"redactie", 30)
            print(out.getvalue())


if __name__ == "__main__":
    main()
