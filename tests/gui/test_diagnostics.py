"""A failure inside redactie: its trace in the log file, the work in the recovery folder, and a
message that says so - also when the failure happened in another thread."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from redactie.core import logfile
from redactie.gui import i18n
from redactie.gui.context import AppContext
from redactie.gui.diagnostics import CrashReporter, save_recovery_copies
from redactie.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_no_exception_capture  # the failures are the point: ours catch them

UNSAVED = "Nog niet bewaard: de primeur. "


@pytest.fixture
def reporter(context: AppContext, tmp_path: Path) -> Iterator[CrashReporter]:
    log_file = logfile.configure(tmp_path / "log")
    crash = CrashReporter(log_file, lambda: save_recovery_copies(context))
    crash.install()
    yield crash
    crash.uninstall()
    logfile.unconfigure()
    box = _crash_box()
    if box is not None:
        box.close()


def _crash_box() -> QMessageBox | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "crash_report" and w.isVisible()
        ),
        None,
    )


def _fail_in_a_slot(window: MainWindow) -> None:
    def broken_slot() -> None:
        raise RuntimeError("een fout in een slot")

    action = QAction(window)
    action.triggered.connect(broken_slot)
    action.trigger()


def test_a_failing_slot_is_logged_and_the_message_names_the_recovery_copy(
    window: MainWindow, qtbot: QtBot, reporter: CrashReporter, context: AppContext
) -> None:
    window.editor.textCursor().insertText(UNSAVED)
    _fail_in_a_slot(window)
    qtbot.waitUntil(lambda: _crash_box() is not None, timeout=5000)
    box = _crash_box()
    assert box is not None
    assert context.recovery is not None
    folder = context.recovery.folder
    assert str(folder) in box.text() and "your text is safe" in box.text()
    assert str(reporter.log_file) in box.text()
    copy = folder / f"{window.document.document_id}.md"
    assert copy.read_bytes() == window.document.current_bytes()
    assert UNSAVED.encode() in copy.read_bytes()
    assert reporter.log_file is not None
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert "CRITICAL redactie.gui.diagnostics [MainThread] uncaught RuntimeError" in logged
    assert "in broken_slot\n" in logged
    assert "builtins.RuntimeError: een fout in een slot" in logged
    assert "primeur" not in logged  # the article's text never goes to the log
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _crash_box() is None)


def test_when_no_copy_can_be_written_the_message_says_save_now(
    window: MainWindow, qtbot: QtBot, reporter: CrashReporter, context: AppContext
) -> None:
    window.editor.textCursor().insertText(UNSAVED)
    assert context.recovery is not None
    folder = context.recovery.folder
    shutil.rmtree(folder)
    folder.write_bytes(b"")  # a file where the folder was: no copy can be written there
    _fail_in_a_slot(window)
    qtbot.waitUntil(lambda: _crash_box() is not None, timeout=5000)
    box = _crash_box()
    assert box is not None
    assert "it is still in the editor. Save it now" in box.text()
    assert str(folder) not in box.text()
    assert reporter.log_file is not None
    assert "no recovery copy of an untitled article" in reporter.log_file.read_text("utf-8")
    folder.unlink()
    folder.mkdir()  # the journal back, for closing the window


def test_a_failure_in_a_worker_thread_is_shown_by_the_gui_thread(
    window: MainWindow, qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise OSError("de schijf is weg")

    worker = threading.Thread(target=work, name="export-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: _crash_box() is not None, timeout=5000)
    box = _crash_box()
    assert box is not None
    assert box.thread() is QCoreApplication.instance().thread()  # type: ignore[union-attr]
    assert reporter.log_file is not None
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert "[export-worker] uncaught OSError" in logged
    assert "in work\n" in logged and "builtins.OSError: de schijf is weg" in logged


def test_a_repeating_failure_shows_one_message(
    window: MainWindow, qtbot: QtBot, reporter: CrashReporter
) -> None:
    for _ in range(3):
        _fail_in_a_slot(window)
    qtbot.waitUntil(lambda: _crash_box() is not None, timeout=5000)
    QCoreApplication.processEvents()  # the two later reports, queued before, are delivered
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crash_report"]
    assert len([b for b in boxes if b.isVisible()]) == 1
    assert reporter.log_file is not None
    assert reporter.log_file.read_text(encoding="utf-8").count("uncaught RuntimeError") == 3


def test_the_message_is_dutch_in_the_dutch_ui(
    window: MainWindow, qtbot: QtBot, reporter: CrashReporter
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "nl")
    try:
        _fail_in_a_slot(window)
        qtbot.waitUntil(lambda: _crash_box() is not None, timeout=5000)
        box = _crash_box()
        assert box is not None
        assert "je tekst is veilig" in box.text()
        assert box.windowTitle() == "redactie liep tegen een probleem aan"
    finally:
        i18n.remove_translators(app, installed)
