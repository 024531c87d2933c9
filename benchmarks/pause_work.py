"""The GUI thread's longest hold for the word count after a typing pause (issue 18, item 4).

Before: `text_stats` of the whole body on the GUI thread. After: the GUI thread copies the
text (`toRawText`), a pool thread recounts the changed parts (`PartCounter`); the GUI thread's
longest wait for the GIL meanwhile is measured by a loop of tiny steps. One character is typed
in the middle before each pause. Wall time and GUI-thread CPU (`time.thread_time`), as the
machine is shared. Run: `PYTHONPATH=src QT_QPA_PLATFORM=offscreen python -m benchmarks.pause_work`
"""

from __future__ import annotations

import statistics
import threading
import time

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from benchmarks.preview_articles import build
from redactie.core.article import Article
from redactie.core.article.textstats import text_stats
from redactie.core.article.textstats_parts import PartCounter
from redactie.gui.editor.stats_worker import markdown_of

SIZES = (50_000, 500_000, 5_000_000)
PAUSES = 5


def _p(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):8.1f} / {p95:8.1f}"


def _type_one(document: QTextDocument, n: int) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(document.characterCount() // 2 + n)
    cursor.insertText("x")


def before(document: QTextDocument) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for n in range(PAUSES):
        _type_one(document, n)
        wall, cpu = time.perf_counter(), time.thread_time()
        text_stats(markdown_of(document.toRawText()))
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    return walls, cpus


def _count(counter: PartCounter, raw: str) -> None:
    counter.count(markdown_of(raw))  # as `StatsWorker.count_later` does in the pool


def after(document: QTextDocument) -> tuple[list[float], list[float], list[float]]:
    counter = PartCounter()
    counter.count(markdown_of(document.toRawText()))  # the count on opening
    holds, cpus, walls = [], [], []
    for n in range(PAUSES):
        _type_one(document, n)
        wall, cpu = time.perf_counter(), time.thread_time()
        raw = document.toRawText()  # the GUI thread's part
        copy = (time.perf_counter() - wall) * 1000
        cpus.append((time.thread_time() - cpu) * 1000)
        worker = threading.Thread(target=_count, args=(counter, raw))
        worker.start()
        longest, last = 0.0, time.perf_counter()
        while worker.is_alive():  # a GUI thread handling small events meanwhile
            now = time.perf_counter()
            longest, last = max(longest, now - last), now
        walls.append((time.perf_counter() - wall) * 1000)
        holds.append(max(copy, longest * 1000))
    return holds, cpus, walls


def main() -> None:
    QApplication([])
    print(
        "size | before: GUI hold wall, GUI CPU (median / p95 ms) | "
        "after: GUI hold (copy or longest GIL wait), GUI CPU, count done after"
    )
    for size in SIZES:
        text, _what = build(size)
        body = Article.from_bytes(text.encode()).body
        document = QTextDocument()
        document.setPlainText(body)
        walls, cpus = before(document)
        document.setPlainText(body)
        holds, after_cpus, done = after(document)
        print(
            f"{size:>10,} | {_p(walls)} wall {_p(cpus)} cpu | "
            f"{_p(holds)} hold {_p(after_cpus)} cpu {_p(done)} done"
        )


if __name__ == "__main__":
    main()
