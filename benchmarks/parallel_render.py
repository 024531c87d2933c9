"""The first full render of a long article on both cores, beside the serial render.

Articles built from real corpus articles (`preview_articles.py`) at 500 KB and 5 MB. For each,
median and p95 of several runs:

- serial: `render_full` with a fresh block cache, as the render worker runs it today;
- parallel: the same with a helper process rendering the second half ahead
  (`core/render/parallel.py`); the helper is started before the runs (on a first open it
  starts beside the worker, which pays the same start), neither side uses the disk cache.

Wall time, and CPU time per process (the worker's `time.process_time`, the helper's from
/proc): on a machine others share, wall time says little, CPU time says what each core did.
It also counts the blocks the helper handed over (of those after the split) and the blocks the
worker rendered itself (cache misses; the serial render's beside it): those after the split it
rendered again are a quote left open, a heading whose id differs, a footnote reference.

PARALLEL_SIZES=500KB,5MB, PARALLEL_VARIANTS=plain,footnotes and PARALLEL_RUNS=7 pick a part.

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/parallel_render.py
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

from benchmarks import preview_articles
from redactie.core.render import prepare_source
from redactie.core.render.blocks import BlockCache
from redactie.core.render.fold import render_full
from redactie.core.render.parallel import Ahead, serve_helper, split_line

SIZES = (("500KB", 500_000), ("5MB", 5_000_000))
if os.environ.get("PARALLEL_SIZES"):
    SIZES = tuple(s for s in SIZES if s[0] in os.environ["PARALLEL_SIZES"].split(","))
VARIANTS = tuple(
    os.environ.get("PARALLEL_VARIANTS", ",".join(preview_articles.VARIANTS)).split(",")
)
RUNS = int(os.environ.get("PARALLEL_RUNS", "7"))
_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_of(pid: int) -> float:
    """User + system CPU seconds of another process (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _cell(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.0f} / {_p95(samples) * 1000:7.0f}"


def main() -> None:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    helper = context.Process(target=serve_helper, args=(theirs, False), daemon=True)
    helper.start()
    theirs.close()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()}")
    print("ms, median / p95; CPU per process (worker, helper)")
    print(
        f"{'article':<16} {'serial wall':>17} {'serial cpu':>17} {'parallel wall':>17}"
        f" {'worker cpu':>17} {'helper cpu':>17} {'wall ratio':>10}  blocks after split:"
        " from the helper; blocks rendered"
    )
    revision = 0
    for size_name, size in SIZES:
        runs = RUNS if size < 1_000_000 else max(3, RUNS // 2)
        for variant in VARIANTS:
            text = prepare_source(preview_articles.build(size, variant)[0])
            unsafe = variant == "raw"
            serial_wall, serial_cpu = [], []
            wall, worker_cpu, helper_cpu = [], [], []
            for _ in range(runs):
                started, cpu = time.perf_counter(), time.process_time()
                serial_cache = BlockCache(65536)
                expected = render_full(text, unsafe=unsafe, cache=serial_cache)
                serial_cpu.append(time.process_time() - cpu)
                serial_wall.append(time.perf_counter() - started)
                revision += 1
                helper_before = _cpu_of(helper.pid or 0)
                started, cpu = time.perf_counter(), time.process_time()
                ahead = Ahead(ours, revision, text, unsafe)
                cache = BlockCache(65536)
                result = render_full(text, unsafe=unsafe, cache=cache, ahead=ahead)
                worker_cpu.append(time.process_time() - cpu)
                wall.append(time.perf_counter() - started)
                helper_cpu.append(_cpu_of(helper.pid or 0) - helper_before)
                assert result.html == expected.html, "not the serial render"
                after = sum(1 for b in result.blocks if b.start >= split_line(text))
            ratio = statistics.median(wall) / statistics.median(serial_wall)
            print(
                f"{size_name + ' ' + variant:<16} {_cell(serial_wall)} {_cell(serial_cpu)}"
                f" {_cell(wall)} {_cell(worker_cpu)} {_cell(helper_cpu)} {ratio:10.2f}"
                f"  {ahead.taken} of {after}; worker rendered {cache.misses} blocks,"
                f" serial {serial_cache.misses}"
            )
    ours.close()
    helper.join(10)


if __name__ == "__main__":
    main()
