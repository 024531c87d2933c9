"""Links that work: every web link in the body and the cover URL, checked over the network.

`link_targets(article)` lists them (code, shortcodes and reference definitions' own lines
aside); `LinkChecker.check(urls)` asks each server, off the GUI thread and a bounded number at
once: HEAD first, GET when a server refuses HEAD (405, 403, 501), redirects followed, a
timeout per link. Answers are cached for a day by requests-cache (a 404 too: a server that
answered is not asked again every keystroke). No answer at all (offline, DNS, a dropped
connection, a timeout) is `unchecked`, never an error: the journalist may be on a train.

The rules read the results the caller passes to `run_checks(..., links=...)`:
`link-broken` (404, 410, 5xx after the retry) and `link-redirect` (a permanent redirect to
another address: the fix puts in the final one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from redactie.core.article import Article
from redactie.core.checks.model import CheckContext, Hit

if TYPE_CHECKING:
    import requests

MAX_AT_ONCE = 6
TIMEOUT = (5.0, 10.0)  # connect, read (seconds)
CACHE_SECONDS = 24 * 60 * 60
USER_AGENT = "redactie link check (+https://github.com/redactie)"
_MD_LINK = re.compile(r"(?<!\\)\[[^\]\n]*\]\(\s*<?(https?://[^)\s>]+)>?(?:\s+[\"'(][^)]*)?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["'](https?://[^"']+)["']""", re.IGNORECASE)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?(https?://[^>\s]+)>?", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)[^`\n].*?\1")


@dataclass(frozen=True)
class LinkTarget:
    url: str
    line: int | None  # file line; None for the cover (its field says where)
    field: str | None = None
    start: int = -1  # body offsets of the URL, for the redirect fix
    end: int = -1


@dataclass(frozen=True)
class LinkResult:
    state: str  # "ok", "broken", "redirect", "unchecked"
    status: int | None = None
    final_url: str | None = None
    detail: str = ""


def link_targets(ctx: CheckContext) -> list[LinkTarget]:
    """Every web link of the article, in file order."""
    found: list[LinkTarget] = []
    cover = ctx.text("cover.image")
    if cover.startswith(("http://", "https://")):
        found.append(LinkTarget(cover, ctx.field_line("cover.image"), "cover.image"))
    body = ctx.article.body
    hidden = _CODE_SPAN.sub(_blank, _FENCE.sub(_blank, body))
    first = ctx.body_first_line
    for pattern in (_MD_LINK, _AUTOLINK, _HREF, _REFERENCE):
        for m in pattern.finditer(hidden):
            line = first + hidden.count("\n", 0, m.start(1))
            found.append(LinkTarget(m.group(1), line, None, m.start(1), m.end(1)))
    return sorted(found, key=lambda t: (t.line or 0, t.start))


def urls_of(article: Article) -> list[str]:
    """The web addresses `link_targets` finds, each once (what a checker should ask)."""
    ctx = CheckContext(article, None, datetime.now(UTC), publishing=False)
    return list(dict.fromkeys(t.url for t in link_targets(ctx)))


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def link_broken(ctx: CheckContext) -> Iterator[Hit]:
    for target, result in _results(ctx):
        if result.state == "broken":
            yield Hit(target.line, target.field, {"url": target.url, "status": result.status})


def link_redirect(ctx: CheckContext) -> Iterator[Hit]:
    for target, result in _results(ctx):
        if result.state == "redirect" and result.final_url:
            args: dict[str, object] = {"url": target.url, "to": result.final_url}
            if target.start >= 0:  # in the body: the fix writes the final address
                args.update(start=target.start, end=target.end, old=target.url)
                args["new"] = result.final_url
            yield Hit(target.line, target.field, args)


def _results(ctx: CheckContext) -> Iterator[tuple[LinkTarget, LinkResult]]:
    if not ctx.links:
        return
    for target in link_targets(ctx):
        result = ctx.links.get(target.url)
        if result is not None:
            yield target, result


class LinkChecker:
    """Asks servers about URLs, a few at a time, with a one-day cache of the answers."""

    def __init__(self, cache_dir: Path | None, *, timeout: tuple[float, float] = TIMEOUT) -> None:
        self.timeout = timeout
        self.session = _session(cache_dir)

    def check(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        unique = list(dict.fromkeys(urls))
        with ThreadPoolExecutor(max_workers=MAX_AT_ONCE) as pool:
            return dict(zip(unique, pool.map(self.check_one, unique), strict=True))

    def check_one(self, url: str) -> LinkResult:
        import requests  # loaded with the first check, not with every import of the rules

        try:
            response = self._ask("HEAD", url)
            if response.status_code in (403, 405, 501) or response.status_code >= 500:
                response = self._ask("GET", url)
        except requests.RequestException as exc:
            return LinkResult("unchecked", detail=type(exc).__name__)
        status = response.status_code
        if status >= 400:
            return LinkResult("broken", status)
        permanent = [r for r in response.history if r.status_code in (301, 308)]
        if permanent and response.url.rstrip("/") != url.rstrip("/"):
            return LinkResult("redirect", status, response.url)
        return LinkResult("ok", status)

    def _ask(self, method: str, url: str) -> requests.Response:
        response = self.session.request(
            method, url, timeout=self.timeout, allow_redirects=True, stream=method == "GET"
        )
        response.close()
        return response


def _session(cache_dir: Path | None) -> requests.Session:
    import requests
    import requests_cache

    headers = {"User-Agent": USER_AGENT}
    if cache_dir is None:
        session = requests.Session()
    else:
        cache_dir.mkdir(parents=True, exist_ok=True)
        session = requests_cache.CachedSession(
            str(cache_dir / "links"),
            backend="filesystem",  # one file per answer: no database shared by six threads
            expire_after=CACHE_SECONDS,
            cache_control=False,
            allowable_codes=(200, 204, 301, 302, 303, 307, 308, 404, 410),
            allowable_methods=("HEAD", "GET"),
            stale_if_error=False,
        )
    session.headers.update(headers)
    return session


def links_needing_check(results: Mapping[str, LinkResult], urls: Iterable[str]) -> list[str]:
    """The URLs without a result yet (so an edit elsewhere does not ask again)."""
    return [url for url in dict.fromkeys(urls) if url not in results]
