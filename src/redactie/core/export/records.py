"""Where each source file was exported to, so a re-export updates that file in place.

A small JSON file in the user's data folder maps a source file to its last target (and a hash of
what was written). It is the one proof that a file in the site is this article: another article
with the same title and time (a second liveblog, a wire story) is never replaced without asking.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from redactie.core import settings, storage


def records_path() -> Path:
    return settings.data_dir() / "exports.json"


def load_records(path: Path | None = None) -> dict[str, dict[str, str]]:
    """source file -> {"target": file, "sha256": what was written}; empty when unreadable."""
    try:
        raw = json.loads((path or records_path()).read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if isinstance(v, dict)}


def remember_export(path: Path | None, source: Path | None, target: Path, data: bytes) -> None:
    """Note that `source` went to `target`, so a later export of it updates that file."""
    if source is None or source == target:
        return
    path = path or records_path()
    records = load_records(path)
    records[str(source)] = {"target": str(target), "sha256": hashlib.sha256(data).hexdigest()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        storage.write_atomic(path, json.dumps(records, indent=1).encode("utf-8"))
    except (OSError, storage.StorageError):
        pass  # without it the next export asks before replacing the file


def recorded_target(records: Path | None, source: Path | None, section_dir: Path) -> Path | None:
    """The earlier target of `source`, if it is still there and in the chosen section."""
    if source is None:
        return None
    record = load_records(records).get(str(source))
    if record is None or "target" not in record:
        return None
    target = Path(record["target"])
    inside = section_dir.resolve() in target.parents
    return target if inside and target.is_file() else None
