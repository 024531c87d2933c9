"""Small helpers the benchmark scripts share: timing and a median/p95 summary."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed_ms(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):8.3f} ms   p95 {p95:8.3f} ms   n={len(ordered)}"
