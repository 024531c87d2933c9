"""First open of a long article, from the real window driven offscreen (issue 18, item 3).

For articles built from real corpus articles (`preview_articles.py`) at 5 KB, 50 KB, 500 KB
and 5 MB it opens the article in a fresh window several times and prints median and p95 of:

- first screen: from `open_path` until the page painted its first content (the
  first-contentful-paint entry on the page's clock; a frame after DOMContentLoaded when
  the engine gives none);
- fully laid out: until the last patch of the open was applied and laid out (the page's
  clock, layout forced inside the timing), or the first screen when there was none;
- the longest GUI-thread hold after the page loaded (one event-loop wake-up: an
  awake-to-aboutToBlock span) until the open was complete, and the longest one inside the
  preview's own handlers;
- the longest page task: each patch's `redactie.apply` with the layout it causes
  (performance.now() around it), and the longest task the page's `longtask` observer saw
  (those are over 50 ms);

beside the ReText way measured in the same run: the editor filled, markdown-it-py of the whole
text, and the page loaded with it (`setHtml`; from a file above `setHtml`'s 2 MB limit) until
its first frame. The machine may be shared: run it more than once and report ranges.

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/first_open.py [runs]
(FIRST_OPEN_SIZES=500KB,5MB picks sizes.)
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._gui import HoldMeter, close_window, open_window, pause, runs_at, start_app, wait
from benchmarks._stats import cell
from benchmarks.preview_articles import chosen_sizes, written

SIZES = chosen_sizes(
    (("5 KB", 5_000), ("50 KB", 50_000), ("500 KB", 500_000), ("5 MB", 5_000_000)),
    "FIRST_OPEN_SIZES",
)

# Injected before the page's own script (a user script is outside the page's CSP).
_PAGE_PROBE = """
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const probe = { first: 0, paint: 0, applies: [], longtasks: [] };
  window.__open = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push(e.duration);
    }).observe({ type: "longtask" });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === "first-contentful-paint") probe.paint = performance.timeOrigin + e.startTime;
      }
    }).observe({ type: "paint", buffered: true });
  } catch (error) {}
  document.addEventListener("DOMContentLoaded", () =>
    requestAnimationFrame(() => setTimeout(() => { probe.first = now(); }, 0)));
  let shown = undefined;
  Object.defineProperty(window, "redactie", {
    configurable: true,
    get() { return shown; },
    set(value) {
      const apply = value.apply;
      value.apply = function (patch) {
        const start = performance.now();
        const result = apply.call(this, patch);
        void document.body.offsetHeight; // the layout this patch causes, inside the timing
        const end = performance.now();
        probe.applies.push([end - start, performance.timeOrigin + end]);
        return result;
      };
      shown = value;
    },
  });
})();
"""


class HandlerHold:
    """The longest single call of the preview's handlers (and its worker's poll), wall and
    GUI-thread CPU (`time.thread_time`: what load on a shared machine does not inflate); per
    part (the worker poll that takes a streamed part in) and per piece (`_flush`); and the
    fenced-code colouring the GUI thread did (`highlight_fences` through the page gate)."""

    def __init__(self) -> None:
        from redactie.gui.preview import pane, worker

        self.longest = 0.0
        self.cpu: dict[str, float] = {}
        self.colour_calls = 0
        self.colour_cpu = 0.0
        for owner, name in (
            (pane.PreviewPane, "_on_rendered"),
            (pane.PreviewPane, "_on_applied"),
            (pane.PreviewPane, "_flush"),
            (pane.PreviewPane, "_process"),
            (pane.PreviewPane, "_on_part"),
            (worker.RenderWorker, "_check"),
        ):
            if hasattr(owner, name):
                setattr(owner, name, self._timed(name, getattr(owner, name)))
        colour = pane.highlight_fences

        def counted(html: str, settings: Any) -> str:
            start = time.thread_time()
            try:
                return colour(html, settings)
            finally:
                self.colour_calls += 1
                self.colour_cpu += time.thread_time() - start

        pane.highlight_fences = counted

    def reset(self) -> None:
        self.longest = self.colour_cpu = 0.0
        self.colour_calls = 0
        self.cpu = {}

    def _timed(self, name: str, method: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object) -> object:
            start = time.perf_counter()
            cpu = time.thread_time()
            try:
                return method(*args)
            finally:
                self.longest = max(self.longest, time.perf_counter() - start)
                self.cpu[name] = max(self.cpu.get(name, 0.0), time.thread_time() - cpu)

        return timed


def _js(page: Any, expression: str) -> Any:
    answers: list[object] = []
    page.runJavaScript(f"JSON.stringify({expression})", 0, answers.append)
    wait(lambda: bool(answers), 120)
    return json.loads(str(answers[0])) if answers[0] else None


def _inject(page: Any) -> None:
    from PySide6.QtWebEngineCore import QWebEngineScript

    script = QWebEngineScript()
    script.setName("first-open-probe")
    script.setSourceCode(_PAGE_PROBE)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    page.scripts().insert(script)


def measure_open(path: Path, holds: HoldMeter, handlers: HandlerHold) -> dict[str, float]:
    window = open_window()
    pane = window.preview
    loads: list[bool] = []
    pane.page.loadFinished.connect(loads.append)
    wait(lambda: bool(loads))
    pane._worker.start()  # as a running window has it: started with the first long article
    pause(1500)
    _inject(pane.page)
    loads.clear()
    loaded_at: list[float] = []
    pane.page.loadFinished.connect(lambda ok: loaded_at.append(time.perf_counter()))
    holds.longest = 0.0
    handlers.reset()
    wall = time.time() * 1000
    assert window.open_path(path)
    wait(lambda: bool(loads), 300)
    holds.on = True
    holds.longest = 0.0
    handlers.reset()
    wait(pane.is_current, 600)
    probe: dict[str, Any] = {}
    for _ in range(200):  # the first frame's timestamp comes a frame after loading
        probe = _js(pane.page, "window.__open") or {}
        if probe.get("first"):
            break
        pause(10)
    holds.on = False
    applies = probe.get("applies", [])
    first = (probe.get("paint") or probe["first"]) - wall
    full = (applies[-1][1] - wall) if applies else first
    close_window(window)
    pause(300)
    return {
        "first": first,
        "full": max(first, full),
        "gui": holds.longest * 1000,
        "handler": handlers.longest * 1000,
        "part_cpu": handlers.cpu.get("_check", 0.0) * 1000,
        "piece_cpu": handlers.cpu.get("_flush", 0.0) * 1000,
        "colour_calls": float(handlers.colour_calls),
        "colour_cpu": handlers.colour_cpu * 1000,
        "apply": max((a[0] for a in applies), default=0.0),
        "applies": float(len(applies)),
        "longtask": max(probe.get("longtasks") or [0.0]),
    }


def measure_retext(path: Path) -> dict[str, float]:
    """ReText's way: fill the editor, render the whole text, load it, until its first frame."""
    from markdown_it import MarkdownIt
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QPlainTextEdit, QSplitter

    from redactie.core.article import Article

    splitter = QSplitter()
    editor = QPlainTextEdit(splitter)
    view = QWebEngineView(splitter)
    splitter.resize(1600, 1000)
    splitter.show()
    loads: list[bool] = []
    view.loadFinished.connect(loads.append)
    view.setHtml("<p>x</p>")
    wait(lambda: bool(loads))
    loads.clear()
    pause(500)
    wall = time.time() * 1000
    body = Article.from_path(path).body
    editor.setPlainText(body)
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(body)
    page = f"<!DOCTYPE html><html><body>{html}</body></html>"
    if len(page.encode()) < 1_500_000:
        view.setHtml(page)
    else:
        file = path.with_suffix(".retext.html")
        file.write_text(page, encoding="utf-8")
        view.load(QUrl.fromLocalFile(str(file)))
    wait(lambda: bool(loads), 300)
    frame = "(() => { window.__f = 0; requestAnimationFrame(() => setTimeout(() => "
    _js(view.page(), frame + "{ window.__f = performance.timeOrigin + performance.now(); })); "
        "return 0; })()")  # fmt: skip
    done = 0.0
    for _ in range(1000):
        done = float(_js(view.page(), "window.__f") or 0)
        if done:
            break
        pause(5)
    splitter.close()
    return {"full": done - wall}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = start_app(idle_gc=True)
    handlers = HandlerHold()  # before any window connects to the handlers
    holds = HoldMeter()
    rows: list[tuple[str, list[dict[str, float]], list[dict[str, float]]]] = []
    for label, size, path, _what in written(SIZES):
        count = runs_at(size, runs)
        live = [measure_open(path, holds, handlers) for _ in range(count)]
        base = [measure_retext(path) for _ in range(count)]
        rows.append((label, live, base))
        print(f"measured {label}: {live} / {base}", file=sys.stderr, flush=True)
    print("First open, plain articles from the corpus; median / p95 in ms (n runs each)\n")
    head = (
        f"{'':8} {'first screen':>15} {'fully laid out':>15} {'ReText way':>15}"
        f" {'GUI hold':>13} {'handler':>13} {'patch+layout':>13} {'long task':>13} {'patches':>8}"
    )
    print(head)
    for label, live, base in rows:

        def key(name: str, rows: list[dict[str, float]] = live) -> list[float]:
            return [r[name] for r in rows]

        print(
            f"{label:8} {cell(key('first'))} {cell(key('full'))} {cell(key('full', base))}"
            f" {cell(key('gui'), 13)} {cell(key('handler'), 13)} {cell(key('apply'), 13)}"
            f" {cell(key('longtask'), 13)} {max(key('applies')):8.0f}"
        )
    print("\nGUI-thread CPU (time.thread_time), median / p95 in ms")
    print(f"{'':8} {'per part':>13} {'per piece':>13} {'colouring':>13} {'colour calls':>13}")
    for label, live, _ in rows:
        parts = [r["part_cpu"] for r in live]
        piece = [r["piece_cpu"] for r in live]
        colour = [r["colour_cpu"] for r in live]
        calls = [r["colour_calls"] for r in live]
        print(
            f"{label:8} {cell(parts, 13, 1)} {cell(piece, 13, 1)} {cell(colour, 13, 1)}"
            f" {cell(calls, 13)}"
        )
    print("\nper part: the longest worker poll taking a streamed part in (unpickling, engine,")
    print("queueing); per piece: the longest _flush (the page gate and JSON of one piece);")
    print("colouring: all fenced-code colouring on the GUI thread after the page loaded.")
    print("\nGUI hold: the longest event-loop wake-up after the page loaded until the open was")
    print("complete; handler: the longest single call of the preview's handlers in that time;")
    print("patch+layout: the longest redactie.apply with its layout; long task: the page's")
    print("longest task over 50 ms (0: none).")
    app.quit()


if __name__ == "__main__":
    main()
