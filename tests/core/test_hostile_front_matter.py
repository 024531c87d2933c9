"""Small hostile files open with a typed problem, never an untyped exception, and quickly.

The problems carry a stable code the window words for the journalist; the bytes still round-trip
(the raw panel shows them), and nothing here expands, recurses or reads without a bound.
"""

from __future__ import annotations

import pytest

from redactie.core.article import Article
from tests.hostile_inputs import alias_bomb

CASES = {
    "alias-bomb-364-bytes": (alias_bomb(7), "yaml-aliases"),
    "alias-bomb-456-bytes": (alias_bomb(9), "yaml-aliases"),
    "merge-into-itself": ("---\na: &a {<<: *a}\n---\nTekst.\n", "yaml-recursive"),
    "500-deep-yaml": ("---\nx: " + "[" * 500 + "]" * 500 + "\n---\nTekst.\n", "too-deep"),
    "1000-deep-json": (
        '{"x": ' + "[" * 1000 + "]" * 1000 + "\n}\nTekst.\n",
        "too-deep",
    ),
    "vertical-tab-in-title": ('---\ntitle: "Kop\x0bmet tab"\n---\nTekst.\n', "yaml-character"),
    "del-in-title": ('---\ntitle: "Kop\x7f"\n---\nTekst.\n', "yaml-character"),
    "200000-keys": (
        "---\n" + "".join(f"k{i}: {i}\n" for i in range(200_000)) + "---\nTekst.\n",
        "too-large",
    ),
    "5-mb-title": ('---\ntitle: "' + "x" * 5_000_000 + '"\n---\nTekst.\n', "too-large"),
    "toml-200000-keys": (
        "+++\n" + "".join(f"k{i} = {i}\n" for i in range(200_000)) + "+++\nTekst.\n",
        "too-large",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_front_matter_is_a_typed_problem(name: str) -> None:
    text, code = CASES[name]
    article = Article.from_bytes(text.encode())
    assert [p.code for p in article.problems] == [code]
    assert article.to_bytes() == text.encode()  # shown as it is, in the raw panel
    assert article.body.endswith("Tekst.\n")
