"""The window's site features: choosing the Hugo site, its tag index, checks and export.

`SiteTools(session, form, parent)` builds them on the article session; the window places them.
`ExportDialog` is imported when first asked for: with the export, its git and its downloads it
cost ~50 ms of every start, and the dialog opens only on File ▸ Export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redactie.gui.site.checks_panel import ChecksPanel
from redactie.gui.site.checks_runner import ChecksRunner
from redactie.gui.site.controller import SiteController
from redactie.gui.site.tools import SiteTools

if TYPE_CHECKING:
    from redactie.gui.site.export_dialog import ExportDialog

__all__ = [
    "ChecksPanel",
    "ChecksRunner",
    "ExportDialog",
    "SiteController",
    "SiteTools",
]


def __getattr__(name: str) -> Any:
    if name == "ExportDialog":
        from redactie.gui.site.export_dialog import ExportDialog

        return ExportDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
