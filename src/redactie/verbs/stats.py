"""`redactie stats FILE...`: how long and how readable each article is.

Words and reading time as Hugo counts them (`core.article.textstats`), sentences and the
Flesch–Douma score as `core.article.readability` reads the prose, and the sentences over
`--long` words (default 25) with their file lines, to shorten first. With `--json` one JSON
object per file. A hint, never a verdict: exit 0; 1 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactie.core import storage
from redactie.core.article import Article, ArticleError
from redactie.core.article.readability import (
    LONG_SENTENCE_WORDS,
    Readability,
    grade,
    readability,
)
from redactie.core.article.textstats import text_stats

if TYPE_CHECKING:
    from redactie.verbs.output import Output as _Output

PREVIEW_CHARS = 70


def add_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = verbs.add_parser("stats", help="words, reading time and Dutch readability")
    stats.add_argument("files", nargs="+", type=Path, metavar="FILE")
    stats.add_argument(
        "--long", type=int, default=LONG_SENTENCE_WORDS, metavar="N", help="a long sentence"
    )
    stats.add_argument("--json", action="store_true", help="one JSON object per file")
    stats.add_argument("--lang", choices=("nl", "en"), default=None, help="message language")


def run(args: argparse.Namespace, ui: _Output) -> int:
    failed = 0
    for path in args.files:
        try:
            article = Article.from_path(path)
        except (ArticleError, storage.StorageError) as exc:
            ui.error(ui.words.message(exc, path=path))
            failed += 1
            continue
        record = _record(path, article, args.long)
        if args.json:
            ui.line(json.dumps(record, ensure_ascii=False))
        else:
            _print(record, ui)
    return 1 if failed else 0


def body_first_line(article: Article) -> int:
    """The file line (1-based) on which the body starts."""
    text = article.to_text()
    return text.count("\n", 0, len(text) - len(article.body)) + 1


def _record(path: Path, article: Article, long_words: int) -> dict[str, Any]:
    counted = text_stats(article.body)
    prose: Readability = readability(article.body, long_words)
    first = body_first_line(article)
    return {
        "path": str(path),
        "words": counted.words,
        "sentences": prose.sentences,
        "reading_minutes": counted.reading_minutes,
        "flesch_douma": round(prose.score, 1),
        "long_sentences": [
            {"line": s.line + first - 1, "words": s.words, "text": s.text}
            for s in prose.long_sentences
        ],
    }


def _print(record: dict[str, Any], ui: _Output) -> None:
    score = record["flesch_douma"]
    ui.line(
        ui.say(
            "cli.stats.summary",
            path=record["path"],
            words=record["words"],
            sentences=record["sentences"],
            minutes=record["reading_minutes"],
            score=f"{score:.0f}",
            grade=ui.say("cli.stats." + grade(score)),
        )
    )
    for sentence in record["long_sentences"]:
        text = sentence["text"]
        short = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        ui.line(
            ui.say("cli.stats.long", line=sentence["line"], words=sentence["words"], text=short)
        )
