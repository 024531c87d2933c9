"""`redactie check` in worker processes prints exactly what the serial check prints.

A real multi-file site: the test data's site, its articles and the corpus samples, and (when
the shared corpus is there) a few hundred corpus articles of every corpus site, with a broken
file and a missing one among them. `--jobs 1` and `--jobs 2` must give the same lines in the
same order, the same summary and the same exit code; the default starts workers only for
many files.
"""

from __future__ import annotations

import io
import shutil
import sys
import threading
from pathlib import Path

import pytest

from redactie import commands
from redactie.verbs import check
from tests.paths import DATA, HAVE_CORPUS, SAMPLES, corpus_files

ARTICLE_SUFFIXES = (".md", ".markdown")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    sources = sorted(p for p in SAMPLES.rglob("*") if p.suffix in ARTICLE_SUFFIXES)
    if HAVE_CORPUS:
        sources += corpus_files()[::6]  # from every site of the corpus, 86 files
    for number, source in enumerate(sources):
        target = root / "content" / "archief" / f"{number:04d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (root / "content" / "archief" / "kapot.md").write_bytes(b"---\ntitle: [open\n---\nTekst\x00")
    paths = sorted(p for p in (root / "content").rglob("*") if p.suffix in ARTICLE_SUFFIXES)
    paths.insert(len(paths) // 2, root / "content" / "weg.md")  # a file that is not there
    return root, paths


def test_workers_print_exactly_the_serial_output(site: tuple[Path, list[Path]]) -> None:
    root, paths = site
    files = [str(p) for p in paths]
    serial = run("check", "--lang", "en", "--site", str(root), "--jobs", "1", *files)
    parallel = run("check", "--lang", "en", "--site", str(root), "--jobs", "2", *files)
    assert parallel == serial
    code, out, err = serial
    assert code == 1 and f"files: {len(files)}" in err
    assert f"{root / 'content' / 'weg.md'}:1: unreadable " in out
    assert len(out.splitlines()) > len(files)  # findings of many rules, not only errors


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is for Linux only")
def test_forked_workers_print_exactly_the_serial_output(
    site: tuple[Path, list[Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line forks its workers (no thread, no Qt there); this test's process may
    have Qt, so fork is asked for here, as `redactie check` from a shell gets it."""
    root, paths = site
    files = [str(p) for p in paths]
    serial = run("check", "--lang", "en", "--site", str(root), "--jobs", "1", *files)
    monkeypatch.setattr(check, "_start_method", lambda: "fork")
    assert run("check", "--lang", "en", "--site", str(root), "--jobs", "2", *files) == serial


def test_spawned_workers_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert check._start_method() == "spawn"
    finally:
        stop.set()
        thread.join()


def test_without_a_site_argument_too(site: tuple[Path, list[Path]]) -> None:
    _, paths = site
    files = [str(p) for p in paths[:60]]
    assert run("check", "--lang", "en", "--jobs", "2", *files) == run(
        "check", "--lang", "en", "--jobs", "1", *files
    )


def test_workers_only_for_many_files_and_never_for_links() -> None:
    assert check._workers(None, check.PARALLEL_FROM - 1, links=False) == 1
    assert check._workers(None, check.PARALLEL_FROM, links=False) >= 1
    assert check._workers(3, 5, links=False) == 3
    assert check._workers(3, 5000, links=True) == 1
