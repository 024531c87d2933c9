"""Settings survive a restart; recovery copies survive a crash and only then are offered."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from redactie.core import recovery, settings


def test_settings_round_trip_and_recent_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = settings.Settings()
    for number in range(12):
        s.add_recent(tmp_path / f"{number}.md")
    s.add_recent(tmp_path / "3.md")
    s.splitter_sizes["main"] = [300, 500, 400]
    s.language = "nl"
    settings.save(s, path)
    loaded = settings.load(path)
    assert loaded.language == "nl"
    assert loaded.splitter_sizes == {"main": [300, 500, 400]}
    assert len(loaded.recent_files) == 10
    assert loaded.recent_files[0] == str((tmp_path / "3.md").resolve())


def test_broken_settings_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("language = [unclosed\n")
    assert settings.load(path) == settings.Settings()
    path.write_text('language = 5\nrecent_files = ["a.md"]\n')
    loaded = settings.load(path)
    assert loaded.language == "system"
    assert loaded.recent_files == ["a.md"]


def test_settings_default_location_is_the_isolated_config_folder() -> None:
    assert str(settings.settings_path()).startswith(os.environ["XDG_CONFIG_HOME"])


def test_live_session_is_not_offered_but_a_closed_one_is_removed(tmp_path: Path) -> None:
    session = recovery.RecoverySession(tmp_path)
    session.write("doc1", tmp_path / "a.md", b"unsaved text")
    assert recovery.orphaned_entries(tmp_path) == []  # still running: its lock is held
    session.close()
    assert list(tmp_path.iterdir()) == []


def test_discarded_copy_is_gone(tmp_path: Path) -> None:
    session = recovery.RecoverySession(tmp_path)
    session.write("doc1", None, b"x")
    session.discard("doc1")
    assert sorted(p.name for p in session.folder.iterdir()) == ["session.lock"]
    session.close()


def test_the_same_copy_again_is_not_written_a_changed_one_is(tmp_path: Path) -> None:
    """The window copies every 5 s while unsaved: an unchanged text costs no write (each is
    four fsyncs on the GUI thread). A replaced file has a new inode; a kept one the same."""
    session = recovery.RecoverySession(tmp_path)
    copy = session.folder / "doc1.md"
    meta = session.folder / "doc1.json"
    session.write("doc1", tmp_path / "a.md", b"eerste versie")
    first, stamp = copy.stat().st_ino, meta.read_text()
    session.write("doc1", tmp_path / "a.md", b"eerste versie")
    assert (copy.stat().st_ino, meta.read_text()) == (first, stamp)  # left as they were
    session.write("doc1", tmp_path / "b.md", b"eerste versie")  # saved elsewhere: new meta
    assert json.loads(meta.read_text())["original"].endswith("b.md")
    session.write("doc1", tmp_path / "b.md", b"tweede versie")
    assert copy.read_bytes() == b"tweede versie"
    session.discard("doc1")
    session.write("doc1", tmp_path / "b.md", b"tweede versie")  # discarded: written again
    assert copy.read_bytes() == b"tweede versie"
    session.close()


_CRASHING_EDITOR = """
import sys, time
from pathlib import Path
from redactie.core.recovery import RecoverySession
session = RecoverySession(Path(sys.argv[1]))
session.write("doc1", Path(sys.argv[2]), "Nog niet bewaard: één alinea.".encode())
print("written", flush=True)
time.sleep(60)
"""


def test_copy_of_a_killed_process_is_offered_with_file_and_time(tmp_path: Path) -> None:
    root = tmp_path / "recovery"
    original = tmp_path / "artikel.md"
    before = datetime.now(UTC)
    process = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_EDITOR, str(root), str(original)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "written"
    after = datetime.now(UTC)
    assert recovery.orphaned_entries(root) == []  # alive: not offered
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)  # reaped: the kernel has dropped its lock
    [entry] = recovery.orphaned_entries(root)
    assert entry.original == original
    assert entry.data.decode() == "Nog niet bewaard: één alinea."
    assert entry.display_name == "artikel.md"
    assert before <= entry.saved_at <= after
    recovery.discard_entry(entry)
    assert recovery.orphaned_entries(root) == []
    assert list(root.iterdir()) == []
