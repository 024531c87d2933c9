"""The window's site features: choosing the Hugo site, its tag index, checks and export.

`SiteTools(session, form, parent)` builds them on the article session; the window places them.
"""

from __future__ import annotations

from redactie.gui.site.checks_panel import ChecksPanel
from redactie.gui.site.checks_runner import ChecksRunner
from redactie.gui.site.controller import SiteController
from redactie.gui.site.export_dialog import ExportDialog
from redactie.gui.site.tools import SiteTools

__all__ = [
    "ChecksPanel",
    "ChecksRunner",
    "ExportDialog",
    "SiteController",
    "SiteTools",
]
