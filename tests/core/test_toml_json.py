"""TOML (`+++`) and JSON front matter: edits keep formatting, comments, quoting and key order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from redactie.core.article import Article

TOML = """+++
title = 'Letterlijke titel' # opmerking
date = 2024-01-05T10:00:00+01:00
tags = ["rust", "release"]

[extra]
author = "Ferris"
+++

Body.
"""

JSON = """{
    "title": "JSON-artikel",
    "date": "2024-01-05T10:00:00+01:00",
    "tags": ["a", "b"],
    "cover": {
        "image": "x.jpg"
    }
}

Body.
"""


def test_toml_string_keeps_literal_quotes_and_comment() -> None:
    a = Article.from_bytes(TOML.encode())
    a.set("title", "Nieuwe titel")
    assert a.front_matter_text.splitlines()[0] == "title = 'Nieuwe titel' # opmerking"
    a.set("title", "auto's")  # a literal string cannot hold a quote: basic instead
    assert a.get("title") == "auto's"
    assert Article.from_bytes(a.to_bytes()).get("title") == "auto's"


def test_toml_nested_table_and_new_keys() -> None:
    a = Article.from_bytes(TOML.encode())
    a.set("extra.author", "Corro")
    a.set("extra.mastodon", "@corro")
    a.set("summary", "Kort")
    text = a.front_matter_text
    assert 'author = "Corro"\nmastodon = "@corro"\n' in text
    assert text.index("summary") < text.index("[extra]")
    reread = Article.from_bytes(a.to_bytes())
    assert reread.get("extra.mastodon") == "@corro"
    assert reread.body == "\nBody.\n"


def test_toml_date_keeps_its_form() -> None:
    a = Article.from_bytes(TOML.encode())
    a.set("date", datetime(2025, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))))
    assert "date = 2025-07-01T09:30:00+02:00\n" in a.front_matter_text


def test_toml_delete_and_list() -> None:
    a = Article.from_bytes(TOML.encode())
    a.set("tags", ["rust", "release", "1.80"])
    assert a.get("tags") == ["rust", "release", "1.80"]
    a.delete("extra.author")
    assert "author" not in a.front_matter_text
    assert a.front_matter_text.startswith("title = 'Letterlijke titel' # opmerking\n")


def test_json_reads_and_edits_keep_order_and_indentation() -> None:
    a = Article.from_bytes(JSON.encode())
    assert a.format == "json"
    assert a.get("cover.image") == "x.jpg"
    a.set("title", 'Nieuw "citaat"')
    a.set("cover.caption", "Foto: Noor  van den Berg via Pexels")
    a.set("tags", ["a", "b", "c"])
    a.set("draft", False)
    assert a.to_text() == (
        "{\n"
        '    "title": "Nieuw \\"citaat\\"",\n'
        '    "date": "2024-01-05T10:00:00+01:00",\n'
        '    "tags": ["a", "b", "c"],\n'
        '    "cover": {\n'
        '        "image": "x.jpg",\n'
        '        "caption": "Foto: Noor  van den Berg via Pexels"\n'
        "    },\n"
        '    "draft": false\n'
        "}\n\nBody.\n"
    )


def test_json_date_string_keeps_its_form() -> None:
    a = Article.from_bytes(JSON.encode())
    assert a.get_date() == datetime(2024, 1, 5, 9, 0, tzinfo=UTC)
    a.set("date", datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1))))
    assert '"date": "2025-01-02T03:04:05+01:00",' in a.to_text()


def test_json_with_tabs_and_delete() -> None:
    text = '{\n\t"title": "x",\n\t"label": "y"\n}\nBody\n'
    a = Article.from_bytes(text.encode())
    a.delete("label")
    assert a.to_text() == '{\n\t"title": "x"\n}\nBody\n'


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_any_string_survives(fmt: str) -> None:
    values = ["a'b\"c", "back\\slash", "two\nlines", "Ĳs 😀", "", "tab\t", "'''", '"""']
    for value in values:
        a = Article.from_bytes((TOML if fmt == "toml" else JSON).encode())
        a.set("title", value)
        assert Article.from_bytes(a.to_bytes()).get("title") == value, value
