"""Property tests: generated YAML front matter in every style survives reads and edits."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta, timezone
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactie.core.article import Article
from redactie.core.article.frontmatter.base import same_value

# REDACTIE_EXAMPLES=5000 for a thorough local run; CI keeps the default short.
SETTINGS = settings(
    max_examples=int(os.environ.get("REDACTIE_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn"))
one_line = st.text(_CHARS, max_size=20)
any_text = st.lists(
    st.one_of(_CHARS, st.sampled_from(["\n", "\t", "'", '"', "\\", " #", ": ", "- ", "yes"])),
    max_size=12,
).map("".join)
keys = st.from_regex(r"[a-z][a-z_]{0,7}", fullmatch=True)
dates = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0, tzinfo=timezone(timedelta(hours=1)))
    ),
)
scalars = st.one_of(one_line, st.booleans(), st.integers(-(10**6), 10**6), dates)


class _Doc:
    """Writes generated data as YAML text in randomly chosen styles, with comments."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.comments = 0
        self.lines: list[str] = []

    def comment(self) -> str:
        self.comments += 1
        return f"# c{self.comments}"

    def scalar(self, value: Any, *, flow: bool = False) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, date):
            return value.isoformat()
        style = self.draw(st.sampled_from(["plain", "single", "double"]))
        if style == "plain" and value and value == value.strip():
            with_plain, wanted = (f"k: [{value}]", [value]) if flow else (f"k: {value}", value)
            try:
                if yaml.safe_load(with_plain) == {"k": wanted}:
                    return str(value)
            except yaml.YAMLError:
                pass
        if style == "single":
            return "'" + value.replace("'", "''") + "'"
        return json.dumps(value, ensure_ascii=False)

    def trailing(self) -> str:
        return f"  {self.comment()}" if self.draw(st.booleans()) else ""

    def mapping(self, data: dict[str, Any], indent: str) -> None:
        for key, value in data.items():
            if self.draw(st.integers(0, 4)) == 0:
                self.lines.append(f"{indent}{self.comment()}")
            if isinstance(value, dict):
                self.lines.append(f"{indent}{key}:{self.trailing()}")
                self.mapping(value, indent + self.draw(st.sampled_from(["  ", "    "])))
            elif isinstance(value, list) and value and self.draw(st.booleans()):
                self.lines.append(f"{indent}{key}:")
                dash = indent + self.draw(st.sampled_from(["", "  "]))
                for item in value:
                    self.lines.append(f"{dash}- {self.scalar(item)}{self.trailing()}")
                    if self.draw(st.integers(0, 3)) == 0:
                        self.lines.append(f"{dash}{self.comment()}")
            elif isinstance(value, list):
                items = ", ".join(self.scalar(v, flow=True) for v in value)
                self.lines.append(f"{indent}{key}: [{items}]{self.trailing()}")
            else:
                self.lines.append(f"{indent}{key}: {self.scalar(value)}{self.trailing()}")


@st.composite
def documents(draw: st.DrawFn) -> tuple[bytes, dict[str, Any], int]:
    leaf = st.one_of(scalars, st.lists(one_line, max_size=4))
    inner = st.dictionaries(keys, leaf, min_size=1, max_size=4)
    data = draw(st.dictionaries(keys, st.one_of(leaf, inner), min_size=1, max_size=6))
    doc = _Doc(draw)
    doc.mapping(data, "")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = (
        "---" + newline + newline.join(doc.lines) + newline + "---" + newline + "Tekst." + newline
    )
    return text.encode(), data, doc.comments


def _paths(data: dict[str, Any]) -> list[list[str]]:
    paths = []
    for key, value in data.items():
        paths.append([key])
        if isinstance(value, dict):
            paths.extend([key, sub] for sub in value)
    return paths


def _comments_kept(text: str, count: int, removed: str = "") -> None:
    for number in range(1, count + 1):
        marker = f"# c{number}"
        if marker + "\n" not in removed and marker + "\r\n" not in removed:
            assert f"{marker}\n" in text or f"{marker}\r" in text, marker


@SETTINGS
@given(documents())
def test_generated_documents_round_trip(doc: tuple[bytes, dict[str, Any], int]) -> None:
    data, expected, _ = doc
    article = Article.from_bytes(data)
    assert article.problems == []
    assert article.to_bytes() == data
    assert article.data == expected


new_values = st.one_of(
    any_text,
    st.booleans(),
    st.integers(),
    dates,
    st.lists(any_text, max_size=5),
    st.dictionaries(keys, any_text, min_size=1, max_size=3),
)


@SETTINGS
@given(documents(), st.data(), new_values)
def test_set_reads_back_and_keeps_everything_else(
    doc: tuple[bytes, dict[str, Any], int], choice: st.DataObject, value: Any
) -> None:
    data, expected, comments = doc
    article = Article.from_bytes(data)
    path = choice.draw(st.sampled_from([*_paths(expected), ["nieuw"], ["cover", "caption"]]))
    article.set(path, value)
    reread = Article.from_bytes(article.to_bytes())
    assert reread.problems == []
    assert same_value(reread.get(path), value)  # a date-only field keeps its form
    for other in _paths(expected):
        if other[0] != path[0]:
            assert reread.get(other) == Article.from_bytes(data).get(other)
    assert reread.body == "Tekst." + article.newline
    if not isinstance(Article.from_bytes(data).get(path, None), dict | list):
        _comments_kept(article.to_text(), comments, removed=_line_of(data.decode(), path))


def _line_of(text: str, path: list[str]) -> str:
    """The lines a scalar's own comment may sit on (its key's line)."""
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith(f"{path[-1]}:"):
            return line
    return ""


@SETTINGS
@given(documents(), st.data())
def test_delete_removes_only_that_key(
    doc: tuple[bytes, dict[str, Any], int], choice: st.DataObject
) -> None:
    data, expected, _ = doc
    article = Article.from_bytes(data)
    path = choice.draw(st.sampled_from(_paths(expected)))
    article.delete(path)
    reread = Article.from_bytes(article.to_bytes())
    assert reread.get(path, None) is None
    for other in _paths(expected):
        if other[: len(path)] != path and path[: len(other)] != other:
            assert reread.get(other) == Article.from_bytes(data).get(other)
