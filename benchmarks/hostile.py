"""Time and peak memory of the worst hostile inputs, side by side with an older tree.

Each case runs in a fresh process (peak RSS from `wait4`), with a cap of CAP seconds. Give an
older source tree to compare with, e.g. a worktree of the commit before the hardening:

    git worktree add /tmp/before e93a991
    .venv/bin/python benchmarks/hostile.py --before /tmp/before/src [--mutants 3000]

Cases (all from the hostile-files issue): YAML alias bombs of 364 and 456 bytes, an 8-level map
bomb, 20 MB of front matter, a self-referring merge, 500-deep nesting, and `render_html` on
20,000 quotes, 4,000 footnotes and a 1 MB single line. `--mutants N` also opens, checks,
renders, edits and saves N mutated corpus articles (tests/mutants.py, seeded) in each tree and
prints the untyped exceptions, the files over 2 s, and the median and worst times.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.hostile_inputs import alias_bomb, map_bomb  # noqa: E402

CAP = 60.0


OPEN = "from redactie.core.article import Article; a = Article.from_bytes(DATA); a.data"
RENDER = "from redactie.core.render import render_html; render_html(DATA.decode())"
CASES: list[tuple[str, str, str]] = [
    ("alias bomb, 364 B", alias_bomb(7), OPEN),
    ("alias bomb, 456 B", alias_bomb(9), OPEN),
    ("map bomb, 8 levels", map_bomb(8), OPEN),
    ("front matter, 20 MB", "---\n" + "k: v\n" * 4_000_000 + "---\nTekst.\n", OPEN),
    ("merge into itself", "---\na: &a {<<: *a}\n---\nTekst.\n", OPEN),
    ("500-deep nesting", "---\nx: " + "[" * 500 + "]" * 500 + "\n---\nT.\n", OPEN),
    ("render: 20,000 quotes", '"' * 20_000, RENDER),
    (
        "render: 4,000 footnotes",
        "".join(f"Zin[^{i}].\n\n" for i in range(4000))
        + "".join(f"[^{i}]: Noot {i}.\n" for i in range(4000)),
        RENDER,
    ),
    ("render: 1 MB single line", "woord " * 170_000, RENDER),
]


def run_case(src: Path, data_file: Path, code: str) -> tuple[float | None, float, str]:
    """(seconds or None past the cap, peak RSS in MiB, outcome) of one case in a child."""
    program = (
        "import sys, time; from pathlib import Path\n"
        f"DATA = Path({str(data_file)!r}).read_bytes()\n"
        "t = time.perf_counter()\n"
        "try:\n"
        f"    {code}\n"
        "    out = 'ok'\n"
        "except Exception as e:\n"
        "    out = type(e).__name__\n"
        "print(f'{time.perf_counter() - t:.3f} {out}')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(src)}
    process = subprocess.Popen(
        [sys.executable, "-c", program], env=env, stdout=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + CAP
    killed = False
    while True:  # wait4 ourselves: Popen.poll would reap the child and lose its rusage
        pid, _status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline and not killed:
            process.kill()
            killed = True
        time.sleep(0.05)
    process.returncode = 0  # reaped above; keeps Popen from waiting again
    rss = usage.ru_maxrss / 1024
    output = process.stdout.read().split() if process.stdout else []
    if process.stdout:
        process.stdout.close()
    if killed or len(output) != 2:
        return None, rss, "killed"
    return float(output[0]), rss, output[1]


MUTANTS = """
import sys, time, tempfile
from pathlib import Path
from redactie.core.article import Article
from redactie.core.checks import run_checks
from redactie.core.render import render_html
from tests.mutants import mutants
from tests.paths import corpus_files
folder = Path(tempfile.mkdtemp())
times, untyped = [], 0
for name, data in mutants(corpus_files(), int(sys.argv[1])):
    t = time.perf_counter()
    try:
        try:
            a = Article.from_bytes(data)
        except Exception as e:
            if type(e).__module__.startswith("redactie"):
                raise LookupError from e
            raise
        run_checks(a, None)
        render_html(a.body)
        try:
            a.set("title", "Nieuwe kop")
            a.save(folder / "a.md")
        except Exception as e:
            if not type(e).__module__.startswith("redactie"):
                raise
    except LookupError:
        pass
    except Exception:
        untyped += 1
    times.append(time.perf_counter() - t)
times.sort()
print(len(times), untyped, sum(1 for x in times if x > 2), times[len(times) // 2], times[-1])
"""


def mutant_row(src: Path, count: int) -> str:
    """Mutated corpus files: untyped exceptions, files over 2 s, median and worst seconds."""
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT}"}
    out = subprocess.run(
        [sys.executable, "-c", MUTANTS, str(count)], env=env, capture_output=True, text=True
    )
    if out.returncode != 0 or not out.stdout.strip():
        return "failed: " + out.stderr.strip().splitlines()[-1] if out.stderr else "failed"
    total, untyped, slow, median, worst = out.stdout.split()
    return (
        f"{total} mutants: {untyped} untyped exceptions, {slow} over 2 s, "
        f"median {float(median) * 1000:.1f} ms, worst {float(worst):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, help="an older src/ folder to compare with")
    parser.add_argument("--mutants", type=int, default=0, help="also time N mutated articles")
    args = parser.parse_args()
    trees = [("after", ROOT / "src")] + ([("before", args.before)] if args.before else [])
    header = f"{'case':28}" + "".join(
        f"{name + ' s':>12}{name + ' MiB':>12}  outcome" for name, _ in trees
    )
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        for name, text, code in CASES:
            data_file = Path(folder) / "case.md"
            data_file.write_text(text, encoding="utf-8")
            row = f"{name:28}"
            for _, src in trees:
                seconds, rss, outcome = run_case(src, data_file, code)
                shown = f">{CAP:.0f}" if seconds is None else f"{seconds:.2f}"
                row += f"{shown:>12}{rss:>12.0f}  {outcome:8}"
            print(row, flush=True)
    if args.mutants:
        for name, src in trees:
            print(f"{name}: {mutant_row(src, args.mutants)}", flush=True)


if __name__ == "__main__":
    main()
