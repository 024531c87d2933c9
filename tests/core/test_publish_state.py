"""publish_state with an injected `at`: Hugo's fallbacks, zones, aliases and the state order."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from redactie.core.article import Article
from redactie.core.site import Site
from redactie.core.site.hugo_config import HugoConfig, date_sources_from, read_hugo_config
from redactie.core.site.publish_state import (
    FileFacts,
    State,
    article_state,
    file_state,
    publish_date_text,
    publish_state,
    rfc3339,
    set_publish_date,
)

AT = datetime.fromisoformat("2026-12-08T12:00:00+01:00")
AMS = HugoConfig(time_zone="Europe/Amsterdam")


def state(fm: dict[str, Any], hugo: HugoConfig = AMS, **kw: Any) -> State:
    return publish_state(fm, hugo, at=AT, **kw).state


def test_a_date_without_offset_is_wall_time_in_the_sites_zone_else_utc() -> None:
    fm = {"date": datetime(2026, 12, 8, 11, 30)}
    assert state(fm) is State.PUBLISHED  # 11:30 in Amsterdam: half an hour ago
    assert state(fm, HugoConfig()) is State.SCHEDULED  # 11:30 UTC is 12:30 in Amsterdam
    assert state({"date": "2026-12-08T11:30:00+01:00"}, HugoConfig()) is State.PUBLISHED
    assert state({"date": date(2026, 12, 9)}) is State.SCHEDULED  # midnight, the site's zone
    result = publish_state({"date": "2026-12-08 11:30:00"}, AMS, at=AT)
    assert rfc3339(result.publish) == "2026-12-08T11:30:00+01:00"


def test_publish_date_falls_back_to_date_and_date_to_publish_date() -> None:
    only_date = publish_state({"date": "2026-12-09T07:00:00+01:00"}, AMS, at=AT)
    assert (only_date.state, only_date.publish) == (State.SCHEDULED, only_date.date)
    only_publish = publish_state({"publishDate": "2001-01-01"}, AMS, at=AT)
    assert only_publish.date == only_publish.publish
    later = publish_state(
        {"date": "2001-01-01", "publishdate": "2026-12-09T07:00:00+01:00"}, AMS, at=AT
    )
    assert later.state is State.SCHEDULED and later.date != later.publish
    assert state({"lastmod": "2099-01-01"}) is State.SCHEDULED  # date <- lastmod, publish <- date


def test_aliases_in_any_case() -> None:
    assert state({"date": "2001-01-01", "PubDate": "2099-01-01"}) is State.SCHEDULED
    assert state({"Published": "2099-01-01"}) is State.SCHEDULED
    assert state({"date": "2001-01-01", "UnpublishDate": "2002-01-01"}) is State.EXPIRED
    assert state({"EXPIRYDATE": "2099-01-01"}) is State.PUBLISHED


def test_draft_then_expired_then_scheduled() -> None:
    everything = {"draft": True, "date": "2099-01-01", "expiryDate": "2002-01-01"}
    assert state(everything) is State.DRAFT
    assert state({**everything, "draft": False}) is State.EXPIRED
    assert state({**everything, "draft": "yes"}) is State.EXPIRED  # Go's ParseBool: not a bool
    assert state({"published": False}) is State.DRAFT
    assert state({"draft": False, "published": False}) is State.PUBLISHED  # draft wins


def test_built_follows_the_sites_build_flags() -> None:
    fm = {"date": "2099-01-01", "expiryDate": "2001-01-02"}
    assert not publish_state(fm, AMS, at=AT).built
    assert not publish_state(fm, HugoConfig(build_future=True), at=AT).built
    both = HugoConfig(build_future=True, build_expired=True)
    assert publish_state(fm, both, at=AT).built
    assert not publish_state({"draft": "true"}, both, at=AT).built
    assert publish_state({"draft": "true"}, HugoConfig(build_drafts=True), at=AT).built


def test_filename_dates_and_their_slug() -> None:
    sources = date_sources_from({"date": [":filename", ":default"]})
    assert sources["date"] == (
        *(":filename", "date", "publishdate", "pubdate", "published", "lastmod", "modified"),
    )
    hugo = HugoConfig(time_zone="Europe/Amsterdam", date_sources=sources)
    result = publish_state({}, hugo, at=AT, file=FileFacts("2026-12-08-13-00-00_mijn-stuk"))
    assert (result.state, result.slug) == (State.SCHEDULED, "mijn-stuk")
    assert rfc3339(result.publish) == "2026-12-08T13:00:00+01:00"
    dated = publish_state({"slug": "eigen"}, hugo, at=AT, file=FileFacts("2001-02-03-x"))
    assert (dated.state, dated.slug) == (State.PUBLISHED, None)


def test_an_unreadable_date_is_reported_and_the_next_source_used() -> None:
    result = publish_state({"date": "2026-12-08 10:00", "lastmod": "2001-01-01"}, AMS, at=AT)
    assert result.unreadable == ("date",)  # Hugo needs the seconds: its build fails
    assert result.state is State.PUBLISHED and result.date == result.lastmod


def test_yaml_yes_is_a_string_for_hugo() -> None:
    article = Article.from_bytes(b"---\ntitle: a\ndraft: yes\n---\nTekst.\n")
    assert article_state(article, None, at=AT).state is State.PUBLISHED
    article = Article.from_bytes(b"---\ntitle: a\nDraft: True\n---\nTekst.\n")
    assert article_state(article, None, at=AT).state is State.DRAFT


def test_the_site_config_and_a_file(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        'locale = "nl-NL"\nlanguageCode = "en"\ntimeZone = "America/New_York"\n'
        "buildExpired = true\n[frontmatter]\npublishDate = [':fileModTime']\n"
    )
    hugo = read_hugo_config(tmp_path)
    assert (hugo.language_code, hugo.build_expired) == ("nl-NL", True)
    assert hugo.date_sources["publishdate"] == (":filemodtime",)
    article = tmp_path / "content" / "a.md"
    article.parent.mkdir()
    article.write_text("---\ndate: 2001-01-01\n---\n", encoding="utf-8")
    stamp = datetime(2099, 1, 1, tzinfo=UTC).timestamp()
    os.utime(article, (stamp, stamp))
    result = file_state(article, Site.open(tmp_path), at=AT)
    assert result.state is State.SCHEDULED and result.publish == datetime(2099, 1, 1, tzinfo=UTC)
    assert result.date == datetime.fromisoformat("2001-01-01T00:00:00-05:00")


def test_status_codes_and_what_publish_at_writes(tmp_path: Path) -> None:
    scheduled = publish_state({"date": "2026-12-09T06:00:00Z"}, AMS, at=AT)
    status = scheduled.status
    assert status.code == "publish.scheduled"
    assert status.params["when"].at.isoformat() == "2026-12-09T07:00:00+01:00"
    assert publish_state({}, AMS, at=AT).status.code == "publish.published-undated"
    assert publish_state({"draft": True}, AMS, at=AT).status.code == "publish.draft"
    (tmp_path / "hugo.toml").write_text('timeZone = "Europe/Amsterdam"\n')
    site = Site.open(tmp_path)
    summer = datetime(2027, 7, 1, 7, 0, 0, 123, tzinfo=UTC)
    assert publish_date_text(summer, site) == "2027-07-01T09:00:00+02:00"
    assert publish_date_text(datetime(2027, 1, 5, 7, 0), site) == "2027-01-05T07:00:00+01:00"


def test_at_needs_a_zone() -> None:
    with pytest.raises(ValueError):
        publish_state({}, AMS, at=datetime(2026, 12, 8))


@pytest.mark.parametrize(
    ("source", "key", "written"),
    [
        (
            b"---\ntitle: a\ndate: 2026-12-01T10:00:00+01:00\n---\nx\n",
            "publishDate",
            "publishDate: 2026-12-09T07:00:00+01:00\n",
        ),
        (
            b"---\ntitle: a\nPubDate: 2026-01-01\n---\nx\n",
            "PubDate",
            "PubDate: 2026-12-09T07:00:00+01:00\n",
        ),
        (
            b'---\npubdate: "2026-01-01 10:00:00"\n---\nx\n',
            "pubdate",
            'pubdate: "2026-12-09 07:00:00+01:00"\n',
        ),
        (
            b"+++\npublishDate = 2026-01-01T10:00:00\n+++\nx\n",
            "publishDate",
            "publishDate = 2026-12-09T07:00:00+01:00\n",
        ),
        (b'{\n  "title": "a"\n}\nx\n', "publishDate", '"publishDate": "2026-12-09 07:00:00+01:00"'),
    ],
)
def test_publish_at_writes_the_moment_hugo_will_read(
    source: bytes, key: str, written: str, tmp_path: Path
) -> None:
    (tmp_path / "hugo.toml").write_text('timeZone = "Europe/Amsterdam"\n')
    site = Site.open(tmp_path)
    article = Article.from_bytes(source, default_tz=site.timezone)
    moment = datetime(2026, 12, 9, 6, 0, tzinfo=UTC)
    assert set_publish_date(article, moment, site) == key
    assert written in article.to_text()
    result = article_state(article, site, at=AT)
    assert (result.state, result.publish) == (State.SCHEDULED, moment)
