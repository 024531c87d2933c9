"""Starting the application: settings, language, recovery, windows; nothing at import time."""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

# isort: split
import redactie.gui.feature_scan  # noqa: F401 - first after PySide: its source scan off

# isort: split
from redactie import __version__
from redactie.core import logfile, recovery
from redactie.core import settings as settings_store
from redactie.core.article import ArticleError
from redactie.gui.context import AppContext
from redactie.gui.diagnostics import CrashReporter, save_recovery_copies
from redactie.gui.gil import favour_gui_thread
from redactie.gui.i18n import choose_language, install_translators
from redactie.gui.idle_gc import IdleGarbageCollector
from redactie.gui.single_instance import InstanceServer, hand_over
from redactie.gui.theme import apply_theme
from redactie.resources import example_article, resources_dir

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow

APP_ID = "nl.redactie.Redactie"
log = logging.getLogger(__name__)
QUIT_WAIT_MS = 10_000  # at most this long for the thread pool's last work at quit


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and the desktop file find it."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (containers, CI); the preview then runs
        # without it rather than not at all. Pages are local and sanitized either way.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    favour_gui_thread()  # the pool's Python work must not hold the GUI thread up
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("redactie")
    app.setApplicationDisplayName("redactie")
    app.setOrganizationName("redactie")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / f"{APP_ID}.svg")))
    return app


def recovery_root() -> Path:
    return settings_store.data_dir() / "recovery"


def create_context(app: QApplication) -> AppContext[MainWindow]:
    """Settings, the UI language and this session's recovery journal."""
    settings = settings_store.load()
    install_translators(app, choose_language(settings.language))
    try:
        session: recovery.RecoverySession | None = recovery.RecoverySession(recovery_root())
    except OSError:
        log.warning("no recovery journal: cannot write to %s", recovery_root())
        session = None
    apply_theme(app, settings.theme)
    context: AppContext[MainWindow] = AppContext(settings, session)
    context.window_factory = lambda: _main_window(context)
    return context


def _main_window(context: AppContext[MainWindow]) -> MainWindow:
    from redactie.gui.main_window import MainWindow  # imported late: start-up time

    return MainWindow(context)


def offer_recovery(context: AppContext[MainWindow]) -> bool:
    """Open the copies a crashed session left behind, if the user wants them back."""
    from redactie.gui.recovery_dialog import RecoveryDialog

    set_aside: list[Path] = []
    entries = recovery.orphaned_entries(recovery_root(), set_aside)
    if set_aside:  # said once: the files are out of the journal's way from now on
        report_set_aside(set_aside)
    if not entries:
        return False
    restore = RecoveryDialog.ask(entries)
    for entry in entries:
        if restore:
            window = context.new_window()
            window.document.load_bytes(entry.data, entry.original, disk_hash=None)
            window.document.body_document.setModified(True)
            window.recovery_copy.write()
            window.recovery_copy.wait()  # in this session's journal before the old copy goes
        recovery.discard_entry(entry)
    return restore


def report_set_aside(paths: list[Path]) -> None:
    """Recovery files that could not be read were moved aside; say where, once."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "Recovery"),
        QCoreApplication.translate(
            "app",
            "Some unsaved work from an earlier session could not be read. Nothing was deleted: "
            "the files were put aside in {0}.",
        ).format(paths[0].parent),
    )
    box.setObjectName("recovery_set_aside")
    box.exec()


def show_example(window: MainWindow) -> None:
    """First start: the example article as an untitled copy, so a newcomer sees at once what
    the app does, and saving asks where (the bundled file itself is never written)."""
    with contextlib.suppress(OSError, ArticleError):
        window.document.load_bytes(example_article().read_bytes(), None, disk_hash=None)
        window.example_banner.show_for_example()


def open_first_window(context: AppContext[MainWindow], path: Path | None) -> None:
    """The windows at start: crashed work offered back; then `path`, or on the very first
    start (no recent files) the example article."""
    restored = offer_recovery(context)
    if path is not None or not restored:
        window = context.new_window()
        if path is not None:
            window.open_or_create(path)
        elif not context.settings.recent_files:
            show_example(window)


def open_requested(context: AppContext[MainWindow], paths: list[Path]) -> None:
    """Another `redactie FILE` handed its files over: open each (a file already open comes
    forward), a path that does not exist yet as a new article saving there."""
    if not paths:
        if context.windows:
            context.windows[-1].raise_()
            context.windows[-1].activateWindow()
        return
    for path in paths:
        existing = context.window_for(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            continue
        window = context.new_window()
        window.open_or_create(path)


def _report_started(probe: Path, app: QApplication) -> None:
    probe.write_text(f"{time.time():.6f}\n", encoding="utf-8")
    app.quit()


def run(path: Path | None = None) -> int:
    """Open a window (with `path` loaded, if given) and run until the last one closes.

    First the log file and the exception hooks, so that whatever fails after them is written
    down and answered with "your text is safe" rather than lost on a terminal.
    """
    log_file = logfile.configure()
    log.info(
        "redactie %s starting: Python %s, Qt %s, %s",
        __version__,
        platform.python_version(),
        qVersion(),
        platform.platform(),
    )
    app = create_application()
    if hand_over([path] if path is not None else []):  # one redactie per user
        log.info("handed %s to the running redactie", path or "a request to come forward")
        return 0
    reporter = CrashReporter(log_file, parent=app)
    reporter.install()
    IdleGarbageCollector(app)
    context = create_context(app)
    reporter.keep_work_safe = lambda: save_recovery_copies(context)
    instances = InstanceServer(parent=app)
    instances.requested.connect(lambda paths: open_requested(context, paths))
    instances.listen()
    open_first_window(context, path)
    probe = os.environ.get("REDACTIE_STARTUP_PROBE")
    if probe:  # benchmarks/bundle.py: the time the window is usable, then quit
        QTimer.singleShot(0, lambda: _report_started(Path(probe), app))
    code = app.exec()
    # Work in the pool (checks, counts, readability) touches Qt and Python objects; a thread
    # still running while the interpreter shuts down crashed the process at quit.
    QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
    if context.recovery is not None:
        context.recovery.close()
    log.info("redactie stopped (exit code %d)", code)
    return code
