"""Bundle figures: size (folder and compressed tarball) and cold start to a usable window.

Builds the bundle with packaging/build.py (or uses --dist DIR from an earlier build), then starts
it several times with a fresh home folder (a first start: the example article opens) and
reports process start to the window shown and its event loop running. Targets: at most 300 MB
unpacked (issue #18; #7 asked 350), under 2 s to a usable window. Before the timings it prints
what the bundle is made of: the largest files and folders and the share of each kind of part.

Run: .venv/bin/python benchmarks/bundle.py [--dist DIR] [--runs N] [--top N] [--sizes-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from build import folder_size  # noqa: E402 (packaging/build.py, the script that makes bundles)

PARTS = (  # (label, test on "/" + the path inside the bundle), first match wins
    ("Qt WebEngine (Chromium)", lambda p: "WebEngineCore.so" in p or "/Qt/resources/" in p),
    ("ICU data and libraries (Qt Core)", lambda p: "/libicu" in p),
    ("other Qt libraries", lambda p: "/Qt/lib/" in p),
    ("Qt plugins and translations", lambda p: "/Qt/plugins/" in p or "/Qt/translations/" in p),
    ("PySide6 bindings", lambda p: "/PySide6/" in p or "/shiboken6/" in p),
    ("cryptography (the keyring's Secret Service)", lambda p: "/cryptography/" in p),
    ("the app's package and resources", lambda p: p.startswith("/_internal/redactie/")),
    ("Python: interpreter, binary modules", lambda p: "/libpython" in p or "/python3." in p),
    ("system libraries", lambda p: p.count("/") == 2 and p.startswith("/_internal/lib")),
)


def files_of(bundle: Path) -> list[tuple[int, str]]:
    """(bytes, path inside the bundle) of every file, largest first; symlinks count nothing."""
    found = [
        (f.stat().st_size, f.relative_to(bundle).as_posix())
        for f in bundle.rglob("*")
        if f.is_file() and not f.is_symlink()
    ]
    return sorted(found, reverse=True)


def print_breakdown(bundle: Path, top: int) -> None:
    files = files_of(bundle)
    print(f"largest {top} files:")
    for size, path in files[:top]:
        print(f"  {size / 1e6:7.1f} MB  {path}")
    folders: dict[str, int] = {}
    for size, path in files:
        parts = path.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            folders[key] = folders.get(key, 0) + size
    print(f"largest {top} folders:")
    for key, size in sorted(folders.items(), key=lambda item: -item[1])[:top]:
        print(f"  {size / 1e6:7.1f} MB  {key}/")
    shares: dict[str, int] = {}
    for size, path in files:
        label = next(
            (name for name, test in PARTS if test("/" + path)),
            "Python packages, the executable with the Python code",
        )
        shares[label] = shares.get(label, 0) + size
    print("by part:")
    for label, size in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"  {size / 1e6:7.1f} MB  {label}")
    print(f"  {sum(size for size, _ in files) / 1e6:7.1f} MB  total in {len(files)} files")


def start_once(executable: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        probe = Path(home) / "started"
        env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
        env["REDACTIE_STARTUP_PROBE"] = str(probe)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env.pop(name, None)
        subprocess.run(["sync"], check=False)
        started = time.time()
        subprocess.run([str(executable)], env=env, check=True, timeout=120, capture_output=True)
        return float(probe.read_text()) - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, help="a dist folder from packaging/build.py")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=25, help="how many files and folders to list")
    parser.add_argument("--sizes-only", action="store_true", help="no start-up timings")
    args = parser.parse_args()
    dist = args.dist
    if dist is None:
        dist = Path(tempfile.mkdtemp(prefix="redactie-bundle-")) / "dist"
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
             "--work", str(dist.parent / "work")],
            check=True,
        )  # fmt: skip
    bundle = dist / "redactie"
    tarballs = sorted(dist.glob("redactie-*.tar.gz"))
    print_breakdown(bundle, args.top)
    size = folder_size(bundle)
    print(f"bundle folder: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB)  target <= 300 MB")
    if tarballs:
        packed = tarballs[-1].stat().st_size
        print(f"tarball:       {packed / 1e6:.0f} MB ({tarballs[-1].name})")
    if args.sizes_only:
        return
    start_once(bundle / "redactie")  # the first run warms nothing we measure: discard it
    times = sorted(start_once(bundle / "redactie") for _ in range(args.runs))
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"start to usable window (first start, example article), {args.runs} runs: "
        f"median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms  "
        "target < 2000 ms"
    )


if __name__ == "__main__":
    main()
