"""Article I/O figures: the corpus parsed and written back, one field set and saved on each file,
and a 5 MB article parsed and saved. Targets: corpus round trip < 1 s; 5 MB article < 100 ms.

Run: .venv/bin/python benchmarks/article_io.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._stats import summary, timed_ms
from redactie.core.article import Article
from tests.paths import EXAMPLE_ARTICLE, corpus_files


def corpus_round_trip(files: list[tuple[Path, bytes]]) -> None:
    per_file = []
    start = time.perf_counter()
    for _, data in files:
        t0 = time.perf_counter()
        out = Article.from_bytes(data).to_bytes()
        per_file.append((time.perf_counter() - t0) * 1000)
        assert out == data
    total = (time.perf_counter() - start) * 1000
    print(f"corpus parse+serialize : total {total:8.1f} ms   per file {summary(per_file)}")


def corpus_set_and_save(files: list[tuple[Path, bytes]], folder: Path) -> None:
    per_file = []
    start = time.perf_counter()
    for index, (_, data) in enumerate(files):
        target = folder / f"{index}.md"

        def edit(data: bytes = data, target: Path = target) -> None:
            article = Article.from_bytes(data)
            article.set("title", "Een nieuwe titel: met «tekens»")
            article.save(target)

        per_file.append(timed_ms(edit))
    total = (time.perf_counter() - start) * 1000
    print(f"corpus set title+save  : total {total:8.1f} ms   per file {summary(per_file)}")


def large_article(folder: Path) -> None:
    base = EXAMPLE_ARTICLE.read_bytes()
    head, _, body = base.partition(b"\n---\n")
    paragraph = body.strip() + b"\n\n"
    big = head + b"\n---\n" + paragraph * (5 * 1024 * 1024 // len(paragraph) + 1)
    target = folder / "groot.md"
    parse, save, both = [], [], []
    for _ in range(15):
        t0 = time.perf_counter()
        article = Article.from_bytes(big)
        t1 = time.perf_counter()
        article.set("title", "Groot artikel")
        article.save(target)
        t2 = time.perf_counter()
        parse.append((t1 - t0) * 1000)
        save.append((t2 - t1) * 1000)
        both.append((t2 - t0) * 1000)
    size = len(big) / 1024 / 1024
    print(f"{size:.1f} MB article parse   : {summary(parse)}")
    print(f"{size:.1f} MB article set+save: {summary(save)}")
    print(f"{size:.1f} MB article total   : {summary(both)}   (target < 100 ms)")


def main() -> None:
    files = [(p, p.read_bytes()) for p in corpus_files()]
    print(f"{len(files)} corpus files, {sum(len(d) for _, d in files) / 1024:.0f} KiB")
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _, data in files:
            Article.from_bytes(data).to_bytes()
        runs.append((time.perf_counter() - start) * 1000)
    median = statistics.median(runs)
    print(f"whole corpus round trip: median of 5 runs {median:.1f} ms (target < 1000 ms)")
    corpus_round_trip(files)
    with tempfile.TemporaryDirectory() as tmp:
        corpus_set_and_save(files, Path(tmp))
        large_article(Path(tmp))


if __name__ == "__main__":
    main()
