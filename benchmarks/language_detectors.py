"""Which language detector tells a Dutch alt text from an English one (Pexels writes English)?

Short sentences (4-20 words, as alt texts are) from the corpus: Dutch from the two Dutch
sites, English from the two English ones; each detector asked "Dutch or English?" (restricted
to those two where it can be). Prints accuracy per language, time per call (median, p95) and
the wheel's size on disk, side by side.

Run: .venv/bin/python benchmarks/language_detectors.py
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from redactie.core.article import Article
from redactie.core.article.readability import _prose, split_sentences
from tests.paths import CORPUS, corpus_files

SITES = {
    "nl": ("developer-overheid-nl__don-site", "fronteers__website/src/nl"),
    "en": ("rust-lang__blog.rust-lang.org", "KaeruCT__kaeruct.github.io"),
}
PER_LANGUAGE = 1500


def sentences(language: str) -> list[str]:
    found: list[str] = []
    for path in corpus_files():
        if not str(path.relative_to(CORPUS)).startswith(SITES[language]):
            continue
        body = Article.from_bytes(path.read_bytes()).body
        for _line, text in _prose(body):
            for sentence in split_sentences(text):
                words = sentence.split()
                if 4 <= len(words) <= 20 and not re.search(r"[`{}<>/=_]", sentence):
                    found.append(" ".join(words))
        if len(found) >= PER_LANGUAGE:
            break
    return found[:PER_LANGUAGE]


def detectors() -> dict[str, Callable[[str], str]]:
    import langdetect
    import py3langid
    import simplemma
    from lingua import Language, LanguageDetectorBuilder

    langdetect.DetectorFactory.seed = 0
    lingua = LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH).build()
    langid = py3langid.langid.LanguageIdentifier.from_modelpath(
        Path(py3langid.langid.MODEL_DIR) / py3langid.langid.MODEL_FILE
    )
    langid.set_languages(["nl", "en"])

    def with_langdetect(text: str) -> str:
        try:
            return "nl" if langdetect.detect(text) in ("nl", "af") else "en"
        except langdetect.LangDetectException:
            return "?"

    def with_lingua(text: str) -> str:
        found = lingua.detect_language_of(text)
        return "nl" if found == Language.DUTCH else "en" if found == Language.ENGLISH else "?"

    def with_simplemma(text: str) -> str:
        scores = dict(simplemma.langdetect(text, lang=("nl", "en")))
        return "nl" if scores.get("nl", 0) >= scores.get("en", 0) else "en"

    return {
        "langdetect 1.0.9": with_langdetect,
        "py3langid 0.4 (nl/en)": lambda t: langid.classify(t)[0],
        "lingua 2.1 (nl/en)": with_lingua,
        "simplemma 2.0 (nl/en)": with_simplemma,
    }


def main() -> None:
    corpus = {language: sentences(language) for language in SITES}
    print({language: len(items) for language, items in corpus.items()}, "sentences")
    for name, detect in detectors().items():
        detect("Warm up the model once.")
        right = {"nl": 0, "en": 0}
        times: list[float] = []
        wrong: list[str] = []
        for language, items in corpus.items():
            for sentence in items:
                start = time.perf_counter()
                answer = detect(sentence)
                times.append((time.perf_counter() - start) * 1e6)
                right[language] += answer == language
                if answer != language and len(wrong) < 3:
                    wrong.append(f"{language}->{answer}: {sentence[:60]}")
        times.sort()
        print(
            f"{name:24} nl {right['nl'] / len(corpus['nl']):.1%}  en "
            f"{right['en'] / len(corpus['en']):.1%}  "
            f"median {statistics.median(times):.0f} µs  p95 {times[int(len(times) * 0.95)]:.0f} µs"
        )
        for line in wrong:
            print("     ", line)


if __name__ == "__main__":
    main()
