"""Dutch readability: sentences split as a Dutch reader would, Flesch–Douma as defined."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.article.readability import (
    flesch_douma,
    grade,
    long_sentences,
    readability,
    split_sentences,
    syllable_count,
)
from tests.paths import EXAMPLE_ARTICLE, SAMPLES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De minister, o.a. verantwoordelijk voor nr. 3, zei dat dhr. Jansen bijv. 2,5 mln. "
            "euro kreeg. Het kabinet valt om 09.30 uur. Daarna?",
            3,
        ),
        ("Mevr. De Vries stemde voor. Prof. dr. ir. A. Bakker ook. Zie blz. 12 en art. 5.", 3),
        (
            "„Wij gaan door”, zegt ze. „Echt?” Ja. De omzet steeg t.o.v. vorig jaar, d.w.z. flink.",
            4,
        ),
        ('"Dat is veel," zei hij. "Klaar?" Ja.', 3),
        ("Hij werkt bij Google Inc. en woont in Gent. Het is 10 uur.", 2),
        ("Ze draaien Java en .NET. Daarna ging het mis.", 2),
        ("Ze leren tuberculose—tering!—vast te stellen.", 1),
        # from the corpus (fronteers): a boundary after a domain name
        (
            "De meeting bij Info.nl is vol. Wie zich nu aanmeldt, komt op een wachtlijst.",
            2,
        ),
    ],
)
def test_dutch_sentences_with_abbreviations_numbers_and_quotes(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected, split_sentences(text)


def test_syllables_follow_dutch_hyphenation() -> None:
    assert [syllable_count(w) for w in ("verantwoordelijk", "de", "AI-talent", "2026")] == [
        5,
        1,
        3,
        1,
    ]


def test_the_score_is_flesch_douma() -> None:
    # 206.84 - 77 * 1.5 - 0.93 * 10
    assert flesch_douma(words=20, sentences=2, syllables=30) == pytest.approx(82.04)
    assert flesch_douma(0, 0, 0) == 0.0


def test_prose_only_and_long_sentences_with_their_lines() -> None:
    long = " ".join(["Woord"] + ["woord"] * 29)
    body = (
        "# Een kop telt niet mee\n\n"
        "Korte zin. Nog een.\n\n"
        "```\ncode telt niet mee. Ook dit niet.\n```\n\n"
        f"Eerste zin. {long}.\n\n"
        "{{< figure src=x.jpg >}}\n"
    )
    result = readability(body)
    assert (result.words, result.sentences) == (36, 4)
    assert [p.line for p in result.paragraphs] == [3, 9]
    [sentence] = result.long_sentences
    assert (sentence.line, sentence.words) == (9, 30)
    assert readability(body, long_words=40).long_sentences == ()


@pytest.mark.parametrize("limit", [10, 25, 29, 30])
def test_long_sentences_alone_are_the_same_as_in_the_whole_count(limit: int) -> None:
    """The check's shortcut (only blocks over the limit are segmented) finds the same, at
    the limit too (a block of exactly `limit` words holds no longer sentence)."""
    exact = " ".join(["Woord"] + ["woord"] * 29) + "."
    bodies = [f"Eerste zin. {exact}\n\n{exact}\n\nKort.\n"]
    for path in [EXAMPLE_ARTICLE, *sorted(SAMPLES.rglob("*.md"))]:
        bodies.append(Article.from_bytes(path.read_bytes()).body)
    for body in bodies:
        assert long_sentences(body, limit) == readability(body, limit).long_sentences


def test_the_example_article_reads_as_plain_news() -> None:
    body = Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body
    result = readability(body)
    assert 30 < result.score < 70
    assert result.words > 300 and result.sentences > 15


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (95, "very-easy"),
        (80, "easy"),
        (65, "standard"),
        (55, "fairly-hard"),
        (45, "hard"),
        (10, "very-hard"),
    ],
)
def test_scores_read_in_flesch_bands(score: float, expected: str) -> None:
    assert grade(score) == expected


def test_long_sentences_are_an_info_finding_never_a_gate(tmp_path: Path) -> None:
    import io
    import shutil

    from redactie import commands
    from redactie.core.checks import has_errors, run_checks
    from redactie.core.site import Site
    from tests.paths import DATA

    long = " ".join(["Dit"] + ["woord"] * 29) + "."
    text = f'---\ntitle: "T"\ndate: 2026-02-25T10:11:21+01:00\n---\nKort.\n\n{long}\n'
    article = Article.from_bytes(text.encode())
    findings = [f for f in run_checks(article) if f.rule_id == "sentence-long"]
    assert [(f.line, f.severity, f.params["words"]) for f in findings] == [(7, "info", 30)]
    assert not has_errors(findings)
    assert [f for f in run_checks(article, interactive=True) if f.rule_id == "sentence-long"] == []

    path = tmp_path / "stuk.md"
    path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert commands.main(["check", str(path), "--lang", "en"], out, err) == 0
    assert ":7: sentence-long A long sentence (30 words, over 25)" in out.getvalue()
    assert err.getvalue() == "errors: 0, warnings: 1, files: 1\n"  # cover-image; a hint is not

    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text('[checks]\nsentence-long = "error"\n')
    raised = run_checks(article, Site.open(root))
    assert has_errors(f for f in raised if f.rule_id == "sentence-long")
