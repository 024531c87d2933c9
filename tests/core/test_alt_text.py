"""Alt texts: in the site's language, describing what is shown, and there at all."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.checks import run_checks
from redactie.core.site import Site
from tests.markers import needs_corpus
from tests.paths import CORPUS, DATA, corpus_files

DUTCH_BODY = (
    "Het kabinet heeft gisteren besloten om de regels voor fietsers in de stad aan te passen.\n"
)


def _findings(
    alt: str, body: str = DUTCH_BODY, site: Site | None = None
) -> list[tuple[str, str | None]]:
    text = (
        '---\ntitle: "Een stuk"\ndate: 2026-02-25T10:11:21+01:00\ncover:\n'
        f'  image: "images/a.jpg"\n  alt: {json.dumps(alt)}\n  caption: "Foto: Jan"\n---\n{body}'
    )
    return [
        (f.rule_id, f.variant)
        for f in run_checks(Article.from_bytes(text.encode()), site)
        if f.rule_id in ("alt-language", "alt-quality", "body-image-alt")
    ]


@pytest.fixture
def english_site(tmp_path: Path) -> Site:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    config = root / "hugo.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"nl-nl"', '"en-us"'))
    return Site.open(root)


@pytest.mark.parametrize(
    ("alt", "expected"),
    [
        (
            "Close-up of a smartphone displaying ChatGPT app held over AI textbook.",
            [("alt-language", "en")],
        ),
        ("Woman in white shirt sitting on chair", [("alt-language", "en")]),
        ("Een man fietst in de regen langs de gracht", []),
        ("Betaalpagina van Ogone Payments", []),  # names say nothing about the language
        ("XKCD 927: Standards. Strip met drie panelen.", []),  # Dutch, quoting English
        ("Aerial view", []),  # too short to tell
        ("Foto van Amy Davis bij de ingang", [("alt-quality", "filler")]),
        ("Een plein " + "met heel veel mensen " * 8, [("alt-quality", "long")]),
    ],
)
def test_the_cover_alt_on_a_dutch_article(alt: str, expected: list[tuple[str, str]]) -> None:
    assert _findings(alt) == expected


def test_an_english_article_without_a_site_may_have_english_alts() -> None:
    body = "The government decided yesterday to change the rules for cyclists in the city.\n"
    assert _findings("Woman in white shirt sitting on chair", body) == []


def test_a_dutch_alt_on_an_english_site(english_site: Site) -> None:
    assert _findings("Een man fietst in de regen langs de gracht", site=english_site) == [
        ("alt-language", "nl")
    ]


def test_body_images_without_alt_but_not_in_code() -> None:
    body = (
        'Tekst.\n\n![](images/kaart.png)\n\n<img src="x.png">\n\n'
        "![Een kaart van Utrecht met de nieuwe fietsroutes](images/b.png)\n\n"
        "```\n![](in-code.png)\n```\n"
    )
    found = [f for f in run_checks(Article.from_bytes(
        ('---\ntitle: "T"\ndate: 2026-02-25T10:11:21+01:00\n---\n' + body).encode()
    )) if f.rule_id == "body-image-alt"]  # fmt: skip
    assert [f.line for f in found] == [7, 9]


@needs_corpus
def test_on_the_dutch_corpus_sites_one_alt_is_called_english() -> None:
    """Read by a person: the one finding is a book cover's English subtitle
    ("Omslag The Programmer's Brain: What every programmer needs to know about cognition")."""
    found: Counter[str] = Counter()
    for path in corpus_files():
        name = str(path.relative_to(CORPUS))
        for finding in run_checks(Article.from_bytes(path.read_bytes()), path=path):
            if finding.rule_id == "alt-language":
                found[name.split("/")[0]] += 1
    assert found == Counter({"fronteers__website": 1})
