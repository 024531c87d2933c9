"""The GUI thread's cost of a confirming full render after a typing pause (issue 18, item 1).

For articles built from real corpus articles (`preview_articles.py`) it types one edit into a
patched page and then takes a confirming render in both ways, timing only what runs on the GUI
thread (`time.thread_time`):

- before: the worker's whole render unpickled and handed to `IncrementalRenderer.install`
  (what the pane did up to 200 KB, and skipped above);
- after: the page's state made and pickled (`confirm.page_state`), the worker's answer
  (`confirm.compare`, run here but not timed: it runs in the worker) unpickled and applied
  (`confirm.apply`) — for a right page, for a page with one wrong block, and for a right page
  whose engine holds facts (link references, footnote labels, shortcode spans) that differ
  from the render's, so that they come along and are installed (before they always came).

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/confirm.py [runs]
(CONFIRM_SIZES=500KB,5MB picks sizes.)
"""

from __future__ import annotations

import pickle
import sys
import time

from benchmarks._stats import cell
from benchmarks.preview_articles import build, chosen_sizes
from redactie.core.article import Article
from redactie.core.render import confirm
from redactie.core.render.fold import FullRendering, render_full
from redactie.core.render.incremental import IncrementalRenderer

SIZES = chosen_sizes(
    (("200 KB", 200_000), ("500 KB", 500_000), ("5 MB", 5_000_000)), "CONFIRM_SIZES"
)


def patched(text: str, rendering: FullRendering, wrong: bool) -> IncrementalRenderer:
    """An engine showing the render, with one paragraph typed into (and one block made wrong)."""
    engine = IncrementalRenderer()
    engine.reset(text)
    revision, _ = engine.snapshot()
    engine.install(revision, rendering)
    middle = len(engine.blocks) // 2
    line = next(b.start for b in engine.blocks[middle:] if b.html.startswith("<p"))
    engine.change(line, 1, [engine.lines[line] + " Getypt."])
    engine.update()
    if wrong:
        engine.blocks[len(engine.blocks) // 3].html = "<p>fout</p>\n"
    return engine


def old_way(engine: IncrementalRenderer, revision: int, whole: bytes) -> float:
    """The GUI's part of the confirmation before: the whole render taken in."""
    start = time.thread_time()
    engine.install(revision, pickle.loads(whole))
    return (time.thread_time() - start) * 1000


def new_way(
    engine: IncrementalRenderer, revision: int, typed: str, wrong: bool, facts: bool = False
) -> float:
    """The GUI's part now: the page's state out, the difference in (the worker's compare
    is not timed)."""
    start = time.thread_time()
    state = pickle.dumps(confirm.page_state(engine), protocol=pickle.HIGHEST_PROTOCOL)
    spent = time.thread_time() - start
    answer = confirm.compare(render_full(typed), pickle.loads(state))
    sent = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    start = time.thread_time()
    got = pickle.loads(sent)
    assert isinstance(got, confirm.Confirmation)
    assert (got.facts is not None) == facts
    ops = confirm.apply(engine, revision, got).ops
    spent += time.thread_time() - start
    assert bool(ops) == wrong
    return spent * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    print("Confirming render, GUI-thread CPU in ms, median / p95")
    print(
        f"{'':8} {'before (install)':>18} {'after, right page':>18} {'after, one wrong':>18}"
        f" {'after, facts come':>18}"
    )
    for label, size in SIZES:
        text, _ = build(size)
        body = Article.from_bytes(text.encode()).body
        samples: dict[str, list[float]] = {"old": [], "right": [], "wrong": [], "facts": []}
        rendering = render_full(body)
        for _ in range(runs):
            engine = patched(body, rendering, wrong=False)
            revision, typed = engine.snapshot()
            whole = pickle.dumps(render_full(typed), protocol=pickle.HIGHEST_PROTOCOL)
            samples["old"].append(old_way(engine, revision, whole))
            for name in ("right", "wrong"):
                engine = patched(body, rendering, wrong=name == "wrong")
                revision, typed = engine.snapshot()
                samples[name].append(new_way(engine, revision, typed, name == "wrong"))
            engine = patched(body, rendering, wrong=False)
            engine._facts.labels = frozenset({"niet-gevonden"})  # as if a patch had erred
            revision, typed = engine.snapshot()
            samples["facts"].append(new_way(engine, revision, typed, False, facts=True))

        names = ("old", "right", "wrong", "facts")
        print(f"{label:8} " + " ".join(cell(samples[name], 18, 1) for name in names))


if __name__ == "__main__":
    main()
