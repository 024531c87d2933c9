"""Starting the application: QApplication, the window, and nothing at import time."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from redactie import __version__

APP_ID = "nl.redactie.Redactie"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and the desktop file find it."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("redactie")
    app.setApplicationDisplayName("redactie")
    app.setOrganizationName("redactie")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run(path: Path | None = None) -> int:
    """Open the window (with `path` loaded, if given) and run until it closes."""
    app = create_application()
    from redactie.gui.main_window import MainWindow

    window = MainWindow()
    if path is not None:
        window.open_path(path)
    window.show()
    return app.exec()
