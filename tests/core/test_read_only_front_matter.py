"""An article opened read-only (`redactie check`) reads exactly what the editing one reads.

The read-only path skips what only edits need (YAML's learned style) and reads TOML with
tomllib instead of tomlkit; both must give the same values (same types, same repr: a date's
zone is named as tomlkit names it), the same problems and the same text, on every corpus file,
every test file and the TOML corners where the two libraries differ.
"""

from __future__ import annotations

from typing import Any

import pytest

from redactie.core.article import Article
from redactie.core.article.frontmatter.toml import quick_data
from tests.markers import needs_corpus
from tests.paths import DATA, corpus_files

TOML_CORNERS = {
    "crlf-multi-line": 'a = 1\r\nb = """x\r\ny"""\r\n',
    "zones": (
        "d1 = 2024-01-02T03:04:05Z\nd2 = 2024-01-02T03:04:05+00:00\n"
        "d3 = 2024-01-02T03:04:05-00:00\nd4 = 2024-01-02 03:04:05.1234567+05:30\n"
        "d5 = 2024-01-02\nd6 = 03:04:05\nd7 = 2024-01-02T03:04:05z\nd8 = 2024-01-02t03:04:05\n"
    ),
    "negative-offset": "x = 1979-05-27T07:32:00.999999999-07:00\n",
    "zulu-with-space": "d = 1979-05-27 07:32:00Z\n",
    "no-seconds": "d = 2024-01-02T03:04\n",  # tomlkit reads it, tomllib refuses it
    "tables-out-of-order": "[a]\nx = 1\n[b]\ny = 2\n[a.c]\nz = 3\n",
    "dotted-keys": "a.b = 1\nc = 2\na.d = 3\n",
    "array-of-tables": "[[x]]\na = 1\n[[x]]\na = 2\n",
    "numbers": "f = inf\ng = -nan\nh = 1e3\ni = 0x1F\nj = 1_000\nk = -0.0\nn = +1\n",
    "nested": "a = [1, [2, 3], {x = 1}]\nb = {x = 1, y = {z = 2}}\nc = []\n[empty]\n",
    "strings": 't = "a\\u00e9\\tb"\n\'lit\' = \'c:\\\\x\'\nm = """\nx\\\n   y"""\n',
    "duplicate-key": "a = 1\na = 2\n",
    "duplicate-table": "[a]\n[a]\n",
    "no-value": "bad = \n",
    "unclosed-string": 'title = "open\n',
}


def _same(a: Any, b: Any) -> bool:
    """Equal, of the same types all the way down, and printed alike (a date's zone too)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return repr(a) == repr(b) and str(a) == str(b)


def _assert_read_alike(data: bytes, where: object) -> None:
    full = Article.from_bytes(data)
    quick = Article.from_bytes(data, read_only=True)
    assert quick.format == full.format, where
    assert quick.problems == full.problems, where
    assert _same(quick.data, full.data), where
    assert quick.front_matter_readable == full.front_matter_readable, where
    assert quick.to_bytes() == full.to_bytes() == data, where


@needs_corpus
def test_every_corpus_file_reads_the_same_read_only() -> None:
    files = corpus_files()
    assert len(files) == 515
    for path in files:
        data = path.read_bytes()
        _assert_read_alike(data, path)
        _assert_read_alike(data.replace(b"\n", b"\r\n"), path)


def test_every_test_article_reads_the_same_read_only() -> None:
    files = sorted(p for p in DATA.rglob("*") if p.suffix in (".md", ".markdown"))
    assert len(files) > 30
    for path in files:
        _assert_read_alike(path.read_bytes(), path)


@pytest.mark.parametrize("name", list(TOML_CORNERS))
def test_toml_corners_read_the_same_read_only(name: str) -> None:
    _assert_read_alike(f"+++\n{TOML_CORNERS[name]}+++\nTekst.\n".encode(), name)


def test_the_quick_toml_reading_is_the_one_used_where_it_can_be() -> None:
    # not a fallback everywhere: the corners tomllib reads like tomlkit go the quick way
    assert quick_data(TOML_CORNERS["negative-offset"]) is not None
    assert quick_data(TOML_CORNERS["tables-out-of-order"]) is not None
    for left_to_tomlkit in ("crlf-multi-line", "zones", "no-seconds", "duplicate-key"):
        assert quick_data(TOML_CORNERS[left_to_tomlkit]) is None


@pytest.mark.parametrize(
    "text", ["---\ntitle: Kop\n---\nTekst.\n", "+++\ntitle = 'Kop'\n+++\n", ""]
)
def test_a_read_only_article_refuses_edits(text: str) -> None:
    article = Article.from_bytes(text.encode(), read_only=True)
    with pytest.raises(TypeError):
        article.set("title", "Nieuw")
    assert article.to_bytes() == text.encode()
