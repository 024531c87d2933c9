"""Memory of the process tree (issue 18, item 6), beside the floor, in one run:

- redactie with an article open at 5 KB, 50 KB, 500 KB and 5 MB (bodies of real corpus articles
  one after another under the example's front matter), once the preview shows it all;
- the floor: a bare QWebEngineView showing the same body HTML (redactie's renderer, from a
  file: setHtml stops at 2 MB);
- growth over 5,000 keys typed into the 500 KB article, measured every 1,000 keys once the
  preview has caught up (goal <= 2 MiB per 1,000 keys). The keys are a corpus article's prose
  typed in one paragraph, so new words come as they do in writing (spelling and readability
  see them).

The render worker ends when idle (`gui/preview/worker.py`, 30 s in the app); here after 1 s
(REDACTIE_RENDER_IDLE_MS, set it to 30000 to see the tree while the worker still runs), so the
figures are the tree once typing has paused.

RSS and PSS (kB from /proc/<pid>/smaps_rollup) are summed over the process and every
descendant (the render worker, QtWebEngineProcess and its zygotes), and shown per part. PSS
counts shared pages once across the tree; RSS counts them in every process.

Run: .venv/bin/python benchmarks/memory.py [keys] [--typing]
(--typing: only the growth run; REDACTIE_TRACEMALLOC=1 adds the Python allocations that grew
between 1,000 and 3,000 keys, by traceback, on stderr)
"""

from __future__ import annotations

import json
import os
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
marks = [[0, tree_memory()]]
editor = window.editor
cursor = editor.textCursor()
cursor.setPosition(editor.document().characterCount() // 2)
block = cursor.block()
cursor.setPosition(block.position() + max(0, block.length() // 2))
editor.setTextCursor(cursor)
prose = Path(sys.argv[3]).read_text(encoding="utf-8") if len(sys.argv) > 3 else "a"
trace = os.environ.get("REDACTIE_TRACEMALLOC") == "1"
snapshots = {}
if trace:
    import tracemalloc
    tracemalloc.start(12)
BATCH = 25  # keys typed between two event-loop turns: a fast typist's 4 s, no pause
typed = 0
while typed < keys:
    for _ in range(BATCH):
        typed += 1
        editor.textCursor().insertText(prose[typed % len(prose)])
    app.processEvents()
    if typed % 1000 == 0:
        wait(window.preview.is_current)
        settle()
        marks.append([typed, tree_memory()])
        if trace and typed in (1000, 3000):
            snapshots[typed] = tracemalloc.take_snapshot()
if trace and len(snapshots) == 2:
    stats = snapshots[3000].compare_to(snapshots[1000], "traceback")
    for stat in stats[:15]:
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
print(json.dumps([[0, tree_memory()]]), flush=True)
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


def _run(code: str, args: list[str], env: dict[str, str]) -> list[tuple[int, dict[str, dict]]]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    if env.get("REDACTIE_TRACEMALLOC") == "1":
        print(done.stderr, file=sys.stderr)
    return [(typed, parts) for typed, parts in json.loads(done.stdout.strip().splitlines()[-1])]


def _total(parts: dict[str, dict[str, int]], key: str) -> float:
    return sum(p[key] for p in parts.values()) / 1024


def _describe(parts: dict[str, dict[str, int]]) -> str:
    return ", ".join(f"{name} {p['Pss'] / 1024:.0f}" for name, p in sorted(parts.items()))


def _growth(article: Path, folder: Path, keys: int, env: dict[str, str]) -> None:
    """Type `keys` keys of corpus prose into `article`; PSS of the app and of the web engine
    per 1,000 keys (the undo stack grows a little per key by design; the rest should not)."""
    print(f"\ngrowth, {keys} keys into the 500 KB article (goal <= 2 MiB per 1,000 keys):")
    prose = folder / "prose.txt"
    words = corpus_article(20_000, folder).read_text(encoding="utf-8").partition("\n---\n")[2]
    prose.write_text(" ".join(words.split()), encoding="utf-8")
    marks = _run(_APP, [str(article), str(keys), str(prose)], env)
    first = marks[0][1]
    for typed, parts in marks:
        pss = _total(parts, "Pss")
        rss = _total(parts, "Rss")
        line = f"  {typed:5d} keys: RSS {rss:7.0f}  PSS {pss:7.0f}  [{_describe(parts)}]"
        if typed:
            per = {
                name: (parts.get(name, {}).get("Pss", 0) - first.get(name, {}).get("Pss", 0))
                / 1024
                / typed
                * 1000
                for name in ("app", "web engine")
            }
            line += (
                f"   {(pss - _total(first, 'Pss')) / typed * 1000:+.2f} MiB per 1,000 keys"
                f" (app {per['app']:+.2f}, web engine {per['web engine']:+.2f})"
            )
        print(line)
    # PSS shares a library's pages among every process mapping it, other programs' included,
    # so on a busy machine it moves with them; RSS does not. The first 1,000 keys fill caches
    # meant to fill (spelling verdicts, compiled patterns): the slope after them is the leak.
    if len(marks) > 2:
        (start, early), (end, late) = marks[1], marks[-1]
        for key in ("Rss", "Pss"):
            slope = (_total(late, key) - _total(early, key)) / (end - start) * 1000
            app = (late["app"][key] - early["app"][key]) / 1024 / (end - start) * 1000
            print(
                f"  {key.upper()} from {start} to {end} keys: {slope:+.2f} MiB per 1,000 keys"
                f" (app {app:+.2f})"
            )


def main(keys: int = 5000, typing_only: bool = False) -> None:
    from redactie.core.render import render_html

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("REDACTIE_RENDER_IDLE_MS", "1000")
    print(f"render worker idle timeout: {env['REDACTIE_RENDER_IDLE_MS']} ms")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = tmp
        if typing_only:
            _growth(corpus_article(SIZES["500 KB"], folder), folder, keys, env)
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
        _growth(articles["500 KB"], folder, keys, env)


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    main(int(numbers[0]) if numbers else 5000, typing_only="--typing" in sys.argv)
