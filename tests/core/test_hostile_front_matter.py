"""Small hostile files open with a typed problem, never an untyped exception, and quickly.

The problems carry a stable code the window words for the journalist; the bytes still round-trip
(the raw panel shows them), and nothing here expands, recurses or reads without a bound.
"""

from __future__ import annotations

import pytest
import yaml

from redactie.core.article import Article
from redactie.core.article.frontmatter.yaml_bounds import exact_walk, unbounded
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


def _nested(levels: int) -> str:
    return "x: " + "[" * (levels - 1) + "]" * (levels - 1) + "\n"


BOUNDS = {
    **{name: text.split("---\n")[1] for name, (text, _) in CASES.items() if "yaml" in name},
    "alias-bomb": alias_bomb(7).split("---\n")[1],
    "merge-into-itself": "a: &a {<<: *a}\n",
    "64-levels": _nested(64),  # the mapping and 63 lists
    "65-levels": _nested(65),
    "6000-values": "".join(f"k{i}: v\n" for i in range(3000)),  # over the quick walk's limit
    "aliases-within-limits": "a: &a [1, 2, 3]\nb: *a\nc: {<<: {d: *a}}\n",
}


LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # 500 levels: too deep for Python's


@pytest.mark.parametrize("name", list(BOUNDS))
def test_the_quick_bounds_walk_answers_as_the_exact_one(name: str) -> None:
    root = yaml.compose(BOUNDS[name], Loader=LOADER)
    assert unbounded(root) == exact_walk(root)


def test_the_exact_walk_draws_the_depth_line_at_64() -> None:
    below = yaml.compose(BOUNDS["64-levels"], Loader=LOADER)
    above = yaml.compose(BOUNDS["65-levels"], Loader=LOADER)
    assert unbounded(below) is None
    assert unbounded(above) == exact_walk(above) == ("too-deep", "nested more than 64 levels deep")
