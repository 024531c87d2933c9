"""Is an article online, scheduled, expired or a draft, and will the site's build include it?

The answer is Hugo's own, read from Hugo 0.168's code and measured against `hugo list` on
generated sites (tests/core/test_publish_state_hugo.py):

- The four dates come from the site's `[frontmatter]` lists (`date`, `publishDate`, `lastmod`,
  `expiryDate`; defaults: date <- date, publishDate, lastmod; publishDate <- publishDate, date;
  expiryDate <- expiryDate), first usable source wins. `:default` expands to Hugo's list and
  each key brings its aliases (`pubdate`, `published`; `unpublishdate`; `modified`). Keys match
  in any case (`PubDate`). A later list naming `date` reuses the date found earlier, from
  whatever source (page_frontmatter.go, newDateFieldHandler's "reentry"): so publishDate falls
  back to date, and date to publishDate.
- A value Hugo cannot parse is an error (the build fails) and the next source is tried; an
  empty value is skipped. Strings need seconds: `2026-12-09 10:00` fails, as do list values.
- A date without an offset (typed YAML/TOML or a string; date-only means midnight) is wall time
  in the site's `timeZone` (a language's own first), UTC without one; an offset is kept.
- `:filename` takes `YYYY-MM-DD` or `YYYY-MM-DD-HH-MM-SS` from the start of the file's base
  name (the bundle folder's for `index.md`), in the site's zone, and the rest, trimmed of
  ` -_`, is the slug unless the front matter sets one. `:filemodtime` is the file's mtime;
  `:git` the last commit's author date, only with `enableGitInfo`.
- `draft` is Go's `cast.ToBool`: true, "true", "1", "t" are drafts, "yes" is not (Hugo's YAML
  is 1.2: an unquoted `yes`/`on` is a string). Without `draft`, `published: false` makes a
  draft.
- Future: the publish date is after `at`; expired: the expiry date is before `at` (both strict).
  The build leaves a page out unless `buildDrafts`/`buildFuture`/`buildExpired` allows what it
  is (hugolib/site.go shouldBuild). Where several apply the state is the first of draft,
  expired, scheduled.

Not modelled: `build` options (`list`/`render: never`), cascades and content adapters.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from redactie.core.article import Article
from redactie.core.article.dates import DEFAULT_TIMEZONE
from redactie.core.site.hugo_config import HugoConfig
from redactie.core.site.site import Site

_STRING_DATE = re.compile(
    r"""^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})
        (?:(?P<sep>[T ])(?P<H>\d{2}):(?P<M>\d{2}):(?P<S>\d{2})(?P<f>\.\d+)?
           (?P<tz>Z|[+-]\d{2}:?\d{2}|\x20[+-]\d{2}:?\d{2})?)?$""",
    re.VERBOSE,
)
_GO_TRUE = {"1", "t", "T", "TRUE", "true", "True"}
_GO_FALSE = {"0", "f", "F", "FALSE", "false", "False"}
_YAML11_WORDS = re.compile(r"(?i)^(yes|no|on|off)$")
_BUNDLE_NAMES = ("index", "_index")


class State(StrEnum):
    PUBLISHED = "published"
    SCHEDULED = "scheduled"
    EXPIRED = "expired"
    DRAFT = "draft"


@dataclass(frozen=True)
class FileFacts:
    """What Hugo knows about the page's file besides its front matter."""

    base_name: str = ""  # the file's base name, or a bundle's folder name
    mod_time: datetime | None = None
    git_author_date: datetime | None = None


@dataclass(frozen=True)
class PublishState:
    """Hugo's dates for one page (as Hugo holds them, offset included) and what follows."""

    state: State
    built: bool
    at: datetime
    zone: str  # the zone to show moments in: the site's `timeZone`, else Amsterdam
    date: datetime | None = None
    publish: datetime | None = None
    expires: datetime | None = None
    lastmod: datetime | None = None
    slug: str | None = None  # from `:filename`, when it set one
    unreadable: tuple[str, ...] = ()  # keys Hugo cannot read as dates: its build fails

    @property
    def since(self) -> datetime | None:
        """The moment the status line names: online since / from, expired since."""
        if self.state is State.EXPIRED:
            return self.expires
        if self.state in (State.PUBLISHED, State.SCHEDULED):
            return self.publish
        return None

    @property
    def status(self) -> PublishStatus:
        """The status line as a code and its values, worded by `redactie.gui.messages`."""
        since = self.since
        params: dict[str, Any] = {}
        if since is not None:
            params["when"] = Moment(since.astimezone(ZoneInfo(self.zone)))
        code = f"publish.{self.state.value}"
        if self.state is State.PUBLISHED and since is None:
            code = "publish.published-undated"
        return PublishStatus(code, params)

    @property
    def build_status(self) -> PublishStatus:
        """Whether the site's build includes the page, as a sentence's code."""
        return PublishStatus("publish.built" if self.built else "publish.left-out")


@dataclass(frozen=True)
class Moment:
    """A moment to show in its own zone with its offset (the catalogue words it)."""

    at: datetime

    @property
    def offset(self) -> str:
        return offset_text(self.at)


@dataclass(frozen=True)
class PublishStatus:
    """A `Coded` status: "publish.scheduled" with `when`, and the like."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    codes = (
        "publish.published",
        "publish.published-undated",
        "publish.scheduled",
        "publish.expired",
        "publish.draft",
        "publish.built",
        "publish.left-out",
    )


# -- reading a page -------------------------------------------------------------------------


def publish_state(
    front_matter: Mapping[str, Any],
    hugo: HugoConfig,
    *,
    at: datetime,
    file: FileFacts | None = None,
    zone: str | None = None,
) -> PublishState:
    """Hugo's state of a page with `front_matter` at the moment `at` (aware)."""
    if at.tzinfo is None:
        raise ValueError("`at` needs a time zone")
    facts = file or FileFacts()
    fm = {str(k).lower(): v for k, v in front_matter.items()}
    location: tzinfo = ZoneInfo(hugo.time_zone) if hugo.time_zone else UTC
    found: dict[str, datetime] = {}  # Hugo's Params as set by earlier handlers (reentry)
    unreadable: list[str] = []
    slug: str | None = None
    for name in ("date", "lastmod", "publishdate", "expirydate"):
        for source in hugo.date_sources[name]:
            value: datetime | None
            if source == ":filename":
                value, rest = date_from_filename(facts.base_name, location)
                if value is not None and "slug" not in fm:
                    slug = rest
            elif source == ":filemodtime":
                value = facts.mod_time
            elif source == ":git":
                value = facts.git_author_date if hugo.enable_git_info else None
            else:
                raw = fm[source] if source in fm else found.get(source)
                if raw is None or raw == "":
                    continue
                value = hugo_time(raw, location)
                if value is None:
                    unreadable.append(source)
            if value is not None:
                found.setdefault(name, value)
                break
    draft = _draft(fm)
    publish, expires = found.get("publishdate"), found.get("expirydate")
    future = publish is not None and publish > at
    expired = expires is not None and expires < at
    state = (
        State.DRAFT
        if draft
        else State.EXPIRED
        if expired
        else State.SCHEDULED
        if future
        else State.PUBLISHED
    )
    built = (
        (hugo.build_drafts or not draft)
        and (hugo.build_future or not future)
        and (hugo.build_expired or not expired)
    )
    return PublishState(
        state=state,
        built=built,
        at=at,
        zone=zone or hugo.time_zone or DEFAULT_TIMEZONE,
        date=found.get("date"),
        publish=publish,
        expires=expires,
        lastmod=found.get("lastmod"),
        slug=slug,
        unreadable=tuple(dict.fromkeys(unreadable)),
    )


def article_state(
    article: Article, site: Site | None, *, at: datetime, path: Path | None = None
) -> PublishState:
    """The state of an open article in `site` (None: Hugo's defaults); `path`, where it is
    saved or will be, gives `:filename`, `:fileModTime` and `:git` their values."""
    hugo = site.hugo if site is not None else HugoConfig()
    facts = file_facts(path, hugo, site.root if site else path.parent) if path else FileFacts()
    zone = site.timezone if site is not None else DEFAULT_TIMEZONE
    return publish_state(yaml12_front_matter(article), hugo, at=at, file=facts, zone=zone)


def file_state(path: Path, site: Site | None, *, at: datetime) -> PublishState:
    """The state of the article file `path`; `ArticleError`/`StorageError` when unreadable."""
    article = Article.from_path(path, default_tz=site.hugo_timezone if site else "UTC")
    return article_state(article, site, at=at, path=path)


def yaml12_front_matter(article: Article) -> dict[str, Any]:
    """The front matter as Hugo's YAML 1.2 reads it: an unquoted `draft: yes` is the string."""
    data = dict(article.data)
    if article.format != "yaml":
        return data
    for key, value in data.items():
        if isinstance(value, bool):
            pattern = rf"(?m)^{re.escape(key)}[ \t]*:[ \t]*(\S+?)[ \t]*(?:#.*)?$"
            written = re.search(pattern, article.front_matter_text)
            if written and _YAML11_WORDS.match(written.group(1)):
                data[key] = written.group(1)
    return data


def file_facts(path: Path, hugo: HugoConfig, root: Path) -> FileFacts:
    """The base name Hugo reads `:filename` from, the mtime, and git's date when asked for."""
    name = path.stem
    if name in _BUNDLE_NAMES:
        name = path.parent.name
    mod_time = git_date = None
    with contextlib.suppress(OSError):
        mod_time = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    if hugo.enable_git_info and any(":git" in v for v in hugo.date_sources.values()):
        git_date = _git_author_date(path, root)
    return FileFacts(name, mod_time, git_date)


def _git_author_date(path: Path, root: Path) -> datetime | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%aI", "--", str(path)],
            capture_output=True,
            text=True,
            timeout=10,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = result.stdout.strip()
    return datetime.fromisoformat(text) if result.returncode == 0 and text else None


# -- Hugo's parsing -------------------------------------------------------------------------


def hugo_time(value: Any, location: tzinfo) -> datetime | None:
    """A front matter value as Hugo's `htime.ToTimeInDefaultLocationE`; None if it fails."""
    if isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=location)
    if isinstance(value, date):
        return datetime.combine(value, time(), location)
    if isinstance(value, int | float):
        return datetime.fromtimestamp(int(value), UTC)  # cast: seconds since 1970
    if isinstance(value, str):
        return _parse_string(value, location)
    return None


def _parse_string(text: str, location: tzinfo) -> datetime | None:
    m = _STRING_DATE.match(text)
    if m is None:
        return None
    zone = location
    if m["tz"]:
        zone = _offset(m["tz"].strip())
    fraction = (m["f"] or ".")[1:]
    try:
        return datetime(
            int(m["y"]),
            int(m["m"]),
            int(m["d"]),
            int(m["H"] or 0),
            int(m["M"] or 0),
            int(m["S"] or 0),
            int((fraction + "000000")[:6]),
            tzinfo=zone,
        )
    except ValueError:
        return None


def _offset(text: str) -> tzinfo:
    if text == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if text[0] == "-" else delta)


def date_from_filename(base: str, location: tzinfo) -> tuple[datetime | None, str]:
    """Hugo's dateAndSlugFromBaseFilename: a leading date (and time) and the rest as slug."""
    if "." in base:
        base = base[: base.rindex(".")]
    if len(base) < 10:
        return None, ""
    if len(base) >= 19:
        moment = _parse_string(base[:10] + "T" + base[11:19].replace("-", ":"), location)
        if moment is not None and _STRING_DATE.match(base[:10]):
            return moment, base[19:].strip(" -_")
    day = _parse_string(base[:10], location)
    if day is not None:
        return day, base[10:].strip(" -_")
    return None, ""


def _draft(fm: Mapping[str, Any]) -> bool:
    if "draft" in fm:
        return _go_bool(fm["draft"]) or False
    published = _go_bool(fm.get("published"))
    return published is False


def _go_bool(value: Any) -> bool | None:
    """Go's `cast.ToBoolE`: None where it fails (a date, "yes")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        return True if value in _GO_TRUE else False if value in _GO_FALSE else None
    return None


# -- what the window writes -----------------------------------------------------------------


def offset_text(moment: datetime) -> str:
    """`+01:00` for a moment's offset."""
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    hours, minutes = divmod(abs(int(offset.total_seconds())) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def publish_date_text(moment: datetime, site: Site) -> str:
    """What "Publish at…" writes as `publishDate`: RFC 3339 in the site's zone with its offset
    and whole seconds (`2026-12-09T07:00:00+01:00`), so Hugo reads the moment meant."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(site.timezone))
    local = moment.astimezone(ZoneInfo(site.timezone)).replace(microsecond=0)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + offset_text(local)


def set_publish_date(article: Article, moment: datetime, site: Site | None) -> str:
    """ "Publish at…": write `moment` as the page's publish date, in the site's zone with its
    offset; returns the key written. An existing `publishDate`/`pubdate`/`published` date (any
    case) is replaced where it stands; a date-only one is rewritten, since its form would drop
    the time. Otherwise `publishDate` is added."""
    zone = ZoneInfo(site.timezone if site is not None else DEFAULT_TIMEZONE)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    local = moment.astimezone(zone).replace(microsecond=0)
    key = next(
        (
            k
            for k, v in article.data.items()
            if k.lower() in ("publishdate", "pubdate", "published") and not isinstance(v, bool)
        ),
        "publishDate",
    )
    current = article.data.get(key)
    if isinstance(current, date) and not isinstance(current, datetime):
        article.delete(key)
    article.set(key, local)
    return key


def rfc3339(moment: datetime | None) -> str | None:
    """A moment as Go's `time.RFC3339` writes it (`Z` for a zero offset); None stays None."""
    if moment is None:
        return None
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    offset = offset_text(moment)
    return text + ("Z" if offset == "+00:00" else offset)
