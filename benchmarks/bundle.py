"""Bundle figures: size (folder and compressed tarball) and cold start to a usable window.

Builds the bundle with packaging/build.py (or uses --dist DIR from an earlier build), then starts
it several times with a fresh home folder (a first start: the example article opens) and
reports process start to the window shown and its event loop running. Targets (issue #7): at
most 350 MB unpacked, under 2 s to a usable window.

Run: .venv/bin/python benchmarks/bundle.py [--dist DIR] [--runs N]
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
    size = folder_size(bundle)
    print(f"bundle folder: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB)  target <= 350 MB")
    if tarballs:
        packed = tarballs[-1].stat().st_size
        print(f"tarball:       {packed / 1e6:.0f} MB ({tarballs[-1].name})")
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
