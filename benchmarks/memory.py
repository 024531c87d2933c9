"""Memory of the process tree (issue 18, item 6), beside the floor, in one run:

- redactie with an article open at 5 KB, 50 KB, 500 KB and 5 MB (bodies of real corpus articles
  one after another under the example's front matter), once the preview shows it all;
- the floor: a bare QWebEngineView showing the same body HTML (redactie's renderer, from a
  file: setHtml stops at 2 MB);
- growth over 5,000 keys typed into the 500 KB article, measured every 1,000 keys once the
  preview has caught up (goal <= 2 MiB per 1,000 keys). The keys are real key events sent to
  the editor (QTest: its keyPressEvent, the undo stack, the highlighter as in use): a corpus
  article's prose, so new words come as they do in writing (spelling and readability see
  them), a Backspace every 23rd key and a new paragraph (two Enters) every 301.

The render worker ends when idle (`gui/preview/worker.py`, 30 s in the app); here after 1 s
(REDACTIE_RENDER_IDLE_MS, set it to 30000 to see the tree while the worker still runs), so the
figures are the tree once typing has paused.

RSS and PSS (kB from /proc/<pid>/smaps_rollup) are summed over the process and every
descendant (the render worker, QtWebEngineProcess and its zygotes), and shown per part. PSS
counts shared pages once across the tree; RSS counts them in every process.

Run: .venv/bin/python benchmarks/memory.py [keys] [--typing] [--runs=N]
(--typing: only the growth run; --runs=N: N growth runs, median and p95 of their slopes.
Diagnostics: REDACTIE_TRACEMALLOC=1 adds the Python heap per mark and the allocations that grew
from 1,000 keys to the last, by traceback, on stderr; REDACTIE_MALLOC_TRIM=1 returns free heap
pages before every mark, so the app's RSS is what it retains; REDACTIE_PAGE_GC=1 collects the
page's JavaScript garbage before every mark. "malloc in use" is glibc's count of the app's
allocated bytes, Python's and Qt's: it does not move with free pages kept or other programs.)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.paths import CORPUS, EXAMPLE_ARTICLE

SIZES = {"5 KB": 5_000, "50 KB": 50_000, "500 KB": 500_000, "5 MB": 5_000_000}
MIB = 1024 * 1024

_MEASURE = r"""
import gc, json, os, sys, time
from pathlib import Path

def _children(pid):
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as file:  # no Path: it interns
                text = file.read()
        except OSError:
            continue
        for child in text.split():
            found.append(int(child))
            found.extend(_children(int(child)))
    return found

def _part(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            cmd = file.read().replace(b"\0", b" ").decode()
    except OSError:
        return "gone"
    if pid == os.getpid():
        return "app"
    if "QtWebEngineProcess" in cmd:
        return "web engine"
    return "render worker" if "multiprocessing" in cmd else "other"

def tree_memory():
    parts = {}
    for pid in [os.getpid(), *_children(os.getpid())]:
        values = {}
        try:
            with open(f"/proc/{pid}/smaps_rollup") as file:
                rollup = file.read()
            for line in rollup.splitlines():
                name, _, rest = line.partition(":")
                if name in ("Rss", "Pss"):
                    values[name] = int(rest.split()[0])
        except OSError:
            continue
        part = parts.setdefault(_part(pid), {"Rss": 0, "Pss": 0})
        for name, kb in values.items():
            part[name] += kb
    return parts

def heap_in_use():
    # bytes malloc has handed out and not had back (glibc's mallinfo2): retained, not free
    import ctypes

    class Info(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = Info
    info = libc.mallinfo2()
    return info.uordblks + info.hblkhd

def malloc_trim():
    # diagnostic only: free pages back to the system, so RSS shows what is retained
    import ctypes
    ctypes.CDLL("libc.so.6").malloc_trim(0)

def pause(ms):
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def wait(condition, timeout=300.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        pause(20)

def settle():
    pause(1500)
    gc.collect()
    pause(500)
"""

_APP = (
    _MEASURE
    + r"""
from redactie.gui.app import create_application, create_context
app = create_application()
context = create_context(app)
window = context.new_window()
window.resize(1280, 900)
window.open_path(Path(sys.argv[1]))
keys = int(sys.argv[2])
wait(window.preview.is_current)
settle()
marks = []
editor = window.editor
cursor = editor.textCursor()
cursor.setPosition(editor.document().characterCount() // 2)
block = cursor.block()
cursor.setPosition(block.position() + max(0, block.length() // 2))
editor.setTextCursor(cursor)
prose = Path(sys.argv[3]).read_text(encoding="utf-8") if len(sys.argv) > 3 else "a"
trace = os.environ.get("REDACTIE_TRACEMALLOC") == "1"
trim = os.environ.get("REDACTIE_MALLOC_TRIM") == "1"
page_gc = "--expose-gc" in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
snapshots = {}
if trace:
    import tracemalloc
    tracemalloc.start(12)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

def key(typed):
    # a writer's keys: prose, a Backspace now and then, a new paragraph every ~300 keys
    if typed % 23 == 0:
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    elif typed % 301 == 0 or typed % 301 == 1:
        QTest.keyClick(editor, Qt.Key.Key_Return)
    elif (char := prose[typed % len(prose)]).isascii():
        QTest.keyClicks(editor, char)
    else:  # QTest asserts on a key it has no code for: the event as a keyboard sends it
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

def measure(typed):
    wait(window.preview.is_current)
    settle()
    if page_gc:  # diagnostic: the page's garbage collected, so what stays is retained
        done = []
        window.preview.page.runJavaScript("gc(); 1", 0, done.append)
        wait(lambda: bool(done))
        pause(500)
    extra = {"heap": heap_in_use()}
    if trace:
        extra["python"] = tracemalloc.get_traced_memory()[0]
    if trim:
        malloc_trim()
    marks.append([typed, tree_memory(), extra])

marks.clear()
measure(0)
BATCH = 25  # keys typed between two event-loop turns: a fast typist's 4 s, no pause
typed = 0
while typed < keys:
    for _ in range(BATCH):
        typed += 1
        key(typed)
    app.processEvents()
    if typed % 1000 == 0:
        measure(typed)
        if trace and typed in (1000, keys):
            snapshots[typed] = tracemalloc.take_snapshot()
if trace and len(snapshots) == 2:
    stats = snapshots[keys].compare_to(snapshots[1000], "traceback")
    for stat in stats[:25]:
        print(f"{stat.size_diff / 1024:+.0f} KiB in {stat.count_diff:+d} blocks", file=sys.stderr)
        for line in stat.traceback.format()[-12:]:
            print("   ", line, file=sys.stderr)
window.document.body_document.setModified(False)
print(json.dumps(marks), flush=True)
window.close()
"""
)

_FLOOR = (
    _MEASURE
    + r"""
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
if os.geteuid() == 0:  # as redactie's create_application does
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
app = QApplication(sys.argv[:1])
view = QWebEngineView()
view.resize(640, 900)
done = []
view.loadFinished.connect(done.append)
view.load(QUrl.fromLocalFile(sys.argv[1]))
view.show()
wait(lambda: bool(done))
settle()
print(json.dumps([[0, tree_memory(), {}]]), flush=True)
"""
)


def corpus_article(size: int, folder: Path) -> Path:
    """The example's front matter over bodies of corpus articles until `size` bytes."""
    head = EXAMPLE_ARTICLE.read_text(encoding="utf-8").partition("\n---\n")[0] + "\n---\n"
    bodies: list[str] = []
    total = len(head)
    files = sorted(CORPUS.glob("**/*.md"))
    if not files:
        raise SystemExit(f"no corpus at {CORPUS}")
    while total < size:
        for file in files:
            text = file.read_text(encoding="utf-8", errors="replace")
            if text.startswith(("---", "+++")):
                fence = text[:3]
                text = text.partition(f"\n{fence}\n")[2] if f"\n{fence}\n" in text else text
            body = text.strip() + "\n\n"
            bodies.append(body)
            total += len(body.encode())
            if total >= size:
                break
    text = head + "".join(bodies)
    path = folder / f"artikel-{size}.md"
    path.write_text(text[:size] if len(text.encode()) > size * 1.2 else text, encoding="utf-8")
    return path


Mark = tuple[int, dict[str, dict[str, int]], dict[str, int]]


def _run(code: str, args: list[str], env: dict[str, str]) -> list[Mark]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if env.get("REDACTIE_TRACEMALLOC") == "1" or done.returncode:
        print(done.stderr, file=sys.stderr)
    done.check_returncode()
    lines = done.stdout.strip().splitlines()
    return [(typed, parts, extra) for typed, parts, extra in json.loads(lines[-1])]


def _total(parts: dict[str, dict[str, int]], key: str) -> float:
    return sum(p[key] for p in parts.values()) / 1024


def _describe(parts: dict[str, dict[str, int]]) -> str:
    return ", ".join(f"{name} {p['Pss'] / 1024:.0f}" for name, p in sorted(parts.items()))


def _per_1000(marks: list[Mark], part: str | None, key: str, start: int = 0) -> float:
    """MiB per 1,000 keys from mark `start` to the last, of one part or the whole tree."""
    (begin, early, _), (end, late, _) = marks[start], marks[-1]

    def value(parts: dict[str, dict[str, int]]) -> float:
        if part is None:
            return _total(parts, key)
        return parts.get(part, {}).get(key, 0) / 1024

    return (value(late) - value(early)) / (end - begin) * 1000


def _growth_run(article: Path, prose: Path, keys: int, env: dict[str, str]) -> list[Mark]:
    marks = _run(_APP, [str(article), str(keys), str(prose)], env)
    for typed, parts, extra in marks:
        line = (
            f"  {typed:5d} keys: RSS {_total(parts, 'Rss'):7.0f}  PSS {_total(parts, 'Pss'):7.0f}"
            f"  [{_describe(parts)}]"
        )
        if "heap" in extra:
            line += f"  malloc in use {extra['heap'] / MIB:6.1f}"
        if "python" in extra:
            line += f"  Python heap {extra['python'] / MIB:6.1f}"
        print(line, flush=True)
    return marks


def _growth(article: Path, folder: Path, keys: int, env: dict[str, str], runs: int = 1) -> None:
    """Type `keys` real keys (QTest: prose, Backspace, Enter) into `article`; MiB per 1,000
    keys over all keys and from the 1,000th on, per part, median and p95 over `runs`."""
    print(f"\ngrowth, {keys} keys into the 500 KB article (goal <= 2 MiB per 1,000 keys):")
    if env.get("REDACTIE_MALLOC_TRIM") == "1":
        print("  (malloc_trim before every mark: RSS is what the app retains)")
    if env.get("REDACTIE_PAGE_GC") == "1":
        env = dict(env, QTWEBENGINE_CHROMIUM_FLAGS="--js-flags=--expose-gc")
        print("  (the page's JavaScript garbage collected before every mark)")
    prose = folder / "prose.txt"
    words = corpus_article(20_000, folder).read_text(encoding="utf-8").partition("\n---\n")[2]
    prose.write_text(" ".join(words.split()), encoding="utf-8")
    results: dict[str, list[float]] = {}
    for run in range(runs):
        print(f" run {run + 1}:")
        marks = _growth_run(article, prose, keys, env)
        if len(marks) < 3:
            continue
        for start, when in ((0, "all keys"), (1, f"from {marks[1][0]}")):
            for part in (None, "app", "web engine", "render worker"):
                for key in ("Rss", "Pss"):
                    name = f"{key.upper()} {part or 'tree'} ({when})"
                    results.setdefault(name, []).append(_per_1000(marks, part, key, start))
            if "heap" in marks[0][2]:
                (begin, _, early), (end, _, late) = marks[start], marks[-1]
                heap = (late["heap"] - early["heap"]) / MIB / (end - begin) * 1000
                results.setdefault(f"malloc in use, app ({when})", []).append(heap)
    if results:
        print(f"\n  MiB per 1,000 keys over {runs} run(s): median / p95")
        for name, values in results.items():
            print(f"  {name:36s} {_median_p95(values)}")


def _median_p95(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):+7.2f} / {p95:+7.2f}"


def main(keys: int = 5000, typing_only: bool = False, runs: int = 1) -> None:
    from redactie.core.render import render_html

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("REDACTIE_RENDER_IDLE_MS", "1000")
    print(f"render worker idle timeout: {env['REDACTIE_RENDER_IDLE_MS']} ms")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = tmp
        if typing_only:
            _growth(corpus_article(SIZES["500 KB"], folder), folder, keys, env, runs)
            return
        print("MiB; PSS per part in brackets")
        print(f"{'article':8s} {'redactie RSS':>12s} {'PSS':>8s} {'floor RSS':>10s} {'PSS':>8s}")
        articles = {}
        for label, size in SIZES.items():
            path = corpus_article(size, folder)
            articles[label] = path
            html_file = folder / f"floor-{size}.html"
            body = render_html(path.read_text(encoding="utf-8"))
            html_file.write_text(
                f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body>"
                "</html>",
                encoding="utf-8",
            )
            app = _run(_APP, [str(path), "0"], env)[0][1]
            floor = _run(_FLOOR, [str(html_file)], env)[0][1]
            ratio = _total(app, "Pss") / _total(floor, "Pss")
            print(
                f"{label:8s} {_total(app, 'Rss'):12.0f} {_total(app, 'Pss'):8.0f}"
                f" {_total(floor, 'Rss'):10.0f} {_total(floor, 'Pss'):8.0f}"
                f"   PSS {ratio:.2f}x floor (goal <= 1.25x)"
            )
            print(f"         redactie [{_describe(app)}]  floor [{_describe(floor)}]")
        _growth(articles["500 KB"], folder, keys, env, runs)


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    runs = [int(a.partition("=")[2]) for a in sys.argv[1:] if a.startswith("--runs=")]
    main(
        int(numbers[0]) if numbers else 5000,
        typing_only="--typing" in sys.argv,
        runs=runs[0] if runs else 1,
    )
