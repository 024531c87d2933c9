"""Atomic saves: the file on disk is the old or the new version, never half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from redactie.core import storage
from redactie.core.article import Article
from redactie.core.storage import (
    DiskFullError,
    PermissionDeniedError,
    ReadOnlyError,
    SaveError,
    content_hash,
    write_atomic,
)
from tests.paths import EXAMPLE_ARTICLE

ORIGINAL = EXAMPLE_ARTICLE.read_bytes()


def _edited() -> Article:
    article = Article.from_bytes(ORIGINAL)
    article.set("title", "Gewijzigde titel")
    article.body += "\n" + "Een extra alinea die veel ruimte vraagt. " * 2000
    return article


@contextlib.contextmanager
def _tmpfs(tmp_path: Path, options: str) -> Iterator[Path]:
    """A small real file system of its own: needs root (CI runs as root); skipped otherwise."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_save_replaces_the_file_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "artikel.md"
    path.write_bytes(ORIGINAL)
    path.chmod(0o640)
    article = _edited()
    article.save(path)
    assert path.read_bytes() == article.to_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artikel.md"]


def test_save_creates_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.md"
    write_atomic(path, b"x")
    assert path.read_bytes() == b"x"


def test_disk_full_leaves_the_original_and_no_temp_file(tmp_path: Path) -> None:
    with _tmpfs(tmp_path, "size=64k") as disk:
        path = disk / "artikel.md"
        path.write_bytes(ORIGINAL)
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            handle.write(b"\0" * (64 * 1024 - len(ORIGINAL) - 4096))
        with pytest.raises(DiskFullError) as caught:
            _edited().save(path)
        assert caught.value.path == path
        assert path.read_bytes() == ORIGINAL
        assert sorted(p.name for p in disk.iterdir()) == ["artikel.md", "filler"]


def test_read_only_file_system_leaves_the_original(tmp_path: Path) -> None:
    with _tmpfs(tmp_path, "size=1m") as disk:
        path = disk / "artikel.md"
        path.write_bytes(ORIGINAL)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(ReadOnlyError):
            _edited().save(path)
        assert path.read_bytes() == ORIGINAL
        assert [p.name for p in disk.iterdir()] == ["artikel.md"]


def _save_as_nobody(article: Article, path: Path) -> str:
    """Root ignores folder modes, so save from a child process that became `nobody`."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover (child)
        code = 3
        try:
            os.setgid(65534)
            os.setuid(65534)
            article.save(path)
            code = 0
        except PermissionDeniedError:
            code = 1
        except BaseException:
            code = 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return {0: "saved", 1: "denied", 2: "other error"}.get(os.waitstatus_to_exitcode(status), "?")


def test_read_only_folder_gives_permission_denied(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "artikel.md"
    path.write_bytes(ORIGINAL)
    path.chmod(0o644)
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            assert _save_as_nobody(_edited(), path) == "denied"
        else:
            with pytest.raises(PermissionDeniedError):
                _edited().save(path)
        assert path.read_bytes() == ORIGINAL
        assert [p.name for p in folder.iterdir()] == ["artikel.md"]
    finally:
        folder.chmod(0o755)


def test_saving_into_a_missing_folder_is_a_save_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError):
        _edited().save(tmp_path / "bestaat-niet" / "artikel.md")


def test_content_hash_ignores_touch(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(ORIGINAL)
    before = content_hash(path.read_bytes())
    os.utime(path, (1, 1))
    assert content_hash(path.read_bytes()) == before
    assert content_hash(ORIGINAL + b" ") != before


def test_temp_files_of_interrupted_saves_are_removed_on_the_next_save(tmp_path: Path) -> None:
    article = tmp_path / "artikel.md"
    article.write_bytes(b"oud\n")
    old = tmp_path / ".artikel.md.k2j4x9_q.tmp"  # what a kill during a save leaves behind
    old.write_bytes(b"half" * 1000)
    fresh = tmp_path / ".ander.md.a1b2c3d4.tmp"  # another window saving right now
    fresh.write_bytes(b"bezig")
    mine = tmp_path / ".notities.tmp"  # not our pattern: never ours to delete
    mine.write_bytes(b"van de gebruiker")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(mine, (an_hour_ago, an_hour_ago))

    storage.write_atomic(article, b"nieuw\n")

    assert article.read_bytes() == b"nieuw\n"
    assert not old.exists()
    assert fresh.read_bytes() == b"bezig" and mine.read_bytes() == b"van de gebruiker"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".ander.md.a1b2c3d4.tmp",
        ".notities.tmp",
        "artikel.md",
    ]


def test_leftovers_are_judged_by_the_given_clock(tmp_path: Path) -> None:
    left = tmp_path / ".artikel.md.abcdefgh.tmp"
    left.write_bytes(b"x")
    written = left.stat().st_mtime
    assert storage.remove_leftovers(tmp_path, now=written + 30) == []
    assert storage.remove_leftovers(tmp_path, now=written + 61) == [left]


def test_saving_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "echt" / "artikel.md"
    real.parent.mkdir()
    real.write_bytes(b"oud\n")
    link = tmp_path / "artikel.md"
    link.symlink_to(real)

    storage.write_atomic(link, b"nieuw\n")

    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == b"nieuw\n"
