"""The first spelling pass over a long article (issue 18, item 3): what it costs the GUI thread.

The dictionaries load after the window's first paint, so the whole article is checked once
after it opened. For articles built from real corpus articles (`preview_articles.py`) at
500 KB and 5 MB, in an editor shown offscreen with its highlighting done, a fresh checker
(cold caches, as after a start) is set and the script prints median and p95 of:

- all underlined: wall time until no line waits for its underlines;
- GUI CPU: the GUI thread's CPU time over that span (the pool's work is not in it);
- longest hold: the longest GUI-thread hold in that span (a 1 ms timer's longest gap);
- lines repainted: how many lines the highlighter formatted again for it.

Run: PYTHONPATH=src:. .venv/bin/python benchmarks/spell_open.py [runs]
(SPELL_OPEN_SIZES=500KB picks sizes; it measures whatever `redactie` PYTHONPATH finds, so
the same script measures a checkout from before.)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks._gui import HoldMeter, runs_at, start_app, wait
from benchmarks._stats import cell
from benchmarks.preview_articles import build, chosen_sizes

SIZES = chosen_sizes((("500 KB", 500_000), ("5 MB", 5_000_000)), "SPELL_OPEN_SIZES")


def one_pass(text: str, personal: Path) -> tuple[float, float, float, int]:
    """(wall ms, GUI CPU ms, longest hold ms, lines repainted) of one first spelling pass."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from redactie.core.spelling import SpellChecker
    from redactie.gui.editor import MarkdownEditor
    from redactie.gui.editor.spell_menu import EditorSpelling

    editor = MarkdownEditor()
    editor.resize(900, 700)
    editor.show()
    editor.set_markdown(text)
    highlighter = editor.highlighter
    wait(lambda: not highlighter.slices_pending, 600)
    checker = SpellChecker(personal=personal)
    repainted = [0]
    original = highlighter.repaint_block

    def counted(block: object) -> None:
        repainted[0] += 1
        original(block)  # type: ignore[arg-type]

    highlighter.repaint_block = counted  # type: ignore[method-assign]
    meter = HoldMeter()
    meter.on = True
    started, cpu = time.perf_counter(), time.thread_time()
    EditorSpelling(editor).set_checker(checker)
    wait(lambda: not highlighter.spell_repaint_pending, 600)
    wall, cpu = time.perf_counter() - started, time.thread_time() - cpu
    meter.on = False
    editor.close()
    editor.deleteLater()  # now, not inside the next pass (freeing 5 MB of lines takes a while)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return wall * 1000, cpu * 1000, meter.longest * 1000, repainted[0]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    start_app(idle_gc=True)  # as the app collects: between events
    print(f"{'article':8} {'all underlined':>17} {'GUI CPU':>17} {'longest hold':>15} lines")
    with tempfile.TemporaryDirectory() as folder:
        personal = Path(folder) / "dictionary.txt"
        for name, size in SIZES:
            text, _what = build(size)
            samples: list[tuple[float, float, float, int]] = []
            for _ in range(runs_at(size, runs)):
                samples.append(one_pass(text, personal))
            walls, cpus, holds, lines = zip(*samples, strict=True)
            print(
                f"{name:8} {cell(list(walls), 17)} {cell(list(cpus), 17)} "
                f"{cell(list(holds), 15, 1)} {lines[-1]:,}"
            )


if __name__ == "__main__":
    main()
