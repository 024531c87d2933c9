"""`redactie check FILE...`: the publication checks over files, as a site's CI runs them.

One line per finding (`file:line[:col]: rule-id message`) on stdout, the summary on stderr.
A site's CI checks thousands of files, and one file's checks are pure Python (a few to tens
of milliseconds: the front matter, the body's rules, pysbd's sentences), so from
`PARALLEL_FROM` files on they are checked in worker processes, one per core, in contiguous
chunks whose lines are printed in the files' order: the output is the serial run's, line for
line (tests/test_cli_check_parallel.py). The taxonomy is scanned once, here, and handed to
the workers; the clock is read once, so every file is judged at the same moment. `--jobs 1`
checks serially; link checks (`--links`) always run serially (their own threads and cache).

Hints (a rule at the `info` level: by default `sentence-long`) are for the writer, never
counted and never a gate, so CI skips them unless asked (`--hints`) or a site raises the
rule's level: `sentence-long` segments every long paragraph with pysbd and was 90 % of the
time of a check over a site (about 5 files/s of CPU with it, 124 without; issue 14).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import io
import multiprocessing
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from redactie.core import storage
from redactie.core.article import Article, ArticleError
from redactie.core.checks import RULES, Rule, run_checks
from redactie.core.checks.links import LinkChecker, LinkResult, urls_of
from redactie.core.settings import cache_dir
from redactie.core.site import Site, find_site_root
from redactie.core.site.tags import Entry, ReadMany, TaxonomyIndex, read_entry
from redactie.gui.messages import for_language
from redactie.verbs.output import Output

PARALLEL_FROM = 200  # below this, starting the workers (~1 s of imports) costs more than it saves
CHUNK = 50  # files per task: small enough to share the work evenly, big enough to cost little


@dataclass
class _Job:
    """What every file's check needs, built once (and once per worker process)."""

    given_site: Path | None
    publishing: bool
    taxonomy: bool
    links: bool
    hints: bool
    now: datetime
    language: str
    indexes: dict[Path, TaxonomyIndex]
    sites: dict[Path | None, Site | None]
    rules: dict[Path | None, tuple[Rule, ...]] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class _Result:
    lines: tuple[str, ...]
    errors: int
    warnings: int


def run(args: argparse.Namespace, ui: Output, language: str) -> int:
    files: list[Path] = list(args.files)
    job = _Job(
        given_site=args.site,
        publishing=not args.drafts_ok,
        taxonomy=not args.no_taxonomy,
        links=args.links,
        hints=args.hints,
        now=datetime.now(UTC),
        language=language,
        indexes={},
        sites={},
    )
    workers = _workers(args.jobs, len(files), args.links)
    if workers > 1:
        results = _in_workers(job, files, workers)
    else:
        results = [_check_file(job, ui, path) for path in files]
    errors = warnings = 0
    for result in results:
        for line in result.lines:
            ui.line(line)
        errors += result.errors
        warnings += result.warnings
    ui.err.write(ui.say("cli.summary", errors=errors, warnings=warnings, files=len(files)))
    ui.err.write("\n")
    return 1 if errors or (args.strict and warnings) else 0


def _workers(asked: int | None, files: int, links: bool) -> int:
    if links:
        return 1
    if asked is not None:
        return max(1, asked)
    return min(os.cpu_count() or 1, 8) if files >= PARALLEL_FROM else 1


def _check_file(job: _Job, ui: Output, path: Path) -> _Result:
    """One file's findings as printed lines, and its error and warning counts."""
    site = _site_for(job, path)
    try:
        zone = site.timezone if site else "UTC"
        article = Article.from_path(path, default_tz=zone, read_only=True)  # never written
    except (ArticleError, storage.StorageError) as exc:
        return _Result((f"{path}:1: unreadable {ui.words.message(exc, path=path)}",), 1, 0)
    index = _index_for(job, site)
    known = index.known("tags", exclude=path) if index is not None else None
    findings = run_checks(
        article,
        site,
        path=path,
        now=job.now,
        publishing=job.publishing,
        known_tags=known,
        links=link_results(article) if job.links else None,
        rules=_rules(job, site),
    )
    lines = tuple(ui.finding_line(path, finding) for finding in findings)
    errors = sum(f.is_error for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)  # info is a hint, never counted
    return _Result(lines, errors, warnings)


def _rules(job: _Job, site: Site | None) -> tuple[Rule, ...]:
    """The rules to run on the site's files, decided once per site."""
    key = site.root if site is not None else None
    if key not in job.rules:
        job.rules[key] = RULES if job.hints else _without_hints(site)
    return job.rules[key]


def _without_hints(site: Site | None) -> tuple[Rule, ...]:
    """The rules whose level, as the site sets it, is more than a hint."""
    levels = site.options.check_severity if site is not None else {}
    return tuple(r for r in RULES if levels.get(r.id, r.severity) != "info")


def _site_for(job: _Job, path: Path) -> Site | None:
    root = job.given_site if job.given_site is not None else find_site_root(path)
    if root not in job.sites:
        job.sites[root] = Site.open(root) if root is not None else None
    return job.sites[root]


def _index_for(
    job: _Job, site: Site | None, read_many: ReadMany | None = None
) -> TaxonomyIndex | None:
    if site is None or not job.taxonomy:
        return None
    if site.root not in job.indexes:
        index = TaxonomyIndex.for_site(site)
        index.scan(read_many=read_many)
        job.indexes[site.root] = index
    return job.indexes[site.root]


def link_results(article: Article) -> dict[str, LinkResult]:
    """Every web link of the article asked about, a few at a time, cached for a day."""
    return LinkChecker(cache_dir() / "links").check(urls_of(article))


# -- worker processes -----------------------------------------------------------------------------

_WORKER: tuple[_Job, Output] | None = None


def _in_workers(job: _Job, files: Sequence[Path], workers: int) -> list[_Result]:
    """Every file's result in the files' order, checked by `workers` processes.

    They are forked where that is safe (`_start_method`): a fork starts in milliseconds
    where a spawned worker imports for ~0.4 s of CPU. The taxonomy is
    scanned once, its files read by the workers (the scan was a quarter of the time when
    done here while they waited: 230 µs a file); the workers then read the index from a file,
    once each."""
    chunks = [list(files[i : i + CHUNK]) for i in range(0, len(files), CHUNK)]
    count = min(workers, len(chunks))
    # a Site is opened again in each worker (cheap), not pickled
    shared = dataclasses.replace(job, links=False, sites={}, indexes={}, rules={})
    context = multiprocessing.get_context(_start_method())
    with (
        tempfile.TemporaryDirectory(prefix="redactie-check-") as folder,
        ProcessPoolExecutor(
            max_workers=count, mp_context=context, initializer=_start_worker, initargs=(shared,)
        ) as pool,
    ):

        def read_many(todo: list[tuple[str, int, int]], keys: tuple[str, ...]) -> list[Entry]:
            parts = [todo[i : i + CHUNK * 4] for i in range(0, len(todo), CHUNK * 4)]
            read = functools.partial(_read_entries, keys)
            return [entry for done in pool.map(read, parts) for entry in done]

        for path in files:
            _index_for(job, _site_for(job, path), read_many)
        handover = Path(folder) / "taxonomy.pickle"
        handover.write_bytes(pickle.dumps(job.indexes, protocol=pickle.HIGHEST_PROTOCOL))
        check = functools.partial(_check_chunk, handover)
        return [result for done in pool.map(check, chunks) for result in done]


def _start_method() -> str:
    """ "fork" on Linux when this process runs no other thread and has no Qt (the command
    line's `redactie check`), else "spawn": a fork copies whatever threads and locks the caller
    holds (a test's Qt, a library's pool) into a child that may then wait forever."""
    alone = threading.active_count() == 1 and not any(m.startswith("PySide6") for m in sys.modules)
    return "fork" if sys.platform.startswith("linux") and alone else "spawn"


def _read_entries(keys: tuple[str, ...], todo: list[tuple[str, int, int]]) -> list[Entry]:
    return [read_entry(path, mtime_ns, size, keys) for path, mtime_ns, size in todo]


def _start_worker(job: _Job) -> None:
    global _WORKER
    _WORKER = (job, Output(io.StringIO(), io.StringIO(), for_language(job.language)))


def _check_chunk(handover: Path, paths: list[Path]) -> list[_Result]:
    assert _WORKER is not None, "the pool's initializer sets the job"
    job, ui = _WORKER
    if not job.indexes and job.taxonomy:
        job.indexes.update(pickle.loads(handover.read_bytes()))  # the scan's, read once
    return [_check_file(job, ui, path) for path in paths]
