"""`redactie FILE` starts a real process that opens the window and keeps running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.paths import EXAMPLE_ARTICLE


def test_command_line_opens_the_file_in_a_real_process() -> None:
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
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
