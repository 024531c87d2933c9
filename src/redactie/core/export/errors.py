"""Why an export did not go ahead, typed, with a Dutch and an English message.

Raised before anything is written (or after what was written has been put back), so the site
is never left with half an export.
"""

from __future__ import annotations

from pathlib import Path

from redactie.core import storage
from redactie.core.checks import Finding


class ExportError(Exception):
    """The export cannot go ahead; nothing was written (or what was written was put back)."""

    def __init__(self, message_nl: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nl = message_nl
        self.message_en = message_en

    def message(self, language: str) -> str:
        return self.message_nl if language == "nl" else self.message_en


class CollisionError(ExportError):
    """The target holds another article; the user must choose to overwrite or rename."""

    def __init__(self, target: Path, existing_title: str, alternative: Path | None) -> None:
        other = f" ({existing_title!r})" if existing_title else ""
        free = f" Vrije naam: {alternative.name}." if alternative else ""
        free_en = f" A free name: {alternative.name}." if alternative else ""
        super().__init__(
            f"{target.name} bestaat al en is een ander artikel{other}.{free}",
            f"{target.name} already exists and is another article{other}.{free_en}",
        )
        self.target = target
        self.existing_title = existing_title
        self.alternative = alternative


class ChecksFailedError(ExportError):
    def __init__(self, findings: list[Finding]) -> None:
        errors = [f for f in findings if f.is_error]
        super().__init__(
            f"Het artikel heeft {len(errors)} fout(en); los ze eerst op.",
            f"The article has {len(errors)} error(s); fix them first.",
        )
        self.findings = errors


class StalePlanError(ExportError):
    """A target file changed on disk after the plan was made: plan again."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} is gewijzigd sinds de voorvertoning; bekijk de export opnieuw.",
            f"{path.name} changed since the preview; review the export again.",
        )
        self.path = path


class ExportWriteError(ExportError):
    def __init__(self, error: storage.StorageError) -> None:
        super().__init__(
            f"Schrijven van {error.path.name} is mislukt ({error.detail}); er is niets gewijzigd.",
            f"Writing {error.path.name} failed ({error.detail}); nothing was changed.",
        )
        self.error = error
