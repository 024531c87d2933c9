"""A journal left in any odd state never stops the start, and intact text is still offered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from redactie.core import recovery

TEXT = b"---\ntitle: Onbewaard werk\n---\n\nDit mag niet verloren gaan.\n"


def _journal(root: Path, name: str = "20260101T090000-1-abcdef") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "session.lock").write_bytes(b"")
    (folder / "doc.md").write_bytes(TEXT)
    return folder


def _meta(folder: Path, meta: object) -> None:
    (folder / "doc.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.mark.parametrize(
    "meta",
    [
        {"original": 5, "saved_at": "2026-01-01T09:00:00+00:00"},
        {"original": None, "saved_at": 17},
        {"original": "/tmp/a.md"},
        ["niet", "een", "object"],
    ],
    ids=["original-is-a-number", "time-is-a-number", "no-time", "not-an-object"],
)
def test_an_odd_description_still_offers_the_text(tmp_path: Path, meta: object) -> None:
    _meta(_journal(tmp_path), meta)
    [entry] = recovery.orphaned_entries(tmp_path)
    assert entry.data == TEXT
    assert entry.saved_at.tzinfo is not None


def test_a_naive_time_next_to_an_aware_one_sorts(tmp_path: Path) -> None:
    _meta(_journal(tmp_path, "a"), {"original": "/x/a.md", "saved_at": "2026-01-01T09:00:00"})
    _meta(_journal(tmp_path, "b"), {"original": "/x/b.md", "saved_at": "2026-01-02T09:00:00Z"})
    entries = recovery.orphaned_entries(tmp_path)
    assert [e.display_name for e in entries] == ["b.md", "a.md"]
    assert entries[1].saved_at == datetime(2026, 1, 1, 9, tzinfo=UTC)  # read as UTC


def test_a_copy_whose_description_was_never_written_is_offered(tmp_path: Path) -> None:
    folder = _journal(tmp_path)
    (folder / "broken.json").write_bytes(b"\xff{half")  # and an unreadable one next to it
    (folder / "broken.md").write_bytes(TEXT + b"2")
    entries = recovery.orphaned_entries(tmp_path)
    assert sorted(e.data for e in entries) == [TEXT, TEXT + b"2"]
    assert all(e.original is None for e in entries)


@pytest.mark.parametrize("lock", ["folder", "dangling-link"])
def test_an_odd_lock_is_no_running_session(tmp_path: Path, lock: str) -> None:
    folder = _journal(tmp_path)
    (folder / "session.lock").unlink()
    if lock == "folder":
        (folder / "session.lock").mkdir()
    else:
        (folder / "session.lock").symlink_to(tmp_path / "nergens" / "lock")
    _meta(folder, {"original": "/x/a.md", "saved_at": "2026-01-01T09:00:00+00:00"})
    [entry] = recovery.orphaned_entries(tmp_path)
    assert entry.data == TEXT


def test_what_cannot_be_read_is_set_aside_not_fatal(tmp_path: Path) -> None:
    folder = _journal(tmp_path)
    (folder / "lost.json").write_text('{"original": null}', encoding="utf-8")  # no text
    unreadable = folder / "locked.md"
    unreadable.mkdir()  # reading it fails
    (tmp_path / "a-file-not-a-folder").write_bytes(b"x")
    set_aside: list[Path] = []
    entries = recovery.orphaned_entries(tmp_path, set_aside)
    assert [e.data for e in entries] == [TEXT]
    assert sorted(p.name for p in set_aside) == [
        f"{folder.name}-locked.md",
        f"{folder.name}-lost.json",
    ]
    assert all(p.parent == tmp_path / recovery.QUARANTINE for p in set_aside)
    assert recovery.orphaned_entries(tmp_path) == entries  # reported once: now out of the way


def test_the_app_starts_with_an_odd_journal(tmp_path: Path) -> None:
    """The real start-up path (`redactie --version` does not read the journal, so this runs
    the function the window's start calls, in a fresh process, as the app would)."""
    root = tmp_path / "recovery"
    _meta(_journal(root), {"original": 5, "saved_at": "2026-01-01T09:00:00"})
    (root / "20260101T090000-2-bbbbbb").mkdir()
    (root / "20260101T090000-2-bbbbbb" / "session.lock").mkdir()
    code = (
        "import sys; from pathlib import Path; from redactie.core import recovery; "
        f"print(len(recovery.orphaned_entries(Path({str(root)!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
