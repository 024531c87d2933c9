"""Spell checking figures: dictionary load time, words checked per second, and the GUI thread's
time per keystroke in a 50 KB and a 500 KB article with checking off and on.

Run: `.venv/bin/python benchmarks/spell.py` (headless works: QT_QPA_PLATFORM=offscreen).
Targets: a dictionary loaded in under 1 s off the GUI thread; at most 2 ms extra per keystroke.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from redactie.core.spelling import SpellChecker
from redactie.gui.editor import MarkdownEditor
from redactie.gui.editor.spell_menu import EditorSpelling

PARAGRAPH = (
    "De burgemeester van Amsterdam heeft gisteren bekendgemaakt dat de gemeenteraad volgende "
    "week een besluit neemt over de nieuwe fietsenstalling bij het Centraal Station. Volgens "
    "de wethouder zijn er al duizenden reacties binnengekomen van bewoners, ondernemers en "
    "vrijwilligersorganisaties. The government said it would receive the report on Monday.\n\n"
)
KEYS = "Een nieuwe zin met een tipfout erin. "


def load_times(personal: Path) -> None:
    for language in ("nl_NL", "en_US"):
        started = time.perf_counter()
        SpellChecker((language,), personal=personal)
        print(f"load {language}: {(time.perf_counter() - started) * 1000:.0f} ms")


def check_rate(personal: Path) -> None:
    words = PARAGRAPH.replace(".", " ").replace(",", " ").split()
    fresh = [f"{word}{chr(0x61 + i % 26)}" for i, word in enumerate(words * 40)]
    checker = SpellChecker(personal=personal)
    started = time.perf_counter()
    for word in fresh:
        checker.check(word)
    uncached = len(fresh) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(50):
        for word in fresh:
            checker.check(word)
    cached = 50 * len(fresh) / (time.perf_counter() - started)
    print(f"check: {uncached:,.0f} words/s uncached (mostly misspelled), {cached:,.0f} cached")
    started = time.perf_counter()
    checker.suggest("fietsenstaling")
    print(f"suggest: {(time.perf_counter() - started) * 1000:.0f} ms for one Dutch word")


def typed_in_turn(
    editors: tuple[MarkdownEditor, MarkdownEditor], app: QApplication, position: int
) -> list[list[float]]:
    """ms per keystroke, events included, in each editor; the editors get each key in turn, so
    a busy machine slows both alike (the figures are a difference of two)."""
    for editor in editors:
        cursor = editor.textCursor()
        cursor.setPosition(position if position >= 0 else editor.document().characterCount() - 1)
        editor.setTextCursor(cursor)
    app.processEvents()
    times: list[list[float]] = [[], []]
    for char in KEYS * 5:
        for index, editor in enumerate(editors):
            # 12 ms between keys, faster than anyone types (the highlighter takes lines
            # edited less than 10 ms apart for one edit, like a paste, and spreads them out)
            time.sleep(0.012)
            started = time.perf_counter()
            QTest.keyClick(editor, char)
            app.processEvents()
            times[index].append((time.perf_counter() - started) * 1000)
    return times


def settle(editor: MarkdownEditor, app: QApplication) -> float:
    """Wait until the first full spelling pass is painted (ms): keys typed meanwhile would
    measure that pass, not the keystroke."""
    started = time.perf_counter()
    while editor.highlighter.spell_repaint_pending:
        app.processEvents()
    return (time.perf_counter() - started) * 1000


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def keystrokes(app: QApplication, personal: Path) -> None:
    checker = SpellChecker(personal=personal)
    for size in (50_000, 500_000):
        text = PARAGRAPH * (size // len(PARAGRAPH))
        editors = (MarkdownEditor(), MarkdownEditor())
        for editor in editors:
            editor.resize(900, 700)
            editor.show()
            QTest.qWaitForWindowExposed(editor)
            editor.set_markdown(text)
        EditorSpelling(editors[1]).set_checker(checker)
        first = settle(editors[1], app)
        print(f"{size // 1000} KB: first full spelling pass {first:.0f} ms in 8 ms slices")
        middle = text.index(PARAGRAPH, len(text) // 2) + len(PARAGRAPH) // 2  # mid-paragraph
        for where, position in (("new paragraph at the end", -1), ("inside a paragraph", middle)):
            off, on = typed_in_turn(editors, app, position)
            print(
                f"  {where}, per key (ms): median {statistics.median(off):.2f} off, "
                f"{statistics.median(on):.2f} on "
                f"(extra {statistics.median(on) - statistics.median(off):+.2f}); "
                f"p95 {_p95(off):.2f} off, {_p95(on):.2f} on (extra {_p95(on) - _p95(off):+.2f})"
            )
        for editor in editors:
            editor.close()
            editor.deleteLater()


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        personal = Path(folder) / "dictionary.txt"
        load_times(personal)
        check_rate(personal)
        keystrokes(app, personal)


if __name__ == "__main__":
    main()
