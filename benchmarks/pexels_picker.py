"""Pexels picker figures against the local test server (offscreen):

- Enter to the first thumbnail painted, and to all 15 painted;
- all 15 painted, counted from the moment the API answer reached the GUI (target < 300 ms);
- GUI event-loop lag during that time, from a 10 ms timer (target p95 < 20 ms);
- the same searches repeated, answered from the 24-hour response cache.

Run: .venv/bin/python benchmarks/pexels_picker.py [runs]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks._stats import summary
from redactie.gui.pexels.dialog import PexelsDialog
from redactie.gui.pexels.options import ClientConfig
from tests.pexels_server import DEFAULT_API_KEY

ROOT = Path(__file__).resolve().parents[1]
# The server runs in its own process, like Pexels: its pure-Python JPEG encoder must not
# compete with the app for the GIL, or the figures would measure the test server.
_SERVER = """
import sys
from tests.pexels_server import PexelsTestServer
with PexelsTestServer() as server:
    print(server.base_url, flush=True)
    sys.stdin.read()
"""


class LagMeter:
    """How late a 10 ms timer fires: the time the event loop was busy elsewhere."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.invalidate()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        if self._clock.isValid():
            self.samples.append(max(0.0, self._clock.nsecsElapsed() / 1e6 - 10))
        self._clock.restart()


def wait_until(app: QApplication, condition: object, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise TimeoutError("the picker did not finish in time")
        app.processEvents()
        time.sleep(0.0005)


def one_search(
    app: QApplication, dialog: PexelsDialog, query: str, lag: LagMeter
) -> dict[str, float]:
    painted = dialog.grid.tile_delegate.painted
    painted.clear()
    answered: list[float] = []
    dialog.searcher.pageArrived.connect(lambda *_: answered.append(time.perf_counter()))
    dialog.search_field.setText(query)
    lag.start()
    start = time.perf_counter()
    dialog.search()  # what Enter in the search field calls
    wait_until(app, lambda: len(painted) >= 15)
    lag.stop()
    dialog.searcher.pageArrived.disconnect()
    dialog.searcher.pageArrived.connect(dialog._on_page)
    times = sorted(painted.values())
    return {
        "first": (times[0] - start) * 1000,
        "all": (times[14] - start) * 1000,
        "after_answer": (times[14] - answered[0]) * 1000,
        "answer": (answered[0] - start) * 1000,
    }


def main(runs: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVER], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    assert server.stdout is not None and server.stdin is not None
    base_url = server.stdout.readline().strip()
    try:
        run_all(app, base_url, runs)
    finally:
        server.stdin.close()
        server.wait(timeout=10)


def run_all(app: QApplication, base_url: str, runs: int) -> None:
    with tempfile.TemporaryDirectory() as cache:
        config = ClientConfig(DEFAULT_API_KEY, base_url, Path(cache), (5.0, 15.0))
        dialog = PexelsDialog(config)
        dialog.resize(1700, 1100)  # room for all 15 tiles, so all of them are painted
        dialog.show()
        wait_until(app, lambda: dialog.grid.photo_model.rowCount() > 0)  # the curated start
        for label, queries in (
            ("fresh", [f"fiets {n}" for n in range(runs)]),
            ("cached", [f"fiets {n}" for n in range(runs)]),
        ):
            lag = LagMeter()
            results = [one_search(app, dialog, query, lag) for query in queries]
            print(f"-- {label} searches ({runs})")
            print(f"Enter to API answer in GUI      {summary([r['answer'] for r in results])}")
            print(f"Enter to first thumbnail       {summary([r['first'] for r in results])}")
            print(f"Enter to all 15 thumbnails     {summary([r['all'] for r in results])}")
            print(f"API answer to all 15 painted   {summary([r['after_answer'] for r in results])}")
            print(f"event-loop lag (10 ms timer)   {summary(lag.samples)}")
        dialog.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
