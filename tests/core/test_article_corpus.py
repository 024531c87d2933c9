"""Every real article of ../shared/corpus opens and saves back byte-identical, and editing one
field changes only that field's lines."""

from __future__ import annotations

import difflib
import hashlib
import re
from pathlib import Path

import pytest
import yaml

from redactie.core.article import Article
from tests.markers import needs_corpus
from tests.paths import CORPUS, corpus_files, corpus_manifest

pytestmark = needs_corpus

NEW_VALUE = "Nieuwe waarde: «test» #1 — 'enkel' \"dubbel\" \\ en ĳs"


def test_every_corpus_file_round_trips_byte_identical(tmp_path: Path) -> None:
    entries = corpus_manifest()
    assert len(entries) == 515
    identical = 0
    for entry in entries:
        source = CORPUS / str(entry["file"])
        data = source.read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], "corpus file changed"
        article = Article.from_path(source)
        assert article.to_bytes() == data, source
        target = tmp_path / "saved.md"
        article.save(target)
        assert target.read_bytes() == data, source
        identical += 1
    print(f"\n{identical} of {len(entries)} corpus files round-trip byte-identical")
    assert identical == 515


def test_corpus_bodies_and_front_matter_parse() -> None:
    formats = {"yaml": 0, "toml": 0, None: 0}
    for path in corpus_files():
        article = Article.from_path(path)
        assert article.problems == [], path
        formats[article.format] += 1
    assert formats == {"yaml": 405, "toml": 100, None: 10}


def _top_level_scalar_keys(article: Article) -> list[str]:
    return [k for k, v in article.data.items() if not isinstance(v, dict | list)]


def _key_lines_yaml(article: Article, key: str) -> range:
    """0-based file lines spanned by `key` and its value, found independently with PyYAML."""
    root = yaml.compose(article.front_matter_text)
    for key_node, value_node in root.value:
        if key_node.value == key:
            end = value_node.end_mark
            last = end.line - (1 if end.column == 0 and end.line > key_node.start_mark.line else 0)
            return range(key_node.start_mark.line + 1, last + 2)
    raise KeyError(key)


_TOML_ENTRY = re.compile(r"^\s*(\[|[A-Za-z0-9_\-\"'.]+\s*=)")


def _key_lines_toml(article: Article, key: str) -> range:
    lines = article.front_matter_text.splitlines()
    pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
    start = next(i for i, line in enumerate(lines) if pattern.match(line))
    stop = start + 1
    while stop < len(lines) and not _TOML_ENTRY.match(lines[stop]) and lines[stop].strip():
        stop += 1
    return range(start + 1, stop + 1)


def _changed_original_lines(before: bytes, after: bytes) -> set[int]:
    a = before.decode("utf-8").splitlines(keepends=True)
    b = after.decode("utf-8").splitlines(keepends=True)
    changed: set[int] = set()
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            changed.update(range(i1, i2))
        elif tag == "insert":
            changed.add(i1)
    return changed


@pytest.mark.parametrize("fmt", ["yaml", "toml"])
def test_setting_each_top_level_field_touches_only_its_lines(fmt: str) -> None:
    edits = 0
    for path in corpus_files():
        original = path.read_bytes()
        article = Article.from_bytes(original)
        if article.format != fmt:
            continue
        for key in _top_level_scalar_keys(article):
            edited = Article.from_bytes(original)
            key_lines = (_key_lines_yaml if fmt == "yaml" else _key_lines_toml)(edited, key)
            edited.set(key, NEW_VALUE)
            result = edited.to_bytes()
            changed = _changed_original_lines(original, result)
            assert changed, (path, key)
            assert changed <= set(key_lines), (path, key, sorted(changed), key_lines)
            reread = Article.from_bytes(result)
            assert reread.get(key) == NEW_VALUE
            expected = dict(article.data, **{key: NEW_VALUE})
            assert reread.data == expected, (path, key)
            assert reread.body == article.body
            edits += 1
    print(f"\n{edits} single-field edits on {fmt} corpus files touched only their own lines")
    assert edits > (1000 if fmt == "yaml" else 200)
