"""Export: an article into its section of the site, its images with it, then git.

Layer: export → checks → site → article.
"""

from __future__ import annotations

from redactie.core.export.exporter import (
    ChecksFailedError,
    Collision,
    CollisionError,
    ExportError,
    ExportPlan,
    ExportResult,
    ExportWriteError,
    PlannedFile,
    StalePlanError,
    export,
    fill_template,
    new_article_path,
    plan_export,
)

__all__ = [
    "ChecksFailedError",
    "Collision",
    "CollisionError",
    "ExportError",
    "ExportPlan",
    "ExportResult",
    "ExportWriteError",
    "PlannedFile",
    "StalePlanError",
    "export",
    "fill_template",
    "new_article_path",
    "plan_export",
]
