"""Slugs of Dutch headlines and the file names built from them."""

from __future__ import annotations

from datetime import datetime

import pytest

from redactie.core.site.slugs import (
    FALLBACK_SLUG,
    file_name,
    slug_for,
    truncate,
    with_suffix_number,
)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Één ĳsje voor de coördinator", "een-ijsje-voor-de-coordinator"),
        ("Ĳmuiden en IJsland", "ijmuiden-en-ijsland"),
        ("Naïeve café-eigenaar ziet crème brûlée", "naieve-cafe-eigenaar-ziet-creme-brulee"),
        ("Auto's en zo'n ding", "autos-en-zon-ding"),
        ("Auto’s van ‘s-Hertogenbosch", "autos-van-s-hertogenbosch"),
        ('"Dit is geen crisis", zegt de minister', "dit-is-geen-crisis-zegt-de-minister"),
        ("„Wij zijn er klaar voor” – of toch niet?", "wij-zijn-er-klaar-voor-of-toch-niet"),
        ("Feest 🎉 in Utrecht 🚀", "feest-in-utrecht"),
        ("Rock & roll", "rock-en-roll"),
        ("Inflatie 3,5 procent: 100% zeker?", "inflatie-3-5-procent-100-procent-zeker"),
        ("OpenAI haalt Nederlands AI-talent binnen", "openai-haalt-nederlands-ai-talent-binnen"),
        ("Straße œuvre Ærø", "strasse-oeuvre-aero"),
        ("🎉🎉🎉", FALLBACK_SLUG),
        ("   ", FALLBACK_SLUG),
    ],
)
def test_dutch_titles(title: str, slug: str) -> None:
    assert slug_for(title) == slug


def test_a_very_long_title_is_cut_at_a_word_boundary_keeping_word_order() -> None:
    title = (
        "Gemeenteraad van Amsterdam besluit na urenlang debat over de toekomst van de "
        "binnenstad, toerisme en betaalbare woningen tot een nieuw plan"
    )
    slug = slug_for(title, max_length=60)
    assert len(slug) <= 60
    assert slug == "gemeenteraad-van-amsterdam-besluit-na-urenlang-debat-over-de"
    assert not slug.endswith("-")
    assert slug_for(title, max_length=200).endswith("tot-een-nieuw-plan")


def test_a_first_word_longer_than_the_limit_is_cut_itself() -> None:
    assert truncate("hottentottententententoonstelling-open", 10) == "hottentott"
    assert slug_for("Hottentottententententoonstelling", max_length=12) == "hottentotten"


def test_file_name_from_the_pattern() -> None:
    when = datetime(2026, 2, 5, 10, 11)
    assert file_name("{date:%Y-%m-%d}-{slug}.md", slug="titel", when=when) == "2026-02-05-titel.md"
    assert file_name("{date:%Y}/{slug}/index.md", slug="titel", when=when) == "2026/titel/index.md"
    with pytest.raises(ValueError, match="leaves the section"):
        file_name("../{slug}.md", slug="x", when=when)


def test_numbered_alternatives_for_a_name_collision() -> None:
    assert with_suffix_number("2026-02-05-titel.md", 2) == "2026-02-05-titel-2.md"
    assert with_suffix_number("2026/titel/index.md", 3) == "2026/titel-3/index.md"
