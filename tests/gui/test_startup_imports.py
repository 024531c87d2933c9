"""What a real start has done by the window's first paint: the article is on screen, and the
rarely used parts (Pexels, the keyring, git and export, spelling, readability) are not loaded
yet, nor what the window builds after its first paint (`gui/window_stages.py`: the preview and
its renderer, the site tools, Pexels, the readability score). Counts, not times: the timings
are in `benchmarks/startup.py`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.isolation import IsolatedUser
from tests.paths import EXAMPLE_ARTICLE, ROOT

# The child starts as `benchmarks/startup.py` does and stops at the first paint of the window.
_CHILD = r"""
import json, linecache, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from redactie.gui.app import create_application, create_context
from redactie.gui.idle_gc import IdleGarbageCollector

app = create_application()
IdleGarbageCollector(app)  # as `app.run` does: no collection inside a Qt call
context = create_context(app)
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["modules"] = sorted(sys.modules)
            seen["sources_read"] = sorted(name for name in linecache.cache if "redactie" in name)
            seen["title"] = window.windowTitle()
            seen["editor"] = window.editor.toPlainText()
            seen["form_title"] = window.form.editors["title"].value()
            seen["preview_place"] = window.stages.preview_place.isVisible()
            seen["stage_two"] = window.stages.done
            seen["menus"] = [a.text() for a in window.menuBar().actions()]
            print(json.dumps(seen), flush=True)
            os._exit(0)  # what is asked is the first paint; not the dictionaries' threads at exit
        return False

painted = FirstPaint()
app.installEventFilter(painted)
window = context.new_window()
window.open_path(Path(sys.argv[1]))
app.exec()
"""

NOT_YET = (
    "requests",
    "requests_cache",
    "cattrs",
    "keyring",
    "enchant",
    "pysbd",
    "simplemma",
    "pyphen",
    "importlib.metadata",
    "redactie.core.pexels.client",
    "redactie.core.export.exporter",
    "redactie.core.checks.rules",
    "redactie.gui.site.export_dialog",
    "redactie.gui.site.history_dialog",
    "redactie.core.site.hugo_preview",
    "redactie.gui.about_dialog",
    "redactie.gui.help_dialog",
    # the second stage, built after the first paint
    "markdown_it",
    "redactie.core.render.pipeline",
    "redactie.core.render.highlight",
    "redactie.gui.preview.pane",
    "redactie.gui.preview.site_mode",
    "redactie.gui.site.tools",
    "redactie.gui.site.checks_runner",
    "redactie.core.team",
    "redactie.gui.pexels.actions",
    "redactie.gui.editor.readability_view",
    "redactie.gui.compare_dialog",
    "slugify",
)


def _first_paint() -> dict[str, list[str] | str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    process = subprocess.run(
        [sys.executable, "-c", _CHILD, str(EXAMPLE_ARTICLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    seen: dict[str, list[str] | str] = json.loads(process.stdout.strip().splitlines()[-1])
    return seen


def test_first_paint_shows_the_article_without_the_rarely_used_parts(
    isolated_user: IsolatedUser,
) -> None:
    seen = _first_paint()
    assert str(seen["title"]).startswith(EXAMPLE_ARTICLE.name)
    assert "OpenAI" in seen["editor"]
    assert str(seen["form_title"]).startswith("OpenAI haalt")
    assert seen["preview_place"] is True and seen["stage_two"] is False
    assert {"&File", "S&ite", "&Article"} <= set(seen["menus"])
    loaded = set(seen["modules"])
    assert [name for name in NOT_YET if name in loaded] == []
    # PySide reads the source of every module imported after it, looking for "__feature__"
    # (PYSIDE-2029); redactie never selects a feature, so no source is read to start but the
    # one module's that turns the reading off.
    assert [name for name in seen["sources_read"] if "feature_scan" not in name] == []
