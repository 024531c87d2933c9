"""Full render speed, and reopening a known article with the block cache on disk.

Articles are built from real corpus articles (`preview_articles.py`) at 500 KB and 5 MB:
plain, with footnotes, with shortcodes and with raw HTML (on a site that allows it). For each
it prints, median and p95 of several runs, wall time and CPU time (`time.process_time`, which
depends less on what else the machine runs) and MB/s:

- `render_full` with no cache (what a first open costs);
- plain markdown-it-py (CommonMark plus tables and strikethrough) on the same text, the floor;
- reopening in a new process's place: a fresh in-memory cache over the disk store, cold (an
  empty store) and warm (the store a previous render filled).

RENDER_SIZES=500KB,5MB, RENDER_VARIANTS=plain,raw and RENDER_RUNS=5 pick a part.

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/render.py
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

from benchmarks import preview_articles
from redactie.core.render import prepare_source
from redactie.core.render.blocks import BlockCache
from redactie.core.render.fold import render_full

SIZES = (("500KB", 500_000), ("5MB", 5_000_000))
if os.environ.get("RENDER_SIZES"):
    SIZES = tuple(s for s in SIZES if s[0] in os.environ["RENDER_SIZES"].split(","))
VARIANTS = tuple(os.environ.get("RENDER_VARIANTS", ",".join(preview_articles.VARIANTS)).split(","))
RUNS = int(os.environ.get("RENDER_RUNS", "5"))


def _disk_store(path: Path) -> object | None:
    """The disk store, when this version of redactie has one (the benchmark also runs on
    the code before it, for the 'before' figures)."""
    try:
        from redactie.core.render.disk_cache import DiskBlockStore
    except ImportError:
        return None
    return DiskBlockStore(path)


def _measure(func: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return walls, cpus


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _row(label: str, size: int, walls: list[float], cpus: list[float]) -> str:
    mb = size / 1e6
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return (
        f"  {label:<28} wall {wall * 1000:8.0f} ms (p95 {_p95(walls) * 1000:8.0f})"
        f"   cpu {cpu * 1000:8.0f} ms (p95 {_p95(cpus) * 1000:8.0f})"
        f"   {mb / cpu:5.2f} MB/s cpu"
    )


def main() -> None:
    plain = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    print(f"python {sys.version.split()[0]}, {RUNS} runs each; median (p95)")
    for size_name, size in SIZES:
        runs = RUNS if size < 1_000_000 else max(2, RUNS // 2)
        for variant in VARIANTS:
            article, what = preview_articles.build(size, variant)
            text = prepare_source(article)
            unsafe = variant == "raw"
            nbytes = len(text.encode())
            print(f"{size_name} {variant} ({nbytes:,} bytes; {what})")
            walls, cpus = _measure(functools.partial(render_full, text, unsafe=unsafe), runs)
            print(_row("render_full, no cache", nbytes, walls, cpus))
            walls, cpus = _measure(functools.partial(plain.render, text), runs)
            print(_row("plain markdown-it-py", nbytes, walls, cpus))
            with tempfile.TemporaryDirectory() as folder:
                _reopen(text, unsafe, nbytes, Path(folder), runs)


def _reopen(text: str, unsafe: bool, nbytes: int, folder: Path, runs: int) -> None:
    if _disk_store(folder / "probe.sqlite") is None:
        print("  (no disk store in this version)")
        return
    from redactie.core.render.disk_cache import DiskBlockStore

    def cold() -> None:
        path = folder / f"cold-{time.monotonic_ns()}.sqlite"
        store = DiskBlockStore(path)
        render_full(text, unsafe=unsafe, cache=BlockCache(65536, disk=store))
        store.close()  # the writes are part of the cost

    walls, cpus = _measure(cold, runs)
    print(_row("reopen, cold disk cache", nbytes, walls, cpus))
    warm_path = folder / "warm.sqlite"
    store = DiskBlockStore(warm_path)
    render_full(text, unsafe=unsafe, cache=BlockCache(65536, disk=store))
    store.close()

    def warm() -> None:
        store = DiskBlockStore(warm_path)
        render_full(text, unsafe=unsafe, cache=BlockCache(65536, disk=store))
        store.close()

    walls, cpus = _measure(warm, runs)
    print(_row("reopen, warm disk cache", nbytes, walls, cpus))
    print(f"  disk cache file: {warm_path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
