"""`redactie.core` never imports Qt: every module imports with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import redactie.core

_SCRIPT = """
import importlib, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt is blocked: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
print(len(sys.argv) - 1)
"""


def test_every_core_module_imports_without_qt() -> None:
    names = ["redactie.core"] + [
        info.name for info in pkgutil.walk_packages(redactie.core.__path__, prefix="redactie.core.")
    ]
    assert "redactie.core.article" in names
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *names], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(len(names))


def test_the_blocker_really_blocks() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "PySide6.QtCore"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "Qt is blocked" in result.stderr
