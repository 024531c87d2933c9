"""What must hold before an article is published: the rule table, its findings and fixes.

Layer: checks → site → article (no export, no Qt).
"""

from __future__ import annotations

from redactie.core.checks.rules import *  # noqa: F403 (the package's API is rules's __all__)
