"""Start-up figures from cold runs of real processes (offscreen), beside the floor in one run:

- process start -> first paint of the main window with the example article loaded;
- process start -> usable: after that paint, a key typed into the editor has landed;
- window usable -> a 500 KB article opened and one key typed;
- the floor: a bare PySide6 window with a QPlainTextEdit and a QWebEngineView showing the
  example's text, measured the same way (first paint, a key typed). Issue 18's target is
  redactie <= 1.5x the floor.

The child processes write bytecode as an installed app has it (one warm-up run first), whatever
PYTHONDONTWRITEBYTECODE says. Median and p95 per figure; nothing here is asserted anywhere.
On a busy machine the wall times stretch with the load: the CPU the GUI thread (and the whole
process, every thread) spent until the first paint are printed too, and hardly depend on it.

Run: .venv/bin/python benchmarks/startup.py [runs]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._stats import summary
from tests.paths import EXAMPLE_ARTICLE

_MARKS = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

marks = {}

class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.time()
            marks["paint_gui_cpu_ms"] = time.thread_time() * 1000  # this is the GUI thread
            marks["paint_cpu_ms"] = time.process_time() * 1000
            QTimer.singleShot(0, self.on_paint)
            QTimer.singleShot(0, lambda: app.removeEventFilter(self))  # not at exit
        return False
"""

_APP = (
    _MARKS
    + r"""
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from redactie.gui.app import create_application, create_context
from redactie.gui.idle_gc import IdleGarbageCollector
app = create_application()
IdleGarbageCollector(app)  # as `app.run` does
context = create_context(app)

def usable():
    QTest.keyClick(window.editor, Qt.Key.Key_X)
    marks["usable"] = time.time()
    window.document.body_document.setModified(False)
    QTimer.singleShot(0, large)

def large():
    start = time.perf_counter()
    window.open_path(Path(sys.argv[2]))
    app.processEvents()
    window.editor.setFocus()
    window.editor.textCursor().insertText("x")
    app.processEvents()
    marks["large_ms"] = (time.perf_counter() - start) * 1000
    window.document.body_document.setModified(False)
    print(json.dumps(marks), flush=True)
    app.quit()

painted = FirstPaint(usable)
app.installEventFilter(painted)
window = context.new_window()
window.open_path(Path(sys.argv[1]))
window.editor.setFocus()
app.exec()
"""
)

_FLOOR = (
    _MARKS
    + r"""
import html, os
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter
if os.geteuid() == 0:  # as redactie's create_application does
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
app = QApplication(sys.argv[:1])
text = Path(sys.argv[1]).read_text(encoding="utf-8")
window = QMainWindow()
splitter = QSplitter()
editor = QPlainTextEdit(text)
view = QWebEngineView()
paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
view.setHtml(f"<!doctype html><html><body>{paragraphs}</body></html>")
splitter.addWidget(editor)
splitter.addWidget(view)
window.setCentralWidget(splitter)
window.resize(1280, 800)

def usable():
    QTest.keyClick(editor, Qt.Key.Key_X)
    marks["usable"] = time.time()
    print(json.dumps(marks), flush=True)
    app.quit()

painted = FirstPaint(usable)
app.installEventFilter(painted)
window.show()
editor.setFocus()
app.exec()
"""
)


def _large_article(folder: Path) -> Path:
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    paragraphs = body.strip() + "\n\n"
    big = head + "\n---\n" + paragraphs * (500 * 1024 // len(paragraphs.encode()) + 1)
    path = folder / "groot.md"
    path.write_text(big, encoding="utf-8")
    return path


def _run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    marks = json.loads(out.strip().splitlines()[-1])
    return {
        key: value if key.endswith("_ms") else (value - start) * 1000
        for key, value in marks.items()
    }


def main(runs: int = 7) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = tmp
        big = _large_article(Path(tmp))
        args = [str(EXAMPLE_ARTICLE), str(big)]
        _run(_APP, args, env)  # warm-up: bytecode written, disk cache filled
        _run(_FLOOR, args, env)
        for _ in range(runs):
            for label, code in (("app", _APP), ("floor", _FLOOR)):
                for key, value in _run(code, args, env).items():
                    samples.setdefault(f"{label} {key}", []).append(value)
    print(f"runs: {runs} (each: redactie, then the floor)")
    rows = [
        ("floor: start -> first paint", "floor paint"),
        ("floor: start -> usable (key typed)", "floor usable"),
        ("redactie: start -> first paint", "app paint"),
        ("redactie: start -> usable (key typed)", "app usable"),
        ("redactie: usable -> 500 KB opened + key", "app large_ms"),
        ("floor: GUI thread CPU to first paint", "floor paint_gui_cpu_ms"),
        ("redactie: GUI thread CPU to first paint", "app paint_gui_cpu_ms"),
        ("floor: process CPU to first paint", "floor paint_cpu_ms"),
        ("redactie: process CPU to first paint", "app paint_cpu_ms"),
    ]
    for title, key in rows:
        print(f"{title:42s} {summary(samples[key])}")
    ratio = sorted(samples["app usable"])[runs // 2] / sorted(samples["floor usable"])[runs // 2]
    print(f"redactie usable / floor usable (medians): {ratio:.2f}x   (target <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
