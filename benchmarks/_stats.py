"""Small helpers the benchmark scripts share: timing, median and p95, and their summary."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed_ms(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and p95 (the nearest rank); both nan without samples."""
    ordered = sorted(samples) or [float("nan")]
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def cell(samples: list[float], width: int = 15, digits: int = 0) -> str:
    """A table cell "median / p95", right-aligned in `width`."""
    p50, p95 = percentiles(samples)
    return f"{p50:,.{digits}f} / {p95:,.{digits}f}".rjust(width)


def summary(samples: list[float]) -> str:
    p50, p95 = percentiles(samples)
    return f"median {p50:8.3f} ms   p95 {p95:8.3f} ms   n={len(samples)}"
