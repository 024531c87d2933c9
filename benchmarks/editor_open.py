"""The editor's side of a long article's first open (issue 18, item 3), in the real window.

For articles built from real corpus articles (`preview_articles.py`) it opens the article in a
fresh window offscreen and prints median and p95 of:

- open: `open_path`'s wall time and the GUI thread's CPU time inside it (the machine may be
  shared: CPU time says what the wall time would be on an idle one);
- editor painted: from `open_path` until the editor's viewport painted after it, and whether
  the first line shown then had its highlighting;
- highlighted: until every line was highlighted (the highlighter's slices done, spelling
  included; without slices, as before, that is the end of `open_path`), and the longest
  GUI-thread hold from `open_path` (itself one) until then (the longest gap between ticks
  of a 1 ms timer, less the millisecond). At 5 MB the slices take minutes on a loaded
  machine: not waited for there (EDITOR_OPEN_WAIT=1 waits); the hold then covers 5 s after
  the paint.

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/editor_open.py [runs]
(EDITOR_OPEN_SIZES=500KB,5MB picks sizes; it runs whatever `redactie` PYTHONPATH finds, so
the same script measures a checkout from before the slices.)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks._gui import HoldMeter, close_window, open_window, pause, runs_at, start_app, wait
from benchmarks._stats import cell
from benchmarks.preview_articles import chosen_sizes, written

SIZES = chosen_sizes((("500 KB", 500_000), ("5 MB", 5_000_000)), "EDITOR_OPEN_SIZES")


def _paint_watch(widget: Any, on_paint: Any) -> Any:
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                on_paint()
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    return watch


def measure(path: Path, size: int, holds: HoldMeter) -> dict[str, float]:
    window = open_window()
    pause(1500)
    editor = window.editor
    highlighter = editor.highlighter
    painted: list[tuple[float, bool]] = []

    def on_paint() -> None:
        if not painted:
            shown = editor.firstVisibleBlock()  # a state: highlighted (-1: not yet)
            painted.append((time.perf_counter(), shown.userState() >= 0))

    watch = _paint_watch(editor.viewport(), on_paint)
    start, cpu = time.perf_counter(), time.thread_time()
    assert window.open_path(path)
    opened, cpu_used = time.perf_counter(), time.thread_time() - cpu
    painted.clear()  # a paint inside open_path (none expected) is not the one after it
    holds.longest, holds.on = 0.0, True
    wait(lambda: bool(painted), 600)
    until_lit = size < 5_000_000 or os.environ.get("EDITOR_OPEN_WAIT") == "1"
    if until_lit:
        wait(lambda: not getattr(highlighter, "slices_pending", False), 900)
    else:
        pause(5000)
    done = time.perf_counter() if until_lit else float("nan")
    holds.on = False
    editor.viewport().removeEventFilter(watch)
    close_window(window)
    pause(300)
    return {
        "open": (opened - start) * 1000,
        "cpu": cpu_used * 1000,
        "paint": (painted[0][0] - start) * 1000,
        "shown": float(painted[0][1]),
        "done": (max(done, opened) - start) * 1000 if until_lit else float("nan"),
        "hold": holds.longest * 1000,
    }


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = start_app()
    holds = HoldMeter()
    rows: list[tuple[str, list[dict[str, float]]]] = []
    for label, size, path, _what in written(SIZES):
        samples = [measure(path, size, holds) for _ in range(runs_at(size, runs))]
        rows.append((label, samples))
        print(f"measured {label}: {samples}", file=sys.stderr, flush=True)
    print("Editor, first open; median / p95 in ms (n runs each)\n")
    print(
        f"{'':8} {'open_path':>17} {'GUI CPU in it':>17} {'editor painted':>17}"
        f" {'highlighted':>17} {'GUI hold':>13} {'shown lit':>9}"
    )
    for label, samples in rows:

        def measured(name: str, width: int = 17, rows: list[dict[str, float]] = samples) -> str:
            values = [r[name] for r in rows if r[name] == r[name]]  # nan: not measured
            return cell(values, width) if values else "—".rjust(width)

        lit = sum(r["shown"] for r in samples)
        print(
            f"{label:8} {measured('open')} {measured('cpu')} {measured('paint')}"
            f" {measured('done')} {measured('hold', 13)} {lit:4.0f}/{len(samples)}"
        )
    print("\nhighlighted: until every line had its highlighting; GUI hold: the longest")
    print("event-loop wake-up from open_path (itself included) until then; shown lit: the first")
    print("paint after opening showed its first line highlighted (runs out of n).")
    app.quit()


if __name__ == "__main__":
    main()
