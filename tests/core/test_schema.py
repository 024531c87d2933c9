"""The schema is data: the PaperMod default, a new article's front matter, unknown keys."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from redactie.core.article import Article
from redactie.core.article.dates import parse_date_text
from redactie.core.article.schema import DEFAULT_SCHEMA, Field, Group, Schema
from tests.paths import EXAMPLE_ARTICLE, SAMPLES


def test_default_schema_lists_the_papermod_article_in_file_order() -> None:
    keys = [f.key for f in DEFAULT_SCHEMA.fields]
    assert keys == [
        "title",
        "date",
        "tags",
        "summary",
        "label",
        "cover.image",
        "cover.alt",
        "cover.caption",
        "draft",
    ]
    assert [f.kind for f in DEFAULT_SCHEMA.fields] == [
        "text",
        "datetime",
        "tags",
        "multiline",
        "choice",
        "image",
        "text",
        "text",
        "bool",
    ]
    assert DEFAULT_SCHEMA.known_top_level_keys() == (
        "title",
        "date",
        "tags",
        "summary",
        "label",
        "cover",
        "draft",
    )
    assert DEFAULT_SCHEMA.field("summary").max_length == 160
    assert DEFAULT_SCHEMA.field("title").required
    assert DEFAULT_SCHEMA.field("cover.caption").label("nl") == "Bijschrift"
    assert DEFAULT_SCHEMA.field("cover.caption").label("en") == "Caption"
    assert DEFAULT_SCHEMA.group("cover") == Group("cover", "Cover", "Omslagfoto")
    with pytest.raises(KeyError):
        DEFAULT_SCHEMA.field("author")


def test_defaults_are_a_new_papermod_article_dated_now_in_amsterdam() -> None:
    now = datetime(2026, 7, 1, 8, 30, 5, 123456, tzinfo=UTC)
    defaults = DEFAULT_SCHEMA.defaults(now)
    assert defaults == {
        "title": "",
        "date": "2026-07-01T10:30:05+02:00",
        "tags": [],
        "summary": "",
        "label": "",
        "cover": {"image": "", "alt": "", "caption": ""},
        "draft": True,
    }
    assert list(defaults) == list(DEFAULT_SCHEMA.known_top_level_keys())
    winter = DEFAULT_SCHEMA.defaults(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    assert winter["date"] == "2026-01-05T13:00:00+01:00"
    parsed = parse_date_text(DEFAULT_SCHEMA.defaults()["date"])
    assert parsed is not None and isinstance(parsed[0], datetime)
    assert parsed[0].utcoffset() is not None


def test_defaults_fill_a_new_article_through_the_lossless_editor() -> None:
    article = Article.new()
    for key, value in DEFAULT_SCHEMA.defaults(datetime(2026, 2, 25, 10, 0, tzinfo=UTC)).items():
        article.set(key, value)
    assert article.data["cover"] == {"image": "", "alt": "", "caption": ""}
    assert article.data["draft"] is True
    assert article.to_text().startswith("---\ntitle: ")


def test_unknown_keys_are_those_no_field_shows() -> None:
    data = Article.from_path(EXAMPLE_ARTICLE).data
    assert DEFAULT_SCHEMA.unknown_keys(data) == []
    data = {
        "title": "x",
        "eventdate": "2019-06-18",
        "cover": {"image": "a.jpg", "relative": True},
        "draft": False,
    }
    assert DEFAULT_SCHEMA.unknown_keys(data) == ["eventdate", "cover.relative"]
    assert DEFAULT_SCHEMA.unknown_keys({"cover": "a.jpg"}) == ["cover"]  # not a table: raw


def test_unknown_keys_of_real_corpus_articles() -> None:
    fronteers = SAMPLES / "fronteers__website/src/en/activities/2019/w3c-advisory-board-meetup.md"
    data = Article.from_path(fronteers).data
    assert DEFAULT_SCHEMA.unknown_keys(data) == ["eventdate", "location", "categories"]
    papermod = SAMPLES / "istvnurbn__istvnurbn.github.io/content/posts/010-obscure_formats/index.md"
    data = Article.from_path(papermod).data
    assert DEFAULT_SCHEMA.unknown_keys(data) == ["description", "cover.relative"]


def test_a_site_can_build_its_own_schema_from_plain_values() -> None:
    schema = Schema(
        fields=(
            Field("title", "text", "Title", "Titel", required=True),
            Field("params.author", "choice", "Author", "Auteur", choices=("An", "Bo")),
        ),
        groups=(Group("params", "Details", "Details"),),
    )
    assert schema.known_top_level_keys() == ("title", "params")
    assert schema.defaults() == {"title": "", "params": {"author": ""}}
    assert schema.field("params.author").choices == ("An", "Bo")
    with pytest.raises(ValueError, match="unknown kind"):
        Field("x", "colour", "X", "X")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="invalid field key"):
        Field("cover..alt", "text", "X", "X")
    with pytest.raises(ValueError, match="duplicate"):
        Schema(fields=(Field("a", "text", "A", "A"), Field("a", "bool", "A", "A")))


def test_fields_are_immutable() -> None:
    field = DEFAULT_SCHEMA.field("title")
    with pytest.raises(AttributeError):
        field.key = "kop"  # type: ignore[misc]
