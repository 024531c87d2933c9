"""The installed entry points: `redactie --version` and `python -m redactie`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from redactie import __version__


def test_version_from_python_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "redactie", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"redactie {__version__}"
    assert __version__ == "0.1.0"


def test_the_version_in_the_code_is_the_one_pyproject_builds() -> None:
    """`redactie.__version__` is a constant (reading the installed metadata cost start-up
    time); the package is built with pyproject's version, and the two must not drift."""
    from tests.paths import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_version_from_the_installed_script() -> None:
    script = shutil.which("redactie", path=str(Path(sys.executable).parent))
    assert script is not None, "the redactie gui-script is not installed"
    result = subprocess.run([script, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"redactie {__version__}"


def test_without_a_display_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    article = tmp_path / "artikel.md"
    article.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "redactie", str(article)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "geen beeldscherm" in lines[0] and "no display" in lines[0]
    assert result.stdout == ""
