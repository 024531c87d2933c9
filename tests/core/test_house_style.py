"""House style: off by default; when a site turns it on, words, numbers, %, times and double
spaces in running text, with the certain replacements as body offsets."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.checks import alt_text, lines, run_checks, style
from redactie.core.checks import body as body_rules
from redactie.core.site import Site
from redactie.core.site.errors import SiteConfigError
from tests.markers import needs_corpus
from tests.paths import CORPUS, DATA, corpus_files

FRONT = '---\ntitle: "T"\ndate: 2026-02-25T10:11:21+01:00\n---\n'


def _site(tmp_path: Path, style: str = "house_style = true\n") -> Site:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text("[style]\n" + style, encoding="utf-8")
    return Site.open(root)


def _style(body: str, site: Site | None) -> list[tuple[str, str, object]]:
    article = Article.from_bytes((FRONT + body).encode())
    return [
        (f.rule_id, f.params["found"], f.replacement[3] if f.replacement else None)
        for f in run_checks(article, site)
        if f.rule_id.startswith("style-")
    ]


def test_off_unless_the_site_turns_it_on(tmp_path: Path) -> None:
    body = "Middels 3 ton steeg het 12% om 9:30.\n"
    assert _style(body, None) == []
    assert _style(body, Site.open(shutil.copytree(DATA / "site", tmp_path / "s"))) == []


def test_each_rule_with_its_certain_replacement(tmp_path: Path) -> None:
    body = "Middels een brief meldde hij dat 3 gemeenten 12,5% meer kregen om 9:30 uur.  Klaar.\n"
    assert _style(body, _site(tmp_path)) == [
        ("style-word", "Middels", "Met"),
        ("style-number", "3", None),  # suggested, never replaced blindly
        ("style-percent", "12,5%", "12,5 procent"),
        ("style-time", "9:30 uur", "09.30 uur"),
        ("style-spaces", "  ", " "),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Op 3 mei was het zover.\n",  # a date
        "Het werd 3-2 voor Ajax.\n",  # a score
        "Zie artikel 5 en blz. 12.\n",  # a label
        "Het kost 15 euro en weegt 3 kg.\n",  # units
        "1. Eerste punt\n2. Tweede punt\n",  # a list
        "`teneinde 3%` en\n\n```\nmiddels 9:30\n```\n",  # code
        "[tevens](https://example.org/?q=12%25&t=9:30)\n",  # a link target
        "Hij schreef 25 stukken en 2026 was het jaar.\n",  # over twenty, a year
    ],
)
def test_running_text_only(tmp_path: Path, body: str) -> None:
    assert [r for r in _style(body, _site(tmp_path)) if r[0] != "style-word"] == []


def test_a_site_adds_its_own_words_and_patterns(tmp_path: Path) -> None:
    site = _site(
        tmp_path, 'house_style = true\nwords = { "corona" = "covid-19", "e-?mail" = "mail" }\n'
    )
    found = _style("Corona kwam per email en e-mail.\n", site)
    assert found == [
        ("style-word", "Corona", "Covid-19"),
        ("style-word", "email", None),  # a pattern: suggested only
        ("style-word", "e-mail", None),
    ]


def test_a_broken_pattern_is_named(tmp_path: Path) -> None:
    with pytest.raises(SiteConfigError) as refused:
        _site(tmp_path, 'words = { "(open" = "x" }\n')
    assert refused.value.code == "site.config-needs-regex"


def test_a_level_in_checks_turns_one_rule_on(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    (root / "redactie.toml").write_text('[checks]\nstyle-percent = "warning"\n')
    assert _style("Middels 12%.\n", Site.open(root)) == [("style-percent", "12%", "12 procent")]


@pytest.mark.parametrize(
    "body",
    [
        ">    Een citaat dat inspringt.\n",
        "-   -   Een lijst in een lijst\n",
        "| Naam   | Aantal |\n|--------|--------|\n| Jan    | 3      |\n",
        "    code  die inspringt met 3 spaties\n",
        "De iPhone 4 en Oosterdok 2 in Amsterdam.\n",
        "Donderdag 13 en vrijdag 14 juni.\n",
    ],
)
def test_markup_names_and_dates_are_not_house_style(tmp_path: Path, body: str) -> None:
    """Cases read on the corpus's Dutch sites, where each first gave a false finding."""
    assert _style("Tekst.\n\n" + body, _site(tmp_path)) == []


@needs_corpus
def test_on_the_dutch_corpus_sites(tmp_path: Path) -> None:
    """Counts with house style on for the 358 Dutch articles; samples of each were read (the
    numbers in running text, times like 17:00 uur, % and officialese are what a desk editor
    marks; double spaces left are real ones, in prose and headings). Quotation marks on the
    default “…” site: 2, both real (`"Aufforderungscharakter”`, `”play”`); with `‘’` the 403
    straight and 103 curly double quotations read as what they are, once the arguments of
    another generator's `{% tags %}` (55 pairs) were left out."""
    site = _site(tmp_path)
    found: Counter[str] = Counter()
    for path in corpus_files():
        name = str(path.relative_to(CORPUS))
        if name.startswith(("developer-overheid", "fronteers__website/src/nl")):
            for f in run_checks(Article.from_bytes(path.read_bytes()), site, path=path):
                if f.rule_id.startswith("style-"):
                    found[f.rule_id] += 1
    assert found["style-spaces"] <= 12 and found["style-number"] <= 260
    assert found["style-quotes"] == 2


def test_every_style_finding_has_its_column(tmp_path: Path) -> None:
    body = "Zo 🎉 ging het: middels een brief om 9:30 uur kregen  3 gemeenten 12% meer.\n"
    article = Article.from_bytes((FRONT + body).encode())
    found = [
        (f.rule_id, f.line, f.column)
        for f in run_checks(article, _site(tmp_path))
        if f.rule_id.startswith("style-")
    ]
    line = body.rstrip("\n")
    expected = [
        ("style-word", "middels"),
        ("style-time", "9:30 uur"),
        ("style-spaces", "  "),
        ("style-number", "3 gemeenten"),
        ("style-percent", "12%"),
    ]
    assert sorted(found, key=lambda f: f[2] or 0) == [
        (rule_id, 5, line.index(what) + 1) for rule_id, what in expected
    ]


def _quotes(body: str, site: Site, front: str = FRONT) -> list[tuple[str, str | None]]:
    article = Article.from_bytes((front + body).encode())
    return [
        (f.params["found"], f.replacement[3] if f.replacement else None)
        for f in run_checks(article, site)
        if f.rule_id == "style-quotes"
    ]


def test_quotation_marks_in_another_form_than_the_sites(tmp_path: Path) -> None:
    """Default “…”: straight marks pass (Hugo's typographer writes them as “…”); the old „…”
    and marks the wrong way round are flagged, with the site's pair as the fix."""
    site = _site(tmp_path)
    body = (
        'Hij zei „nee” en ze zei ”ja”. Toen: “prima”, en "goed".\n\n'
        'Het „[rapport](https://example.org/a "titel")” kwam.\n'
    )
    assert _quotes(body, site) == [
        ("„…”", "“nee”"),
        ("”…”", "“ja”"),
        ("„…”", '“[rapport](https://example.org/a "titel")”'),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Zo’n ’s avonds op z’n 27” scherm; de ‘zogenaamde’ oplossing.\n",  # apostrophes, inches
        "“Een citaat dat doorloopt\n\n“in de volgende alinea.”\n",  # each paragraph reopens
        "`„code”` en\n\n```\nx = „y”\n```\n",  # code
        '<span title="„x”">tekst</span> en {{< figure caption="„Foto”" >}}\n',  # HTML, shortcode
        '{% note "„Liquid”" %} uit een andere generator.\n',
    ],
)
def test_quotes_in_markup_code_and_apostrophes_are_not_read(tmp_path: Path, body: str) -> None:
    assert _quotes(body, _site(tmp_path)) == []


def test_quotes_in_the_front_matter_are_not_read(tmp_path: Path) -> None:
    front = '---\ntitle: "Minister: „Niet nu”"\ndate: 2026-02-25T10:11:21+01:00\n---\n'
    assert _quotes("Tekst.\n", _site(tmp_path), front) == []


def test_a_site_that_quotes_with_single_marks(tmp_path: Path) -> None:
    site = _site(tmp_path, 'house_style = true\nquotes = "‘’"\n')
    body = 'Hij zei "nee" en “ja”; ‘goed’ en ’s avonds.\n'
    assert _quotes(body, site) == [('"…"', "‘nee’"), ("“…”", "‘ja’")]


def test_a_quote_pair_the_site_cannot_mean_is_named(tmp_path: Path) -> None:
    with pytest.raises(SiteConfigError) as refused:
        _site(tmp_path, 'quotes = "<<>>"\n')
    assert refused.value.code == "site.config-needs-quote-pair"


def test_no_text_is_kept_after_a_run(tmp_path: Path) -> None:
    """The caches the rules share live for one run: while typing each pause checks a new
    version, and kept they held the last few (1-2 MiB each at 500 KB, issue 18)."""
    site = _site(tmp_path)
    body = "Een zin met `code`, ![](foto.jpg) en [een link](https://a.nl/?a&#038;b).\n"
    for n in range(6):
        text = f"---\ntitle: Test {n}\n---\n\n{body * (n + 1)}<!-- klad -->\n"
        findings = run_checks(Article.from_bytes(text.encode()), site)
        assert findings
    assert body_rules.without_code.cache_info().currsize == 0
    assert alt_text.body_alts.cache_info().currsize == 0
    assert lines.line_index.cache_info().currsize == 0
    assert style.readable.cache_info().currsize == 0
