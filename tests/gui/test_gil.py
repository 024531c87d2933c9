"""The app's process hands the GIL to the GUI thread within half a millisecond (`gui/gil.py`):
with Python's 5 ms, every call from Qt into Python waited behind the pool's work."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
default = sys.getswitchinterval()
from redactie.gui.app import create_application
create_application()
print(default, sys.getswitchinterval())
"""


def test_the_application_shortens_the_switch_interval() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    default, interval = (float(x) for x in done.stdout.split())
    assert default == 0.005
    assert interval == 0.0005
