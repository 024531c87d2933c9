"""Build redactie's bundle for this platform: `python packaging/build.py [--self-test]`.

1. Stage what the bundle needs beside the sources: the compiled `.qm` translation and the icons
   rendered from the SVG (PNG sizes, `.ico`, `.icns`).
2. Run PyInstaller on `packaging/redactie.spec` (a one-folder bundle in `dist/redactie`); on
   Linux cut Qt Core's and the web engine's ICU data to the root, Dutch and English locales
   (`icu_data.py`).
3. Package it: Linux a `.tar.gz` with `install.sh`, the desktop file, metainfo and icons;
   Windows an installer with Inno Setup (when `iscc` is on PATH); macOS a zipped `.app`.
4. Print the sizes (folder and archive); `--self-test` also runs the bundle's own check.

Needs the `packaging` extra (`pip install -e '.[packaging]'`); works the same on every OS.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

from icu_data import trim_icu_data, trim_web_engine_icu  # packaging/icu_data.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "nl.redactie.Redactie"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": data["name"], "version": data["version"]}


def stage(staging: Path) -> None:
    """Translations and icons, generated into `staging` (never into the source tree)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from redactie.gui.i18n import compile_translation

    shutil.rmtree(staging, ignore_errors=True)
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        if compile_translation(source, staging / "translations" / f"{source.stem}.qm") is None:
            raise SystemExit(f"lrelease could not compile {source}")

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"the icon is not a valid SVG: {svg}")
    hicolor = staging / "share" / "icons" / "hicolor"
    images: dict[int, QImage] = {}
    for size in PNG_SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        images[size] = image
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    icons = staging / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for name, fmt, size in (("redactie.ico", b"ico", 256), ("redactie.icns", b"icns", 512)):
        writer = QImageWriter(str(icons / name), fmt)
        if not writer.write(images[size]):
            print(f"note: no {name} ({writer.errorString()})", file=sys.stderr)
    del _app


def run_pyinstaller(staging: Path, dist: Path, work: Path) -> Path:
    env = dict(os.environ, REDACTIE_STAGING=str(staging))
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "redactie.spec"),
    ]  # fmt: skip
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    if sys.platform == "darwin":
        return dist / "redactie.app"
    return dist / "redactie"


def linux_tarball(bundle: Path, staging: Path, dist: Path, version: str) -> Path:
    """The bundle, install/uninstall scripts and the desktop files, in one folder."""
    name = f"redactie-{version}-linux-{platform.machine()}"
    folder = dist / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copytree(bundle, folder / "redactie", symlinks=True)
    share = folder / "share"
    shutil.copytree(staging / "share", share)
    for file in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        shutil.copyfile(PACKAGING / "linux" / file, share / file)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, folder / script)
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=name)
    return archive


def windows_installer(version: str, dist: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("note: Inno Setup (iscc) not found; no installer built", file=sys.stderr)
        return None
    script = PACKAGING / "windows" / "redactie.iss"
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DDistDir={dist}", f"/O{dist}", str(script)],
        check=True,
    )
    return dist / f"redactie-{version}-setup.exe"


def macos_zip(app: Path, version: str, dist: Path) -> Path:
    archive = dist / f"redactie-{version}-macos-{platform.machine()}.zip"
    subprocess.run(
        ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(archive)],
        check=True,
    )
    return archive


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "redactie"
    return bundle / ("redactie.exe" if sys.platform == "win32" else "redactie")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-archive", action="store_true", help="the bundle folder only")
    parser.add_argument("--self-test", action="store_true", help="run the bundle's self-test")
    args = parser.parse_args(argv)
    args.dist, args.work = args.dist.resolve(), args.work.resolve()  # PyInstaller runs in ROOT
    meta = project()
    started = time.monotonic()
    staging = args.work / "staging"
    stage(staging)
    bundle = run_pyinstaller(staging, args.dist, args.work / "pyinstaller")
    if sys.platform == "linux":
        for library in sorted(bundle.glob("_internal/PySide6/Qt/lib/libicudata.so.*")):
            print(trim_icu_data(library))
        for data_file in sorted(bundle.glob("_internal/PySide6/Qt/resources/icudtl.dat")):
            print(trim_web_engine_icu(data_file))
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB unpacked)")
    if not args.no_archive:
        archive: Path | None
        if sys.platform == "linux":
            archive = linux_tarball(bundle, staging, args.dist, meta["version"])
        elif sys.platform == "win32":
            archive = windows_installer(meta["version"], args.dist)
        else:
            archive = macos_zip(bundle, meta["version"], args.dist)
        if archive is not None:
            print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    print(f"built in {time.monotonic() - started:.0f} s")
    if args.self_test:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.run([str(executable(bundle)), "--self-test"], env=env).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
