"""What the checks cost per keystroke, and `redactie check` over the corpus with every rule on.

Per keystroke: the window restarts a timer on each key and checks once typing pauses; that
check is the GUI thread's whole cost of the checks (`ChecksRunner.refresh`: the front-matter
rules, plus taking a copy of the bytes for the pool). The rules that read the whole body and
house style run in the pool and are timed apart. Each sample edits one character of a 50 KB
and a 500 KB article made of the corpus's Dutch articles (a site with house style on, every
rule at its default level), so no cache of a previous text helps. Then `run_checks` over all
corpus files with every rule on (house style included, links aside: they go over the network),
as `redactie check` runs them.

Times are the thread's CPU time (`time.thread_time`): on a machine shared with other work the
wall clock mostly measures the neighbours (the figures in the commit that added this were
taken with a load average of 12 on two cores). `--skip-corpus` leaves the corpus run out.

Run: .venv/bin/python benchmarks/checks.py [--samples N] [--skip-corpus]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._stats import summary
from redactie.core.article import Article
from redactie.core.checks import RULES, run_checks
from redactie.core.site import Site
from tests.paths import CORPUS, DATA, corpus_files

DUTCH = ("developer-overheid-nl__don-site", "fronteers__website/src/nl")
FRONT = (
    '---\ntitle: "Een lang stuk"\ndate: 2026-02-25T10:11:21+01:00\ntags: ["test"]\n'
    'summary: "Om te meten."\ndraft: false\n---\n\n'
)
POOL = tuple(r for r in RULES if r.house_style or r.whole_body)
GUI = tuple(r for r in RULES if r not in POOL)
_POOL_ARGS: dict[str, Any] = {"publishing": False, "interactive": True, "rules": POOL}


def _dutch_bodies() -> str:
    parts = []
    for path in corpus_files():
        if str(path.relative_to(CORPUS)).startswith(DUTCH):
            parts.append(Article.from_bytes(path.read_bytes()).body.replace("\r\n", "\n"))
    return "\n\n".join(parts)


def _article(prose: str, size: int) -> str:
    body = (prose * (size // len(prose) + 1))[:size]
    return FRONT + body[: body.rfind("\n\n")] + "\n"


def timed_ms(func: Callable[[], object]) -> float:
    """The calling thread's CPU time for `func`, in ms."""
    start = time.thread_time()
    func()
    return (time.thread_time() - start) * 1000


def _per_keystroke(text: str, site: Site, samples: int) -> tuple[list[float], list[float]]:
    gui: list[float] = []
    pool: list[float] = []
    for i in range(samples):
        at = len(text) // 2 + i
        edited = text[:at] + "x" + text[at:]  # one key typed: a text no cache has seen
        article = Article.from_bytes(edited.encode())

        def on_gui(article: Article = article) -> None:
            run_checks(article, site, publishing=False, reminders=True, interactive=True, rules=GUI)
            article.to_text()  # the copy the pool gets

        gui.append(timed_ms(on_gui))
        pool.append(timed_ms(lambda a=article: run_checks(a, site, **_POOL_ARGS)))
    return gui, pool


def main() -> None:
    samples = int(sys.argv[sys.argv.index("--samples") + 1]) if "--samples" in sys.argv else 30
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        shutil.copytree(DATA / "site", root)
        (root / "redactie.toml").write_text("[style]\nhouse_style = true\n", encoding="utf-8")
        site = Site.open(root)
        prose = _dutch_bodies()
        print(f"checks per keystroke (a site with house style on; {samples} edits each)")
        for size in (50_000, 500_000):
            text = _article(prose, size)
            run_checks(Article.from_bytes(text.encode()), site)  # warm: imports, tables
            gui, pool = _per_keystroke(text, site, samples)
            kb = len(text.encode()) // 1000
            print(f"  {kb:4d} KB  GUI thread    {summary(gui)}")
            print(f"  {kb:4d} KB  pool (body)   {summary(pool)}")
        if "--skip-corpus" in sys.argv:
            return
        files = corpus_files()
        start = time.thread_time()
        for path in files:
            run_checks(Article.from_bytes(path.read_bytes()), site, path=path)
        seconds = time.thread_time() - start
        print(
            f"run_checks over the corpus, every rule on: {len(files)} files in {seconds:.2f} s "
            f"of CPU, {len(files) / seconds:.1f} files/s"
        )


if __name__ == "__main__":
    main()
