"""The PyInstaller bundle: built from the spec, it passes its own `--self-test`, fails it when
its example article was altered, and installs and uninstalls for one user from the tarball.

Builds take about a minute and need the `packaging` extra: skip with `-m "not bundle"`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from redactie.gui.app import APP_ID
from redactie.resources import EXAMPLE_ARTICLE
from tests.packaging.test_desktop_files import validate_desktop_file
from tests.paths import ROOT

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle and its tarball"),
]


@dataclass
class Built:
    bundle: Path
    tarball: Path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[packaging]'")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--dist", str(out / "dist"), "--work", str(out / "work")],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout)
    (tarball,) = (out / "dist").glob("redactie-*-linux-*.tar.gz")
    return Built(out / "dist" / "redactie", tarball)


def run_self_test(executable: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    return subprocess.run(
        [str(executable), "--self-test"],
        capture_output=True, text=True, check=False, env=env, timeout=180,
    )  # fmt: skip


def test_the_bundle_passes_its_self_test(built: Built, tmp_path: Path) -> None:
    result = run_self_test(built.bundle / "redactie", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "saved a copy: byte-identical" in result.stdout
    assert "preview rendered" in result.stdout
    assert "keeps an indexed database file" in result.stdout  # the system's SQLite


@pytest.fixture
def altered_example(built: Built) -> Iterator[Path]:
    (example,) = built.bundle.rglob(f"redactie/resources/examples/{EXAMPLE_ARTICLE}")
    original = example.read_bytes()
    example.write_bytes(original.replace(b"draft: false", b"draft: true"))
    yield example
    example.write_bytes(original)


def test_the_self_test_fails_when_the_example_was_altered(
    built: Built, altered_example: Path, tmp_path: Path
) -> None:
    result = run_self_test(built.bundle / "redactie", tmp_path)
    assert result.returncode == 1
    assert "self-test FAILED: the example article was altered" in result.stderr


def test_the_bundle_leaves_out_what_the_app_does_not_use(built: Built) -> None:
    names = {path.name for path in built.bundle.rglob("*")}
    assert "libQt6WebEngineCore.so.6" in names
    assert not {"libQt6Pdf.so.6", "libQt63DCore.so.6", "libQt6Charts.so.6"} & names
    assert "redactie_nl.qm" in names and "redactie_nl.ts" not in names
    assert not any(path.match("*/qml/*") for path in built.bundle.rglob("*"))
    assert not {"libgtk-3.so.0", "libcups.so.2", "libnss3.so", "libdbus-1.so.3"} & names
    assert not {"libkrb5.so.3", "libzstd.so.1", "libsqlite3.so.0", "libfreebl3.chk"} & names
    (icu,) = (path for path in built.bundle.rglob("libicudata.so.*") if not path.is_symlink())
    assert icu.stat().st_size < 6e6  # Qt Core's ICU data cut to Dutch and English (was 32 MB)


def test_every_library_a_bundled_binary_needs_is_in_the_bundle_or_left_to_the_system(
    built: Built,
) -> None:
    """What the bundle leaves out is only what `bundle_contents.py` names as the system's: no
    binary needs a library that is neither bundled nor named there (and on this machine, which
    has the desktop libraries, every one is found)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from bundle_contents import LINUX_DESKTOP_LIBRARIES, LINUX_SYSTEM_LIBRARIES

    internal = built.bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as the bundle's bootloader sets it
    missing: dict[str, set[str]] = {}
    binaries = [built.bundle / "redactie", *internal.rglob("*.so*")]
    binaries += internal.rglob("QtWebEngineProcess")
    for binary in binaries:
        with binary.open("rb") as file:
            if binary.is_symlink() or file.read(4) != b"\x7fELF":
                continue
        result = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(binary.name)
    assert len(binaries) > 150
    named = LINUX_SYSTEM_LIBRARIES | LINUX_DESKTOP_LIBRARIES
    assert {name: users for name, users in missing.items() if name not in named} == {}
    assert missing == {}, "this machine lacks libraries the bundle leaves to the desktop"


def test_the_tarball_installs_and_uninstalls_for_the_user(built: Built, tmp_path: Path) -> None:
    with tarfile.open(built.tarball) as tar:
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
            tar.extractall(tmp_path / "unpacked", filter="tar")
        else:
            tar.extractall(tmp_path / "unpacked")  # our own archive
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home))
    env.pop("PREFIX", None)
    install = subprocess.run(
        ["sh", str(folder / "install.sh")], capture_output=True, text=True, env=env, check=False
    )
    assert install.returncode == 0, install.stdout + install.stderr
    local = home / ".local"
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    validate_desktop_file(desktop)
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == f'Exec="{local}/lib/redactie/redactie" %F'
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ("48x48", "256x256", "scalable"):
        assert list((local / "share" / "icons" / "hicolor" / size / "apps").glob(f"{APP_ID}.*"))

    result = run_self_test(local / "bin" / "redactie", home)
    assert result.returncode == 0, result.stdout + result.stderr

    uninstall = subprocess.run(
        ["sh", str(local / "lib" / "redactie" / "uninstall.sh")],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert uninstall.returncode == 0, uninstall.stderr
    assert not (local / "lib" / "redactie").exists()
    assert not (local / "bin" / "redactie").exists()
    assert not desktop.exists()
    assert not list((local / "share" / "icons").rglob(f"{APP_ID}.*"))
