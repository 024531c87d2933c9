"""`redactie FILE` starts a real process that opens the window, keeps running and logs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.paths import EXAMPLE_ARTICLE


def test_command_line_opens_the_file_in_a_real_process(isolated_user_folders: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "redactie", str(EXAMPLE_ARTICLE)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(4)
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        log_file = isolated_user_folders / "xdg_state_home" / "redactie" / "log" / "redactie.log"
        opened = f"opened {EXAMPLE_ARTICLE.resolve()} ("
        for _ in range(600):  # a loaded machine starts slowly: wait for the line, not a time
            if opened in log_file.read_text(encoding="utf-8") or process.poll() is not None:
                break
            time.sleep(0.1)
        logged = log_file.read_text(encoding="utf-8")
        assert "INFO redactie.gui.app [MainThread] redactie " in logged
        assert opened in logged
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
