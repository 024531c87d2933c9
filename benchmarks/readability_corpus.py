"""Readability over the Dutch articles of the corpus: time per article (median, p95), the
score per site, long sentences, and how often the sentence splitter disagrees with syntok
(a second well-kept splitter without Dutch abbreviations) — the disagreements printed to read.

Run: .venv/bin/python benchmarks/readability_corpus.py [--show N]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from redactie.core.article import Article
from redactie.core.article.readability import _prose, readability, split_sentences
from tests.paths import CORPUS, corpus_files

DUTCH_SITES = ("developer-overheid-nl__don-site", "fronteers__website")


def _syntok(text: str) -> list[str]:
    import syntok.segmenter as segmenter  # only for this comparison

    return [
        "".join(t.spacing + t.value for t in sentence).strip()
        for paragraph in segmenter.analyze(text.replace("\n", " "))
        for sentence in paragraph
    ]


def main() -> None:
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 10
    times: list[float] = []
    scores: dict[str, list[float]] = defaultdict(list)
    long_count = blocks = differ = 0
    samples: list[tuple[list[str], list[str]]] = []
    files = [p for p in corpus_files() if str(p.relative_to(CORPUS)).startswith(DUTCH_SITES)]
    files = [p for p in files if "/nl/" in str(p) or p.parts[len(CORPUS.parts)].startswith("dev")]
    readability("Warm op.")
    for path in files:
        body = Article.from_bytes(path.read_bytes()).body
        start = time.perf_counter()
        result = readability(body)
        times.append((time.perf_counter() - start) * 1000)
        if result.words:
            scores[path.relative_to(CORPUS).parts[0]].append(result.score)
        long_count += len(result.long_sentences)
        for _line, text in _prose(body):
            blocks += 1
            ours = [s.strip() for s in split_sentences(text)]
            theirs = _syntok(text)
            if len(ours) != len(theirs):
                differ += 1
                samples.append((ours, theirs))
    times.sort()
    print(
        f"{len(files)} Dutch articles; readability per article: median "
        f"{statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95)]:.1f} ms"
    )
    for site, values in scores.items():
        print(
            f"  {site}: Flesch–Douma median {statistics.median(values):.0f} "
            f"(p5 {sorted(values)[len(values) // 20]:.0f})"
        )
    print(f"long sentences (> 25 words): {long_count}")
    print(f"prose blocks where pysbd+repairs and syntok count differently: {differ} of {blocks}")
    for ours, theirs in samples[:show]:
        print("--- ours  ", ours)
        print("    syntok", theirs)


if __name__ == "__main__":
    main()
