"""What must hold before an article is published: the rule table, its findings and fixes.

Layer: checks → site → article (no export, no Qt).

The package's API is `rules`'s `__all__`, imported on first use: the window imports a part
(`checks.model`, `checks.links`) at start, and that should not bring every rule and its
libraries along (~30 ms of the window's start); the rules load when the checks first run.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redactie.core.checks.rules import *  # noqa: F403 (the package's API)


def __getattr__(name: str) -> Any:
    rules = importlib.import_module("redactie.core.checks.rules")
    if name in getattr(rules, "__all__", ()):  # not while rules itself is importing
        return getattr(rules, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
