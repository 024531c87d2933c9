"""Why an export did not go ahead, typed; the GUI and the CLI word them.

Raised before anything is written (or after what was written has been put back), so the site
is never left with half an export.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from redactie.core import storage
from redactie.core.checks import Finding
from redactie.core.errors import RedactieError


class ExportError(RedactieError):
    """The export cannot go ahead; nothing was written (or what was written was put back)."""

    codes: ClassVar[tuple[str, ...]] = ("export.outside-content",)


class CollisionError(ExportError):
    """The target holds another article; the user must choose to overwrite or rename."""

    codes = ("export.collision", "export.collision-renameable")

    def __init__(self, target: Path, existing_title: str, alternative: Path | None) -> None:
        code = "export.collision" if alternative is None else "export.collision-renameable"
        super().__init__(
            code, target=target, existing_title=existing_title, alternative=alternative
        )
        self.target = target
        self.existing_title = existing_title
        self.alternative = alternative


class ChecksFailedError(ExportError):
    codes = ("export.checks-failed",)

    def __init__(self, findings: list[Finding]) -> None:
        errors = [f for f in findings if f.is_error]
        super().__init__("export.checks-failed", count=len(errors))
        self.findings = errors


class StalePlanError(ExportError):
    """A target file changed on disk after the plan was made: plan again."""

    codes = ("export.stale-plan",)

    def __init__(self, path: Path) -> None:
        super().__init__("export.stale-plan", path=path)
        self.path = path


class ExportWriteError(ExportError):
    codes = ("export.write-failed",)

    def __init__(self, error: storage.StorageError) -> None:
        super().__init__("export.write-failed", detail=error.detail, path=error.path)
        self.error = error
