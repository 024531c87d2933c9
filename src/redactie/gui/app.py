"""Starting the application: settings, language, recovery, windows; nothing at import time."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from redactie import __version__
from redactie.core import recovery
from redactie.core import settings as settings_store
from redactie.gui.context import AppContext
from redactie.gui.i18n import choose_language, install_translators

APP_ID = "nl.redactie.Redactie"
log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and the desktop file find it."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (containers, CI); the preview then runs
        # without it rather than not at all. Pages are local and sanitized either way.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("redactie")
    app.setApplicationDisplayName("redactie")
    app.setOrganizationName("redactie")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def recovery_root() -> Path:
    return settings_store.data_dir() / "recovery"


def create_context(app: QApplication) -> AppContext:
    """Settings, the UI language and this session's recovery journal."""
    settings = settings_store.load()
    language = choose_language(settings.language)
    install_translators(app, language)
    try:
        session: recovery.RecoverySession | None = recovery.RecoverySession(recovery_root())
    except OSError:
        log.warning("no recovery journal: cannot write to %s", recovery_root())
        session = None
    return AppContext(settings, session, language=language)


def offer_recovery(context: AppContext) -> bool:
    """Open the copies a crashed session left behind, if the user wants them back."""
    from redactie.gui.recovery_dialog import RecoveryDialog

    entries = recovery.orphaned_entries(recovery_root())
    if not entries:
        return False
    restore = RecoveryDialog.ask(entries)
    for entry in entries:
        if restore:
            window = context.new_window()
            window.document.load_bytes(entry.data, entry.original, disk_hash=None)
            window.document.body_document.setModified(True)
            window.write_recovery_copy()
        recovery.discard_entry(entry)
    return restore


def run(path: Path | None = None) -> int:
    """Open a window (with `path` loaded, if given) and run until the last one closes."""
    app = create_application()
    context = create_context(app)
    restored = offer_recovery(context)
    if path is not None or not restored:
        window = context.new_window()
        if path is not None:
            window.open_path(path)
    code = app.exec()
    if context.recovery is not None:
        context.recovery.close()
    return code
