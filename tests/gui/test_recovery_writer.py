"""The recovery copy is written off the GUI thread, in order, and never outlives a save.

The real window types and pauses; the disk work runs on the pool (or on a thread the test
controls, to hold a write half-way); what is checked is the journal's bytes on disk and the
status bar the user reads.
"""

from __future__ import annotations

import ctypes
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from redactie.core import storage
from redactie.core.recovery import RecoverySession
from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow
from redactie.gui.recovery_writer import CopyLine, Job, failure_reports

WAIT = 20_000
ORIGINAL = (
    "\ufeff---\r\ntitle: Herstel\r\n---\r\n\r\nEerste alinea met tekst.\r\n\r\nTweede alinea.\r\n"
).encode()


def _open(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "herstel.md"
    path.write_bytes(ORIGINAL)
    assert window.open_path(path)
    return path


def _type_after(qtbot: QtBot, window: MainWindow, anchor: str, keys: str) -> None:
    cursor = window.editor.document().find(anchor)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionEnd())
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, keys)


def _journal(context: AppContext[MainWindow], window: MainWindow) -> tuple[Path, Path]:
    assert context.recovery is not None
    stem = context.recovery.folder / window.document.document_id
    return stem.with_suffix(".md"), stem.with_suffix(".json")


class HeldWrites:
    """Wraps the session's `write` so the test can hold one half-way (on the worker)."""

    def __init__(self, session: RecoverySession) -> None:
        self.session = session
        self.real = session.write
        self.entered = threading.Event()
        self.release = threading.Event()
        self.written: list[bytes] = []
        self.error: storage.StorageError | None = None  # raised instead, when set

    def write(self, document_id: str, original: Path | None, data: bytes) -> None:
        assert threading.current_thread() is not threading.main_thread()  # never the GUI's
        self.entered.set()
        assert self.release.wait(60)
        if self.error is not None:
            raise self.error
        self.real(document_id, original, data)
        self.written.append(data)


@pytest.fixture
def held(context: AppContext[MainWindow]) -> Iterator[HeldWrites]:
    assert context.recovery is not None
    holder = HeldWrites(context.recovery)
    context.recovery.write = holder.write  # type: ignore[method-assign]
    try:
        yield holder
    finally:
        holder.release.set()  # a failing test must not leave the pool blocked
        QThreadPool.globalInstance().waitForDone(60_000)


def test_after_typing_and_a_pause_the_copy_on_disk_has_the_exact_bytes(
    qtbot: QtBot, window: MainWindow, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    _open(window, tmp_path)
    copy, meta = _journal(context, window)
    _type_after(qtbot, window, "Eerste alinea", " nieuw")
    expected = ORIGINAL.replace(b"Eerste alinea", b"Eerste alinea nieuw")
    # BOM, CRLF line ends and the front matter exactly as read; the key in the body.
    qtbot.waitUntil(lambda: copy.exists() and copy.read_bytes() == expected, timeout=WAIT)
    qtbot.waitUntil(window.recovery_copy.line.idle, timeout=WAIT)  # and its description
    assert expected == window.document.current_bytes()
    assert json.loads(meta.read_bytes())["original"] == str(window.document.path)
    assert not list(copy.parent.glob(".*.tmp"))  # no half-written file left beside it


def test_a_save_leaves_no_copy_even_with_a_write_under_way_and_one_waiting(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext[MainWindow],
    tmp_path: Path,
    held: HeldWrites,
) -> None:
    path = _open(window, tmp_path)
    copy, meta = _journal(context, window)
    _type_after(qtbot, window, "Tweede", " x")
    window.recovery_copy.write()
    qtbot.waitUntil(held.entered.is_set, timeout=WAIT)  # the first write is under way
    _type_after(qtbot, window, "Tweede x", "y")
    window.recovery_copy.write()  # waits behind it
    assert window.save()  # the GUI thread is not held by the write under way
    assert path.read_bytes() == ORIGINAL.replace(b"Tweede", b"Tweede xy")
    held.release.set()
    qtbot.waitUntil(window.recovery_copy.line.idle, timeout=WAIT)
    assert len(held.written) == 1  # the waiting write never started
    assert not copy.exists() and not meta.exists()  # the drop ran after the write under way
    assert window.statusBar().currentMessage() == "Saved herstel.md"  # no failure said


def test_typing_again_after_the_save_keeps_the_newest_copy(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext[MainWindow],
    tmp_path: Path,
    held: HeldWrites,
) -> None:
    _open(window, tmp_path)
    copy, _meta = _journal(context, window)
    _type_after(qtbot, window, "Tweede", " x")
    window.recovery_copy.write()
    qtbot.waitUntil(held.entered.is_set, timeout=WAIT)
    assert window.save()
    _type_after(qtbot, window, "Tweede x", "z")
    window.recovery_copy.write()  # supersedes the waiting drop
    held.release.set()
    expected = ORIGINAL.replace(b"Tweede", b"Tweede xz")
    qtbot.waitUntil(window.recovery_copy.line.idle, timeout=WAIT)
    assert copy.read_bytes() == expected


def test_closing_the_window_with_a_write_under_way_leaves_no_copy(
    qtbot: QtBot, window: MainWindow, context: AppContext[MainWindow], tmp_path: Path,
    held: HeldWrites,
) -> None:  # fmt: skip
    _open(window, tmp_path)
    copy, meta = _journal(context, window)
    line = window.recovery_copy.line
    _type_after(qtbot, window, "Tweede", " x")
    window.recovery_copy.write()
    qtbot.waitUntil(held.entered.is_set, timeout=WAIT)
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    assert window.close()
    qtbot.waitUntil(lambda: window not in context.windows)
    held.release.set()
    # What the app does at quit before it removes the journal (`app.run`).
    assert QThreadPool.globalInstance().waitForDone(WAIT)
    assert line.idle()
    assert held.written  # the write under way was finished, not torn off
    assert not copy.exists() and not meta.exists()


def _drop_file_permission_override() -> None:
    """As root, this thread only: without CAP_DAC_OVERRIDE (and its kin) a read-only folder
    refuses root too, as it refuses a journalist (capabilities are per thread on Linux)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = (ctypes.c_uint32 * 6)()  # two of (effective, permitted, inheritable)
    assert libc.syscall(125, header, data) == 0  # capget
    data[0] &= ~((1 << 1) | (1 << 2) | (1 << 3))  # DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER
    assert libc.syscall(126, header, data) == 0  # capset


class UnprivilegedThreads:
    """An executor: each job on a new thread without root's file override; joined after."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def __call__(self, job: Job) -> None:
        def run() -> None:
            _drop_file_permission_override()
            job()

        thread = threading.Thread(target=run, name="recovery-unprivileged")
        self.threads.append(thread)
        thread.start()

    def join(self) -> None:
        for thread in self.threads:
            thread.join(60)


@pytest.mark.usefixtures("dutch_ui")
def test_a_read_only_journal_says_so_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    _open(window, tmp_path)
    copy, _meta = _journal(context, window)
    threads = UnprivilegedThreads()
    window.recovery_copy.line = CopyLine(threads)
    copy.parent.chmod(0o555)
    try:
        _type_after(qtbot, window, "Tweede", " x")
        window.recovery_copy.write()
        qtbot.waitUntil(
            lambda: (
                window.statusBar().currentMessage() == "De herstelkopie kon niet worden geschreven."
            ),
            timeout=WAIT,
        )
        assert not copy.exists()
        # The folder writable again: the next copy is written, and no message repeats.
        copy.parent.chmod(0o755)
        window.statusBar().clearMessage()
        window.recovery_copy.write()
        qtbot.waitUntil(lambda: copy.exists(), timeout=WAIT)
        assert copy.read_bytes() == ORIGINAL.replace(b"Tweede", b"Tweede x")
        qtbot.waitUntil(window.recovery_copy.line.idle, timeout=WAIT)
        assert window.statusBar().currentMessage() == ""
    finally:
        copy.parent.chmod(0o755)
        threads.join()


def test_the_line_runs_one_job_at_a_time_in_order_and_the_newest_waiting_one() -> None:
    started: list[Callable[[], None]] = []
    done: list[str] = []
    line = CopyLine(started.append)  # the test is the worker: it runs the drain by hand

    line.put(lambda: done.append("a"))
    line.put(lambda: done.append("b"))  # supersedes "a", which had not started
    assert len(started) == 1 and not line.idle()
    line.put(lambda: done.append("c"))
    assert len(started) == 1  # one drain per line at a time: never two at once
    started[0]()
    assert done == ["c"] and line.idle()

    def first() -> None:  # more put while one is at work: they follow it, newest only
        done.append("d")
        line.put(lambda: done.append("e"))
        line.put(lambda: done.append("drop"))

    line.put(first)
    started[1]()
    assert done == ["c", "d", "drop"] and line.idle()
    assert line.wait(0)


class ReportProbe(QObject):
    """Receives the workers' failure reports on the GUI thread, as a window's writer does."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def got(self, document_id: str) -> None:
        self.ids.append(document_id)


def test_a_failure_after_its_window_closed_is_said_nowhere_and_breaks_nothing(
    qtbot: QtBot, window: MainWindow, context: AppContext[MainWindow], tmp_path: Path,
    held: HeldWrites,
) -> None:  # fmt: skip
    other = context.new_window()
    qtbot.waitUntil(lambda: other.stages.done)
    _open(window, tmp_path)
    document_id = window.document.document_id
    held.error = storage.DiskFullError(tmp_path / "vol.md")
    _type_after(qtbot, window, "Tweede", " x")
    window.recovery_copy.write()
    qtbot.waitUntil(held.entered.is_set, timeout=WAIT)
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    assert window.close()
    qtbot.waitUntil(lambda: window not in context.windows)
    probe = ReportProbe()  # queued on the GUI thread after the other window's slot
    failure_reports().failed.connect(probe.got)
    held.release.set()
    qtbot.waitUntil(lambda: probe.ids == [document_id], timeout=WAIT)
    assert other.statusBar().currentMessage() != "Could not write the recovery copy."
    assert context.recovery is not None
    assert not list(context.recovery.folder.glob("*.md"))
