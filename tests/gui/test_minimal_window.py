"""The minimal window opens an article from the command line and saves it byte-exact."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_opens_shows_and_saves_unchanged_bytes(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / EXAMPLE_ARTICLE.name
    shutil.copy(EXAMPLE_ARTICLE, path)
    assert window.open_path(path)
    assert window.windowTitle() == f"{path.name} — redactie"
    assert "Het Nederlandse AI-talent" in window.editor.toPlainText()
    assert 'caption: "Foto: Sanket  Mishra via Pexels"' in window.front_matter.toPlainText()
    assert window.save()
    assert path.read_bytes() == EXAMPLE_ARTICLE.read_bytes()


def test_typing_marks_unsaved_and_saves_only_the_body(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: x\r\n---\r\nEen\r\n")
    window.open_path(path)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "Twee")
    assert window.windowTitle().startswith("*crlf.md")
    window.save()
    assert path.read_bytes() == b"---\r\ntitle: x\r\n---\r\nEen\r\nTwee"
    assert window.windowTitle() == "crlf.md — redactie"


def test_binary_file_gives_a_message_and_keeps_the_window(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "foto.md"
    path.write_bytes(b"\x89PNG\x00\x00")
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    assert not window.open_path(path)
    assert "foto.md" in seen[0]
    assert "binary" in seen[0]
    assert window.path is None


def test_command_line_opens_the_file_in_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "redactie", str(EXAMPLE_ARTICLE)], env=env, stderr=subprocess.PIPE
    )
    try:
        time.sleep(3)
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
