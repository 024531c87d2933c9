"""Mutated real articles: opening, editing, saving, rendering and checking raise only typed
errors. Counts of slow files belong in benchmarks/hostile.py; here only what happened counts.

A few hundred mutants run always; 3,000 with `REDACTIE_SLOW=1` (about a minute and a half).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redactie.core.article import Article, ArticleError
from redactie.core.article.frontmatter import FrontMatterError
from redactie.core.checks import run_checks
from redactie.core.render import render_html
from tests.mutants import mutants
from tests.paths import CORPUS, corpus_files

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the corpus is not at {CORPUS} (../shared beside the checkout)"
)


def _exercise(data: bytes, folder: Path) -> str:
    """What one mutant does in the app's core; returns the outcome, raises the untyped."""
    try:
        article = Article.from_bytes(data)
    except ArticleError:
        return "refused"
    run_checks(article, None, publishing=True)
    render_html(article.body)
    try:
        article.set("title", "Een nieuwe kop met “aanhalingstekens” en 's avonds")
    except FrontMatterError:
        return "locked"
    path = folder / "artikel.md"
    article.save(path)
    again = Article.from_bytes(path.read_bytes())
    assert again.get("title") == "Een nieuwe kop met “aanhalingstekens” en 's avonds"
    return "edited"


def _run(count: int, tmp_path: Path) -> dict[str, int]:
    outcomes: dict[str, int] = {}
    untyped: list[str] = []
    for name, data in mutants(corpus_files(), count):
        try:
            outcome = _exercise(data, tmp_path)
        except Exception as exc:  # the thing under test: nothing untyped may escape
            untyped.append(f"{name}: {type(exc).__name__}: {str(exc)[:120]}")
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert untyped == [], "\n".join(untyped[:20])
    return outcomes


def test_three_hundred_mutants_raise_only_typed_errors(tmp_path: Path) -> None:
    outcomes = _run(300, tmp_path)
    assert sum(outcomes.values()) == 300
    assert outcomes.get("edited", 0) > 100  # most mutants still open and edit


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("REDACTIE_SLOW"), reason="set REDACTIE_SLOW=1 to run")
def test_three_thousand_mutants_raise_only_typed_errors(tmp_path: Path) -> None:
    assert sum(_run(3000, tmp_path).values()) == 3000
