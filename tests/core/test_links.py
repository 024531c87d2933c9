"""Links checked against a real HTTP server on 127.0.0.1: working, gone, moved, refusing HEAD,
slow, dropping the connection, and nobody there at all."""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from redactie import commands
from redactie.core.article import Article
from redactie.core.checks import run_checks
from redactie.core.checks.links import LinkChecker, LinkResult, urls_of
from tests.local_server import closed_port, serving

HITS: Counter[str] = Counter()
RELEASE = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, *, body: bool) -> None:
        HITS[f"{self.command} {self.path}"] += 1
        routes = {
            "/ok": (200, None),
            "/missing": (404, None),
            "/gone": (410, None),
            "/old": (301, "/new"),
            "/older": (308, "/old"),
            "/new": (200, None),
            "/tijdelijk": (302, "/ok"),
        }
        if self.path == "/nohead" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/nohead":
            self.send_response(200)
        elif self.path == "/slow":
            RELEASE.wait(10)
            return
        elif self.path == "/drop":
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        elif self.path in routes:
            status, location = routes[self.path]
            self.send_response(status)
            if location:
                self.send_header("Location", location)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "2" if body else "0")
        self.end_headers()
        if body:
            self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    HITS.clear()
    RELEASE.clear()
    with serving(_Handler, RELEASE.set) as base:
        yield base


def test_each_kind_of_answer(server: str, tmp_path: Path) -> None:
    checker = LinkChecker(tmp_path / "cache", timeout=(2.0, 1.0))
    nobody = f"http://127.0.0.1:{closed_port()}/x"
    urls = ["/ok", "/missing", "/gone", "/old", "/older", "/tijdelijk", "/nohead", "/slow", "/drop"]
    results = checker.check([server + u for u in urls] + [nobody])
    states = {url.removeprefix(server): (r.state, r.status) for url, r in results.items()}
    assert states == {
        "/ok": ("ok", 200),
        "/missing": ("broken", 404),
        "/gone": ("broken", 410),
        "/old": ("redirect", 200),
        "/older": ("redirect", 200),
        "/tijdelijk": ("ok", 200),  # a temporary redirect is not a moved link
        "/nohead": ("ok", 200),  # asked again with GET
        "/slow": ("unchecked", None),  # no answer in time: said, never an error
        "/drop": ("unchecked", None),
        nobody: ("unchecked", None),  # offline
    }
    assert results[server + "/older"].final_url == server + "/new"


def test_answers_are_cached_for_a_day(server: str, tmp_path: Path) -> None:
    LinkChecker(tmp_path / "cache").check([server + "/ok", server + "/missing"])
    asked = sum(HITS.values())
    again = LinkChecker(tmp_path / "cache").check([server + "/ok", server + "/missing"])
    assert sum(HITS.values()) == asked  # nobody asked twice
    assert again[server + "/missing"].state == "broken"


def _article(server: str) -> Article:
    text = (
        '---\ntitle: "T"\ndate: 2026-02-25T10:11:21+01:00\ncover:\n'
        f'  image: "{server}/gone"\n  alt: "Een plein vol mensen"\n---\n'
        f"Zie [het oude stuk]({server}/old) en <{server}/ok>.\n\n"
        f"`{server}/missing` in code telt niet.\n\n[ref]: {server}/missing\n"
    )
    return Article.from_bytes(text.encode())


def test_findings_with_lines_and_the_redirect_fix(server: str, tmp_path: Path) -> None:
    article = _article(server)
    assert urls_of(article) == [server + u for u in ("/gone", "/old", "/ok", "/missing")]
    results = LinkChecker(tmp_path / "c").check(urls_of(article))
    findings = [f for f in run_checks(article, links=results) if f.rule_id.startswith("link-")]
    assert [(f.rule_id, f.line, f.field) for f in findings] == [
        ("link-broken", 5, "cover.image"),
        ("link-redirect", 8, None),
        ("link-broken", 12, None),
    ]
    start, end, old, new = findings[1].replacement or (0, 0, "", "")
    assert article.body[start:end] == old == server + "/old" and new == server + "/new"


def test_unchecked_links_make_no_finding() -> None:
    article = _article("http://127.0.0.1:9")
    results = {url: LinkResult("unchecked") for url in urls_of(article)}
    assert [f for f in run_checks(article, links=results) if f.rule_id.startswith("link-")] == []


def test_redactie_check_links(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = tmp_path / "stuk.md"
    path.write_bytes(_article(server).to_bytes())
    out, err = io.StringIO(), io.StringIO()
    assert commands.main(["check", str(path), "--links", "--lang", "en"], out, err) == 0
    lines = out.getvalue().splitlines()
    assert any(":5: link-broken" in line and "410" in line for line in lines)
    assert any(":8: link-redirect" in line and "/new" in line for line in lines)


def test_redactie_export_asks_the_links_when_the_site_wants_it(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`[links] before_export`: the export's checks include the answers, and a broken link
    the site raised to an error refuses the export (nothing written)."""
    import io

    from tests.core.test_export_support import COVER, article_text, site_repo

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    root = site_repo(tmp_path)
    with (root / "redactie.toml").open("a", encoding="utf-8") as options:
        options.write('\n[links]\nbefore_export = true\n\n[checks]\nlink-broken = "error"\n')
    body = f"Zie [het rapport]({server}/missing).\n"
    path = tmp_path / "stuk.md"
    path.write_text(article_text(body=body).replace(COVER, f"{server}/ok"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    argv = ["export", str(path), "--site", str(root), "--lang", "en"]
    assert commands.main(argv, out, err) == 1
    assert "link-broken" in out.getvalue() + err.getvalue()
    assert HITS["HEAD /missing"] == 1
    written = [p for p in (root / "content").rglob("*.md") if "/missing" in p.read_text()]
    assert written == []
