"""Holding a thread pool busy, to show that code hands work to it instead of waiting for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRunnable, QThreadPool

GIVE_UP_SECONDS = 60.0  # only if the code under test waits for the held pool (a failure)


class Hold:
    """While held, every thread of the pool waits on `release`; work queued meanwhile waits."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.gave_up = False  # the hold ended by itself: something waited for the pool
        self._running = threading.Semaphore(0)

    def task(self) -> QRunnable:
        hold = self

        class _Wait(QRunnable):
            def run(self) -> None:
                hold._running.release()
                if not hold.release.wait(GIVE_UP_SECONDS):
                    hold.gave_up = True

        return _Wait()

    def wait_running(self, count: int) -> None:
        for _ in range(count):
            if not self._running.acquire(timeout=GIVE_UP_SECONDS):
                raise AssertionError("the pool never ran the holding tasks")


@contextmanager
def pool_held(pool: QThreadPool) -> Iterator[Hold]:
    """Every thread of `pool` busy inside the block: work started there cannot run until it
    ends. Code that blocks until such work is done would hang; the hold gives up after a
    minute instead and says so in `gave_up`."""
    hold = Hold()
    threads = pool.maxThreadCount()
    for _ in range(threads):
        pool.start(hold.task())
    hold.wait_running(threads)
    try:
        yield hold
    finally:
        hold.release.set()
