"""The full render's block cache in bytes (issue 18, item 6): what the render worker keeps
between renders grows with the document, not with its square, and never past its bound."""

from __future__ import annotations

from redactie.core.render import render_html
from redactie.core.render.blocks import BlockCache
from redactie.core.render.fold import render_full


def article(headings: int, prefix: str = "") -> str:
    return "".join(
        f"## {prefix}Deel {n}\n\nEen alinea over deel {n}, met 'quotes' erin.\n\n"
        for n in range(headings)
    )


def cached_bytes(text: str) -> int:
    cache = BlockCache(1_000_000, max_bytes=1 << 40)
    render_full(text, cache=cache)
    return cache.bytes


def test_the_cache_grows_linearly_with_the_number_of_headings() -> None:
    # Every heading's entry held all the ids taken before it (twice): 4x the headings
    # made 16x the bytes. Now 4x the headings is 4x the bytes.
    small, large = cached_bytes(article(200)), cached_bytes(article(800))
    assert large / small < 4.5


def test_a_cached_full_render_equals_a_fresh_one_after_heading_edits() -> None:
    cache = BlockCache()
    text = "".join(f"## A\n\nAlinea {n}.\n\n## B {n % 3}\n\nTekst.\n\n" for n in range(40))
    edits = [
        text,
        "## A\n\nNieuw bovenaan.\n\n" + text,  # every later "A" takes another number
        text.replace("## B 1", "## A", 5),
        text.replace("## A\n\nAlinea 20.", "Alinea 20.", 1),  # a heading gone in the middle
        text,  # back to the first: from the cache
    ]
    for version in edits:
        cache.hits = 0
        result = render_full(version, cache=cache)
        assert result.html == render_html(version, front_matter=False)
    assert cache.hits > 100  # the last one came mostly from the cache


def test_the_cache_never_holds_more_bytes_than_its_bound() -> None:
    bound = 256 * 1024
    cache = BlockCache(1_000_000, max_bytes=bound)
    for round_ in range(12):
        text = article(150 + 20 * round_, prefix=f"r{round_} ")
        assert render_full(text, cache=cache).html == render_html(text, front_matter=False)
        assert 0 < cache.bytes <= bound
