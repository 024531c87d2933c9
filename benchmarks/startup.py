"""Start-up figures, medians of several cold runs of a real process (offscreen):

- process start to the main window shown with the example article loaded (target < 1.5 s);
- window shown to a 500 KB article loaded and editable.

Run: .venv/bin/python benchmarks/startup.py [runs]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.paths import EXAMPLE_ARTICLE

_CHILD = r"""
import json, sys, time
from pathlib import Path
t_import = time.perf_counter()
from PySide6.QtCore import QTimer
from redactie.gui.app import create_application, create_context
app = create_application()
context = create_context(app)
window = context.new_window()
window.open_path(Path(sys.argv[1]))
marks = {}

def shown():
    marks["shown"] = time.time()
    start = time.perf_counter()
    window.open_path(Path(sys.argv[2]))
    app.processEvents()
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.insertText("x")
    app.processEvents()
    marks["large_ms"] = (time.perf_counter() - start) * 1000
    window.document.body_document.setModified(False)
    print(json.dumps(marks), flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""


def _large_article(folder: Path) -> Path:
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    paragraphs = body.strip() + "\n\n"
    big = head + "\n---\n" + paragraphs * (500 * 1024 // len(paragraphs.encode()) + 1)
    path = folder / "groot.md"
    path.write_text(big, encoding="utf-8")
    return path


def main(runs: int = 7) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shown, large = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = env["XDG_CACHE_HOME"] = tmp
        big = _large_article(Path(tmp))
        for _ in range(runs):
            start = time.time()
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, str(EXAMPLE_ARTICLE), str(big)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            marks = json.loads(out.strip().splitlines()[-1])
            shown.append((marks["shown"] - start) * 1000)
            large.append(marks["large_ms"])
    print(f"runs: {runs}")
    print(
        f"process start -> window shown with example: median {statistics.median(shown):7.0f} ms"
        f"   (min {min(shown):.0f}, max {max(shown):.0f}; target < 1500 ms)"
    )
    print(
        f"window shown -> 500 KB article editable    : median {statistics.median(large):7.0f} ms"
        f"   (min {min(large):.0f}, max {max(large):.0f})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
