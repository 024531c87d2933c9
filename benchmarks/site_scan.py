"""Taxonomy scan figures on a generated site of 10,000 articles.

Prints the cold scan (no redactie cache; the OS file cache is warm, since the files were just
written), the warm scan (a new index, as at start-up, reading the cache file), a rescan by the
same index (as the GUI does on focus), and a scan after one changed file. Targets: cold < 3 s,
warm < 300 ms.

Run: .venv/bin/python benchmarks/site_scan.py [--articles N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._stats import summary, timed_ms
from redactie.core.site.tags import TaxonomyIndex

SECTIONS = ("nieuws", "achtergrond", "economie", "politiek", "tech")
LABELS = ("BESLISSER", "ANALYSE", "ACHTERGROND", "OPINIE")
WORDS = [
    *("ai", "politiek", "economie", "verkiezingen", "klimaat", "onderwijs", "zorg", "wonen"),
    *("europa", "defensie", "energie", "landbouw", "stikstof", "migratie", "cultuur", "sport"),
    *("media", "rechtspraak", "gemeenten", "provincies", "kunstmatige-intelligentie"),
    *("cybersecurity", "privacy", "innovatie", "startups", "mkb", "arbeidsmarkt"),
]
BODY = (
    "Het Nederlandse AI-talent is wereldwijd gewild. Het verhaal van de maker laat zien dat "
    "innovatie niet per se uit Silicon Valley hoeft te komen.\n\n"
) * 12


def article(rng: random.Random, number: int) -> str:
    tags = [*rng.sample(WORDS, rng.randint(2, 5)), f"onderwerp-{rng.randint(1, 400)}"]
    tag_list = ", ".join(f'"{t}"' for t in tags)
    day = 1 + number % 28
    if number % 10 == 0:  # some sites mix in TOML front matter
        return (
            f'+++\ntitle = "Artikel {number}"\ndate = 2025-03-{day:02d}T10:00:00+01:00\n'
            f'tags = [{tag_list}]\nlabel = "{rng.choice(LABELS)}"\ndraft = false\n'
            f'[cover]\nimage = "https://images.pexels.com/photos/{number}/p.jpeg"\n'
            f'alt = "Een foto"\ncaption = "Foto: Iemand via Pexels"\n+++\n\n{BODY}'
        )
    return (
        f'---\ntitle: "Artikel {number} over {tags[0]}"\ndate: 2025-03-{day:02d}T10:00:00+01:00\n'
        f"tags: [{tag_list}]\n"
        'summary: "Een samenvatting van ongeveer honderd tekens, zoals de redactie die schrijft."\n'
        f'label: "{rng.choice(LABELS)}"\ncover:\n'
        f'  image: "https://images.pexels.com/photos/{number}/p.jpeg?w=940"\n'
        '  alt: "Een foto van iets"\n  caption: "Foto: Iemand via Pexels"\n'
        f"draft: false\n---\n\n{BODY}"
    )


def generate(content: Path, count: int) -> list[Path]:
    rng = random.Random(42)
    paths = []
    for number in range(count):
        folder = content / SECTIONS[number % len(SECTIONS)] / f"{2020 + number % 6}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"2025-03-01-artikel-{number}.md"
        path.write_text(article(rng, number), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="cold scans to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        cache = Path(tmp) / "cache" / "taxonomy.json"
        start = time.perf_counter()
        paths = generate(content, args.articles)
        print(f"generated {len(paths)} articles in {time.perf_counter() - start:.1f} s")

        def cold() -> None:
            cache.unlink(missing_ok=True)
            TaxonomyIndex(content, cache_file=cache).scan()

        cold_ms = [timed_ms(cold) for _ in range(args.runs)]
        print(f"cold scan (no cache)      : {summary(cold_ms)}   target < 3000 ms")

        warm_ms = [
            timed_ms(lambda: TaxonomyIndex(content, cache_file=cache).scan()) for _ in range(20)
        ]
        print(f"warm scan (cache file)    : {summary(warm_ms)}   target < 300 ms")

        index = TaxonomyIndex(content, cache_file=cache)
        index.scan()
        rescan_ms = [timed_ms(index.scan) for _ in range(20)]
        print(f"rescan, same index        : {summary(rescan_ms)}")

        changed_ms = []
        rng = random.Random(7)
        for run in range(20):
            path = rng.choice(paths)
            path.write_text(path.read_text(encoding="utf-8").replace("ai", f"ai{run}", 1))
            changed_ms.append(timed_ms(lambda: TaxonomyIndex(content, cache_file=cache).scan()))
        print(f"one changed file (new idx): {summary(changed_ms)}")
        changed_same = []
        for run in range(20):
            path = rng.choice(paths)
            path.write_text(path.read_text(encoding="utf-8").replace("ai", f"ia{run}", 1))
            changed_same.append(timed_ms(index.scan))
        print(f"one changed file (same)   : {summary(changed_same)}")
        top = ", ".join(f"{tag} ({n})" for tag, n in index.terms("tags")[:5])
        print(f"most used tags: {top}; {len(index.terms('tags'))} distinct")


if __name__ == "__main__":
    main()
