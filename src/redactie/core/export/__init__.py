"""Export: an article into its section of the site, its images with it, then git.

Layer: export → checks → site → article.

The package's API is `exporter`'s `__all__`, imported on first use: the git steps
(`export.git`, `export.git_errors`) are read by the window's team status at start, and importing
them should not bring the exporter, the checks and urllib along (~45 ms of the window's start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redactie.core.export.exporter import *  # noqa: F403 (the package's API)


def __getattr__(name: str) -> Any:
    exporter = importlib.import_module("redactie.core.export.exporter")
    if name in getattr(exporter, "__all__", ()):  # not while exporter itself is importing
        return getattr(exporter, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
