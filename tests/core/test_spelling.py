"""The spell checker with the real OpenTaal and SCOWL dictionaries, and what it skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.core.spelling import SpellChecker, languages_for, read_word_list
from redactie.core.spelling import checker as checker_files
from redactie.core.spelling.tokens import markdown_words, plain_words


@pytest.fixture(scope="module")
def checker_module() -> SpellChecker:
    return SpellChecker(("nl_NL", "en_US"), personal=Path("/nonexistent/words.txt"))


@pytest.fixture
def checker(checker_module: SpellChecker, tmp_path: Path) -> SpellChecker:
    checker_module.personal = tmp_path / "dictionary.txt"
    checker_module.clear_ignored()
    return checker_module


def wrong(checker: SpellChecker, line: str) -> list[str]:
    return [token.word for token in checker.misspelled_markdown(line)]


def test_dutch_and_english_typos_exactly(checker: SpellChecker) -> None:
    text = (
        "De burgemeestre van Amsterdam heeft gisterne bekendgemaakt dat de fietsenstaling "
        "bij het station wordt uitgebreid. The goverment said it will recieve the report."
    )
    assert wrong(checker, text) == [
        "burgemeestre",
        "gisterne",
        "fietsenstaling",
        "goverment",
        "recieve",
    ]


@pytest.mark.parametrize(
    "word",
    [
        "auto's",
        "auto’s",
        "zo'n",
        "'s",
        "ĳsbeer",
        "IJsbeer",
        "vrijwilligersorganisatie",
        "gemeenteraadsverkiezingen",
        "e-mail",
        "Noord-Holland",
        "Financiën",
        "café",
    ],
)
def test_dutch_specifics_are_right(checker: SpellChecker, word: str) -> None:
    assert checker.check(word)
    assert wrong(checker, f"Zij zag {word} daar.") == []


def test_abbreviation_with_dot(checker: SpellChecker) -> None:
    assert wrong(checker, "Dat is bijv. zo, o.a. hier.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Zie `fuonction xyzzq` hier",
        "Lees https://nos.nl/artikel/xyzzq-qwrt en www.xyzzq.nl of xyzzq.com",
        "Mail naar qwrtz@xyzzq.nl vandaag",
        '{{< figure src="xyzzq.jpg" caption="Qwrtz" >}}',
        '<span class="xyzzq">tekst</span> <!-- qwrtz -->',
        "[de tekst](https://x.nl/xyzzq-qwrtz 'titel') en [tekst][xyzzq]",
        "[xyzzq]: https://example.com/qwrtz",
        "In 2024 had COVID19 en 3xyzzq geen NAVOQ op de NXYZQ",
        "Een my_xyzzq_var staat hier",
    ],
)
def test_skipped_constructs_are_not_flagged(checker: SpellChecker, line: str) -> None:
    assert wrong(checker, line) == []


def test_caps_are_checked_when_the_setting_is_off(checker: SpellChecker) -> None:
    assert [t.word for t in markdown_words("De NXYZQ zei", skip_caps=False)] == [
        "De",
        "NXYZQ",
        "zei",
    ]
    assert [t.word for t in plain_words("De NXYZQ zei")] == ["De", "zei"]


def test_positions_survive_emoji_and_emphasis() -> None:
    line = "😀 *vette* tekst"
    assert [(t.start, t.end) for t in markdown_words(line)] == [(3, 8), (10, 15)]


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("burgemeestre", "burgemeester"),
        ("gisterne", "gisteren"),
        ("fietsenstaling", "fietsenstalling"),
        ("recieve", "receive"),
        ("goverment", "government"),
    ],
)
def test_suggestions_contain_the_right_word(checker: SpellChecker, typo: str, right: str) -> None:
    assert right in checker.suggest(typo)


def test_add_to_dictionary_persists_across_restart(checker: SpellChecker) -> None:
    assert not checker.check("Xyzzqnieuws")
    checker.add_word("Xyzzqnieuws")
    assert checker.check("Xyzzqnieuws")
    assert checker.personal.read_text(encoding="utf-8") == "Xyzzqnieuws\n"
    again = SpellChecker(personal=checker.personal)
    assert again.check("Xyzzqnieuws")


def test_ignore_is_per_article(checker: SpellChecker) -> None:
    checker.ignore("Qwrtzer")
    assert wrong(checker, "De Qwrtzer komt") == []
    checker.clear_ignored()
    assert wrong(checker, "De Qwrtzer komt") == ["Qwrtzer"]


def test_site_word_list(tmp_path: Path) -> None:
    site = tmp_path / "woorden.txt"
    site.write_text("# redactiewoorden\nQwrtzkrant\n", encoding="utf-8")
    assert read_word_list(site) == {"Qwrtzkrant"}
    checker = SpellChecker(personal=tmp_path / "p.txt", site_words=site)
    assert checker.check("Qwrtzkrant")


def test_languages_for_site_codes() -> None:
    assert languages_for("nl-NL") == ("nl_NL", "en_US")
    assert languages_for("en-gb") == ("en_US", "nl_NL")
    assert languages_for(None) == ("nl_NL", "en_US")


def test_bundled_dictionaries_are_found(tmp_path: Path) -> None:
    dic = checker_files.dictionary_files("nl_NL", folders=[tmp_path])
    assert dic == checker_files.bundled_folder() / "hunspell" / "nl_NL.dic"
    assert (checker_files.bundled_folder() / "LICENSE-nl_NL-OpenTaal.txt").is_file()
    assert checker_files.dictionary_files("xx_XX", folders=[tmp_path]) is None


def test_dutch_compounds_and_apostrophe_plurals_are_right_when_their_parts_are(
    checker: SpellChecker,
) -> None:
    for word in ("AI-innovatie", "agent-technologie", "MKB'ers", "MKB’ers", "cd's"):
        assert checker.check(word), word
    for word in ("xqzt-innovatie", "AI-xqzt", "MKB-xqzt"):
        assert not checker.check(word), word


def test_the_verdicts_kept_are_bounded_by_bytes(
    checker: SpellChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing makes a new word with every key; the cache of verdicts stays within its bytes
    and still answers rightly after it was dropped."""
    monkeypatch.setattr(checker_files, "CACHE_BYTES", 20_000)
    checker.clear_ignored()
    for number in range(2_000):
        checker.check(f"woordje{number}x")
        assert checker.cache_bytes <= 20_000
    assert 0 < len(checker._cache) <= 20_000 // checker_files._ENTRY_BYTES
    assert checker.check("fiets") and not checker.check("fietsq")
