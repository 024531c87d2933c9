"""`redactie FILE` starts a real process that opens the window, runs its event loop and logs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.isolation import IsolatedUser
from tests.paths import EXAMPLE_ARTICLE


def test_command_line_opens_the_file_in_a_real_process(
    tmp_path: Path, isolated_user: IsolatedUser
) -> None:
    """The start-up probe is written from the event loop once the window is open with the
    file; the process then quits on its own, cleanly (no fixed wait for it to come up)."""
    probe = tmp_path / "started"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REDACTIE_STARTUP_PROBE=str(probe))
    process = subprocess.run(
        [sys.executable, "-m", "redactie", str(EXAMPLE_ARTICLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    assert probe.is_file(), process.stderr
    assert "Traceback" not in process.stderr
    log_file = isolated_user.home / "xdg_state_home" / "redactie" / "log" / "redactie.log"
    logged = log_file.read_text(encoding="utf-8")
    assert "INFO redactie.gui.app [MainThread] redactie " in logged
    assert f"opened {EXAMPLE_ARTICLE.resolve()} (" in logged
