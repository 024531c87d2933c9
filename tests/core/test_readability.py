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
    assert commands.main(["check", str(path), "--hints", "--lang", "en"], out, err) == 0
    assert ":7: sentence-long A long sentence (30 words, over 25)" in out.getvalue()
    assert err.getvalue() == "errors: 0, warnings: 1, files: 1\n"  # cover-image; a hint is not

    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text('[checks]\nsentence-long = "error"\n')
    raised = run_checks(article, Site.open(root))
    assert has_errors(f for f in raised if f.rule_id == "sentence-long")


def test_the_syllable_cache_is_bounded_by_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pyphen keeps every word it saw; typing makes new ones with every key."""
    from redactie.core.article import readability as module

    monkeypatch.setattr(module, "SYLLABLE_CACHE_BYTES", 90_000)
    for number in range(1_000):
        module.syllable_count(f"fietsenstalling{number}a")
        assert module.syllable_cache_bytes() <= 90_000 + module._SYLLABLE_ENTRY_BYTES
    assert module.syllable_count("fietsenstalling") == 4


# Short texts in the style of published Dutch news, scored by hand. Words as a reader counts
# them; a number is one word of one syllable and an abbreviation as written ("dhr") one
# syllable (the module's rules); syllables as a Dutch dictionary splits them (the last text
# is full of the words where hyphenation alone gives one too few: o-ver, i-dee, ra-di-o).
HAND_SCORED = [
    (
        # Het1 ka-bi-net3 wil1 meer1 geld1 uit-ge-ven3 aan1 on-der-wijs3: 8 words, 14 syllables
        # De1 Twee-de2 Ka-mer2 praat1 vol-gen-de3 week1 met1 de1 mi-nis-ter3: 9 words, 15
        # 17 words, 2 sentences, 29 syllables:
        # 206.84 - 77 * 29/17 - 0.93 * 17/2 = 206.84 - 131.353 - 7.905 = 67.582
        "Het kabinet wil meer geld uitgeven aan onderwijs. "
        "De Tweede Kamer praat volgende week met de minister.",
        (17, 2, 29, 67.6),
    ),
    (
        # De1 ge-meen-te3 Lei-den2 bouwt1 dit1 jaar1 2500:1 nieu-we2 wo-nin-gen3: 9 words, 15
        # Vol-gens2 wet-hou-der3 dhr1 Jan-sen2 is1 dat1 hard1 no-dig2: 8 words, 13
        #   ("dhr." ends no sentence)
        # Huur-ders2 be-ta-len3 straks1 ge-mid-deld3 900:1 eu-ro2 per1 maand1: 8 words, 14
        # 25 words, 3 sentences, 42 syllables:
        # 206.84 - 77 * 42/25 - 0.93 * 25/3 = 206.84 - 129.36 - 7.75 = 69.73
        "De gemeente Leiden bouwt dit jaar 2500 nieuwe woningen. Volgens wethouder dhr. "
        "Jansen is dat hard nodig. Huurders betalen straks gemiddeld 900 euro per maand.",
        (25, 3, 42, 69.7),
    ),
    (
        # „We1 gaan1 door1”, zegt1 de1 bur-ge-mees-ter4: 6 words, 9 (the quote ends no sentence)
        # Het1 stad-huis2 blijft1 voor-lo-pig3 dicht1: 5 words, 8
        # 11 words, 2 sentences, 17 syllables:
        # 206.84 - 77 * 17/11 - 0.93 * 11/2 = 206.84 - 119.0 - 5.115 = 82.725
        "„We gaan door”, zegt de burgemeester. Het stadhuis blijft voorlopig dicht.",
        (11, 2, 17, 82.7),
    ),
    (
        # Door1 de1 aan-hou-den-de4 droog-te2 heb-ben2 boe-ren2 in1 het1 oos-ten2 van1 het1
        # land1 steeds1 meer1 moei-te2 om1 hun1 ge-was-sen3 op1 tijd1 van1 vol-doen-de3
        # wa-ter2 te1 voor-zien2: 25 words, 1 sentence, 39 syllables:
        # 206.84 - 77 * 39/25 - 0.93 * 25 = 206.84 - 120.12 - 23.25 = 63.47
        "Door de aanhoudende droogte hebben boeren in het oosten van het land steeds meer "
        "moeite om hun gewassen op tijd van voldoende water te voorzien.",
        (25, 1, 39, 63.5),
    ),
    (
        # O-ver2 het1 i-dee2 van1 de1 ra-di-o3 praat1 de1 mi-nis-ter3 met1 de1 o-ver-heid3:
        # 12 words, 1 sentence, 20 syllables:
        # 206.84 - 77 * 20/12 - 0.93 * 12 = 206.84 - 128.333 - 11.16 = 67.347
        "Over het idee van de radio praat de minister met de overheid.",
        (12, 1, 20, 67.3),
    ),
]


@pytest.mark.parametrize(("text", "counted"), HAND_SCORED)
def test_flesch_douma_of_news_texts_counted_by_hand(
    text: str, counted: tuple[int, int, int, float]
) -> None:
    result = readability(text)
    words, sentences, syllables, score = counted
    assert (result.words, result.sentences, result.syllables) == (words, sentences, syllables)
    assert round(result.score, 1) == score


def test_the_article_scores_its_paragraphs_together() -> None:
    """Two of the texts as paragraphs: each keeps its score, the article counts them as one.
    28 words, 4 sentences, 46 syllables: 206.84 - 77 * 46/28 - 0.93 * 28/4
    = 206.84 - 126.5 - 6.51 = 73.83."""
    body = HAND_SCORED[0][0] + "\n\n" + HAND_SCORED[2][0] + "\n"
    result = readability(body)
    assert [round(p.score, 1) for p in result.paragraphs] == [67.6, 82.7]
    assert [p.line for p in result.paragraphs] == [1, 3]
    assert (result.words, result.sentences, result.syllables) == (28, 4, 46)
    assert round(result.score, 1) == 73.8


def test_syllables_at_a_words_edge_and_in_a_hiatus() -> None:
    """Pyphen's Dutch patterns split no single letter at a word's edge nor a hiatus."""
    words = ("over", "idee", "radio", "economie", "België", "ideeën", "één", "niveau", "mooie")
    assert [syllable_count(w) for w in words] == [2, 2, 3, 4, 3, 3, 1, 2, 2]
    words = ("verantwoordelijk", "eeuw", "uitgeven", "Oekraïne", "you", "yaml", "hobby")
    assert [syllable_count(w) for w in words] == [5, 1, 3, 4, 1, 1, 2]
