"""The installed entry points: `redactie --version` and `python -m redactie`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from redactie import __version__


def test_version_from_python_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "redactie", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"redactie {__version__}"
    assert __version__ == "0.1.0"


def test_version_from_the_installed_script() -> None:
    script = shutil.which("redactie", path=str(Path(sys.executable).parent))
    assert script is not None, "the redactie gui-script is not installed"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"redactie {__version__}"
