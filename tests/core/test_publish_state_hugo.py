"""publish_state against real Hugo: generated sites, every page's state compared with `hugo list`.

Each site variant (no `timeZone`; Europe/Amsterdam; America/New_York with buildFuture and
buildExpired; `[frontmatter] date = [":filename", ":default"]`; `publishDate` from
`:fileModTime` with buildDrafts) gets a few hundred pages: date keys and aliases in odd case,
dates with and without offset (typed and quoted, `T` and space, date-only), publishDate
before and after date, expiry past and future, drafts (`draft: yes` is not one for Hugo),
YAML, TOML and JSON front matter. Hugo runs with `--clock` set to the same `at` redactie gets,
so dates half an hour either side of it tell the zones apart; one variant uses the real clock
with dates ±40 days and 2001/2099. Hugo's answer per page: `hugo list drafts`, `expired` and
`future` (the latter two with HUGO_BUILDFUTURE / HUGO_BUILDEXPIRED so a page both future and
expired is listed), `hugo list published`, the dates of `hugo list all`, and whether a real
build wrote the page. Measured: 1,925 pages over the five variants, all agreeing.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from redactie.core.site import Site
from redactie.core.site.publish_state import PublishState, file_state, rfc3339
from tests.hugo import hugo_binary

AT = datetime.fromisoformat("2026-12-08T12:00:00+01:00")
ZERO = "0001-01-01T00:00:00Z"  # Go's zero time: no such date


@dataclass
class Variant:
    name: str
    config: str
    clock: bool = True
    filename_dates: bool = False
    mod_times: bool = False
    moments: dict[str, str] = field(default_factory=dict)


NEAR = {  # around AT = 12:00 in Amsterdam (11:00Z, 06:00 in New York)
    "far-past": "2001-03-04T05:06:07",
    "far-future": "2099-05-06T07:08:09",
    "before-naive": "2026-12-08T11:30:00",  # future in UTC and New York, past in Amsterdam
    "after-naive": "2026-12-08T12:30:00",
    "before-offset": "2026-12-08T11:30:00+01:00",
    "after-offset": "2026-12-08T12:30:00+01:00",
    "z": "2026-12-08T10:30:00Z",
    "space": "2026-12-08 11:45:00",
    "space-offset": "2026-12-08 12:15:00+01:00",  # as redactie writes JSON front matter
    "today": "2026-12-08",
    "tomorrow": "2026-12-09",
}


def _real_moments() -> dict[str, str]:
    now = datetime.now(UTC)  # Hugo's own clock: dates far enough from it either way
    return {
        "far-past": "2001-03-04T05:06:07",
        "far-future": "2099-05-06T07:08:09",
        "before-naive": (now - timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%S"),
        "after-naive": (now + timedelta(days=40)).strftime("%Y-%m-%dT%H:%M:%S"),
        "before-offset": (now - timedelta(days=41)).strftime("%Y-%m-%dT%H:%M:%S+01:00"),
        "after-offset": (now + timedelta(days=41)).strftime("%Y-%m-%dT%H:%M:%S-05:00"),
        "z": (now - timedelta(days=42)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "space": (now + timedelta(days=42)).strftime("%Y-%m-%d %H:%M:%S"),
        "space-offset": (now - timedelta(days=44)).strftime("%Y-%m-%d %H:%M:%S+01:00"),
        "today": (now - timedelta(days=43)).strftime("%Y-%m-%d"),
        "tomorrow": (now + timedelta(days=43)).strftime("%Y-%m-%d"),
    }


VARIANTS = [
    Variant("utc", ""),
    Variant("amsterdam", 'timeZone = "Europe/Amsterdam"\n'),
    Variant(
        "new-york-build-all",
        'timeZone = "America/New_York"\nbuildFuture = true\nbuildExpired = true\n',
    ),
    Variant(
        "filename",
        'timeZone = "Europe/Amsterdam"\n[frontmatter]\ndate = [":filename", ":default"]\n',
        filename_dates=True,
    ),
    Variant(
        "modtime-real-clock",
        'buildDrafts = true\n[frontmatter]\npublishDate = ["publishDate", ":fileModTime"]\n',
        clock=False,
        mod_times=True,
    ),
]

DATE_SPECS: list[list[tuple[str, str | None]]] = [
    [("date", None)],
    [("publishDate", None)],
    [("date", "far-past"), ("publishDate", None)],
    [("date", None), ("PubDate", "far-future")],
    [("lastmod", None)],
    [("PUBLISHED", None)],
    [("pubdate", None), ("date", "far-future")],
]
EXPIRY_SPECS: list[list[tuple[str, str]]] = [
    [],
    [("expiryDate", "far-past")],
    [("UnpublishDate", "far-future")],
    [("expirydate", "before-naive")],
    [("ExpiryDate", "after-offset")],
]
DRAFTS: list[tuple[str, str] | None] = [
    None,
    ("draft", "true"),
    ("Draft", "yes"),  # a string for Hugo's YAML 1.2 and in TOML and JSON: not a draft
    ("draft", "false"),
]
FILENAME_PREFIXES = [
    "",
    "2001-02-03-",
    "2099-01-02_",
    "2026-12-08-11-00-00-",
    "2026-12-08-13-00-00 ",
]
MOD_TIMES = ["far-past", "far-future", "before-naive", "after-naive"]


def _front_matter(fmt: str, entries: list[tuple[str, str, bool]]) -> str:
    """entries: (key, value text, is a date); the value typed or quoted by turns."""
    lines = []
    for index, (key, value, is_date) in enumerate(entries):
        quoted = (
            (not is_date and value not in ("true", "false", "yes"))
            or (is_date and index % 2 == 1)
            or fmt == "json"
        )
        if fmt == "json":
            plain = value in ("true", "false")
            lines.append(f'"{key}": {value if plain else json.dumps(value)}')
        elif fmt == "toml":
            text = f'"{value}"' if quoted or value == "yes" else value
            lines.append(f"{key} = {text}")
        else:
            text = f'"{value}"' if quoted else value
            lines.append(f"{key}: {text}")
    if fmt == "json":
        return "{\n" + ",\n".join(lines) + "\n}\n"
    fence = "+++" if fmt == "toml" else "---"
    return f"{fence}\n" + "\n".join(lines) + f"\n{fence}\n"


def _generate(variant: Variant, root: Path) -> dict[str, Path]:
    """The variant's site and pages; returns Hugo's File.Path -> the file."""
    (root / "content" / "posts").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .File.Path }}\n")
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "t"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section"]\n'
        + variant.config
    )
    moments = variant.moments
    pages: dict[str, Path] = {}
    index = 0
    for spec in DATE_SPECS:
        for moment in moments:
            for expiry in EXPIRY_SPECS:
                fmt = ("yaml", "toml", "json")[index % 3]
                entries = [("title", f"p{index}", False)]
                entries += [(k, moments[v or moment], True) for k, v in spec]
                entries += [(k, moments[v], True) for k, v in expiry]
                draft = DRAFTS[index % len(DRAFTS)]  # expiry and draft vary independently
                if draft is not None:
                    entries.append((draft[0], draft[1], False))
                name = f"p{index}"
                if variant.filename_dates:
                    name = FILENAME_PREFIXES[index // 5 % len(FILENAME_PREFIXES)] + name
                if index % 7 == 0:
                    path = root / "content" / "posts" / name / "index.md"
                    path.parent.mkdir()
                else:
                    path = root / "content" / "posts" / f"{name}.md"
                path.write_text(_front_matter(fmt, entries) + "Tekst.\n", encoding="utf-8")
                if variant.mod_times:
                    stamp = _moment(moments[MOD_TIMES[index // 3 % len(MOD_TIMES)]]).timestamp()
                    os.utime(path, (stamp, stamp))
                pages[path.relative_to(root / "content").as_posix()] = path
                index += 1
    return pages


def _moment(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace(" ", "T"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _hugo(root: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [hugo_binary() or "hugo", "--source", str(root), "--noBuildLock", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HUGO_CACHEDIR": str(root.parent / "cache"), **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _listed(root: Path, which: str, clock: list[str], **env: str) -> dict[str, dict[str, str]]:
    out = _hugo(root, "list", which, *clock, env=env)
    return {row["path"].removeprefix("content/"): row for row in csv.DictReader(io.StringIO(out))}


def _hugo_time(text: str) -> datetime | None:
    return None if text.startswith("0001-01-01") else datetime.fromisoformat(text)


@pytest.mark.skipif(hugo_binary() is None, reason="the hugo binary is not installed")
def test_every_generated_page_has_the_state_hugo_lists(tmp_path: Path) -> None:
    total = 0
    seen: Counter[tuple[str, str, bool]] = Counter()
    for variant in VARIANTS:
        if not variant.moments:
            variant.moments = NEAR if variant.clock else _real_moments()
        root = tmp_path / variant.name
        pages = _generate(variant, root)
        at = AT if variant.clock else datetime.now(UTC)
        clock = ["--clock", AT.isoformat()] if variant.clock else []
        drafts = _listed(root, "drafts", clock)
        expired = _listed(root, "expired", clock, HUGO_BUILDFUTURE="true")
        future = _listed(root, "future", clock, HUGO_BUILDEXPIRED="true")
        published = _listed(root, "published", clock)
        everything = _listed(root, "all", clock)
        public = root / "public"
        _hugo(root, "--destination", str(public), *clock)
        built = {p.read_text().strip() for p in public.rglob("index.html")}

        site = Site.open(root)
        assert set(everything) == set(pages)
        for rel, path in pages.items():
            ours: PublishState = file_state(path, site, at=at)
            hugo_state = (
                "draft"
                if rel in drafts
                else "expired"
                if rel in expired
                else "scheduled"
                if rel in future
                else "published"
            )
            row = everything[rel]
            where = f"{variant.name}: {rel}\n{path.read_text()}"
            assert ours.state.value == hugo_state, where
            assert (rel in published) == (hugo_state == "published"), where
            assert ours.built == (rel in built), where
            assert ours.publish == _hugo_time(row["publishDate"]), where
            assert ours.expires == _hugo_time(row["expiryDate"]), where
            assert ours.date == _hugo_time(row["date"]), where
            if not variant.mod_times:  # Hugo writes mtimes in the machine's zone
                for key, value in (("date", ours.date), ("publishDate", ours.publish)):
                    assert (rfc3339(value) or ZERO) == row[key], where
                assert (rfc3339(ours.expires) or ZERO) == row["expiryDate"], where
            if variant.filename_dates:
                assert (ours.slug or "") == row["slug"], where
            seen[variant.name, hugo_state, ours.built] += 1
            total += 1
        states = {state for name, state, _ in seen if name == variant.name}
        assert states == {"draft", "expired", "scheduled", "published"}, variant.name
    print(f"\n{total} pages in {len(VARIANTS)} site variants agree with hugo list:")
    for key, count in sorted(seen.items()):
        print(" ", *key, count)
    assert total == 1925
    assert seen["modtime-real-clock", "draft", True] > 0  # buildDrafts builds a current draft
