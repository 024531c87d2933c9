"""`redactie --self-test`: proof that an installed app or a bundle really works.

CI runs it on the built bundle, offscreen, so a bundle that lacks a Qt plugin, the web engine,
a resource or a Python module fails the build instead of a journalist's first start. It opens
the bundled example article in the real window, waits for the preview page to show it, saves a
copy into a temporary folder and compares the bytes. Nothing of the user's is read or written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from redactie.core.settings import Settings
from redactie.resources import example_article

EXAMPLE_SHA256 = "2f17d9960dab4a593415fb8a1f0d36b899f75ffa9e3ddd4326977ad277c71748"
TIMEOUT_SECONDS = 60.0


class SelfTestError(Exception):
    """One step failed; the message says which and why."""


def run_self_test() -> int:
    """Exit code 0 when every step holds; otherwise 1 with the failed step on stderr."""
    from redactie.gui.app import create_application

    app = create_application()
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="redactie-self-test-") as folder:
            _check(Path(folder), report=lambda line: print(f"self-test: {line}", flush=True))
    except SelfTestError as exc:
        print(f"self-test FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        app.processEvents()
    print(f"self-test passed in {time.monotonic() - started:.1f} s", flush=True)
    return 0


def _check(folder: Path, report: Callable[[str], None]) -> None:
    from redactie.gui.context import AppContext
    from redactie.gui.main_window import MainWindow

    example = example_article()
    try:
        original = example.read_bytes()
    except OSError as exc:
        raise SelfTestError(f"the example article cannot be read: {exc}") from exc
    if hashlib.sha256(original).hexdigest() != EXAMPLE_SHA256:
        raise SelfTestError(f"the example article was altered: {example}")
    report(f"example article intact ({len(original)} bytes)")
    from redactie.gui.i18n import compiled_translation

    if compiled_translation("nl") is None:
        raise SelfTestError("the Dutch translation is missing")
    report("Dutch translation found")

    context: AppContext[MainWindow] = AppContext(
        Settings(), None, settings_path=folder / "settings.toml"
    )
    window = MainWindow(context)
    window.resize(1200, 800)
    window.show()
    try:
        if not window.open_path(example):
            raise SelfTestError(f"the window could not open {example}")
        problems = window.document.article.problems
        if problems:
            raise SelfTestError(f"the example article has problems: {problems}")
        title = str(window.document.article.get("title", ""))
        report(f"opened in the window: {title!r}")

        if not _wait(window.preview.is_current):
            raise SelfTestError("the preview did not finish loading the page")
        shown = _javascript(window, "document.querySelector('h1.post-title').textContent")
        if shown != title:
            raise SelfTestError(f"the preview shows {shown!r} instead of the title")
        words = _javascript(window, "document.getElementById('redactie-content').textContent")
        if not isinstance(words, str) or len(words.split()) < 100:
            raise SelfTestError("the preview shows no article body")
        report(f"preview rendered ({len(words.split())} words in the body)")

        copy = folder / example.name
        if not window.save_to(copy):
            raise SelfTestError(f"saving a copy to {copy} failed")
        if copy.read_bytes() != original:
            raise SelfTestError("the saved copy differs from the example article")
        report("saved a copy: byte-identical")
        _check_language_tables(window.document.article.body, report)
        _check_sqlite(folder / "history.sqlite", report)
    finally:
        window.close()


def _check_language_tables(body: str, report: Callable[[str], None]) -> None:
    """The data files the Dutch checks load on first use (trimmed in the bundle) are there."""
    from redactie.core.article.readability import readability
    from redactie.core.checks.alt_text import language_of

    try:
        score = readability(body).score
        found = (
            language_of("Een man fietst in de regen langs de gracht"),
            language_of("A man rides a bicycle along the canal in the rain"),
        )
    except (OSError, KeyError, ValueError, ImportError) as exc:
        raise SelfTestError(f"the Dutch language tables are missing: {exc}") from exc
    if found != ("nl", "en"):
        raise SelfTestError(f"language detection answered {found}, not ('nl', 'en')")
    report(f"readability {score:.0f} (Flesch–Douma), alt-text languages told apart")


def _check_sqlite(path: Path, report: Callable[[str], None]) -> None:
    """SQLite, which the Linux bundle takes from the system, keeps a database file as the
    history index does (write-ahead log, an index, a transaction)."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
            mode = db.execute("pragma journal_mode=wal").fetchone()[0]
            db.execute("create table changes (seq integer not null, path text not null)")
            db.execute("create index changes_by_path on changes (path, seq)")
            db.execute("begin immediate")
            db.executemany("insert into changes values (?, ?)", [(1, "a.md"), (2, "a.md")])
            db.execute("commit")
            found = db.execute("select max(seq) from changes where path = 'a.md'").fetchone()
            version = sqlite3.sqlite_version
    except (sqlite3.Error, OSError) as exc:
        raise SelfTestError(f"SQLite does not work: {exc}") from exc
    if mode != "wal" or found != (2,):
        raise SelfTestError(f"SQLite answered {mode!r} and {found!r}")
    report(f"SQLite {version} keeps an indexed database file")


def _wait(done: Callable[[], bool], seconds: float = TIMEOUT_SECONDS) -> bool:
    """Run the event loop until `done()` holds or the time is up."""
    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    while not done():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def _javascript(window: Any, expression: str) -> Any:
    """The value of `expression` in the preview page (JSON on the way, as PySide needs)."""
    results: list[Any] = []
    script = f"JSON.stringify(({expression}))"
    window.preview.page.runJavaScript(script, 0, results.append)
    if not _wait(lambda: bool(results), 15.0):
        raise SelfTestError("the preview page does not answer")
    value = results[0]
    return json.loads(value) if isinstance(value, str) else None
