"""`link-entity`: entities in link addresses that Hugo breaks, checked against real Hugo."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.checks import apply_fix, run_checks
from redactie.core.checks.link_entity import entities_in_links
from tests.core.test_export_support import hugo_binary
from tests.messages import dutch, english

HEAD = "---\ntitle: Links\ndate: 2026-01-16T10:00:00Z\n---\n"


def _found(body: str) -> list[tuple[str, str]]:
    return [(e.entity, e.replacement) for e in entities_in_links(body)]


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("[x](https://a.nl/?a=1&#038;b=2)", [("&#038;", "&")]),
        ("![foto](https://a.nl/i.jpg?w=1&#038;h=2)", [("&#038;", "&")]),
        ("[r][1]\n\n[1]: https://a.nl/?a=1&#038;b=2", [("&#038;", "&")]),
        ("[x](https://a.nl/?q=&#039;a&#039;)", [("&#039;", "%27"), ("&#039;", "%27")]),
        ("[x](https://a.nl/?a=&#032;)", [("&#032;", "%20")]),  # a space cannot stand there
        ("<https://a.nl/?a=1&amp;b=2>", [("&amp;", "&")]),  # autolinks decode nothing
        ("[x](https://a.nl/?a=1&#0;b)", [("&#0;", "")]),
        # Hugo reads these right: nothing to say.
        ("[x](https://a.nl/?a=1&amp;b=2)", []),
        ("[x](https://a.nl/?a=1&#38;b=2) [y](https://a.nl/?a=1&#x026;b=2)", []),
        ("Tekst &#038; meer, <b>&amp;</b>", []),
        ("`[x](https://a.nl/?a=1&#038;b=2)`", []),  # code
        ("```\n[x](https://a.nl/?a=1&#038;b=2)\n```", []),
        ("<https://a.nl/?a=1&foo;b=2>", []),  # no entity
    ],
)
def test_entities_hugo_breaks(body: str, found: list[tuple[str, str]]) -> None:
    assert _found(body) == found


def test_line_column_message_and_fix() -> None:
    text = HEAD + "\nEen [bron](https://a.nl/?a=1&#038;b=2) en <https://b.nl/?x&amp;y>.\n"
    article = Article.from_bytes(text.encode())
    findings = [f for f in run_checks(article) if f.rule_id == "link-entity"]
    assert [(f.line, f.column, f.severity) for f in findings] == [
        (6, 29, "warning"),
        (6, 59, "warning"),
    ]
    assert english(findings[0]) == ("Hugo breaks '&#038;' in this link address; write '&' instead.")
    assert "&#038;" in dutch(findings[0])
    assert apply_fix("link-entity", article)
    assert article.body == "\nEen [bron](https://a.nl/?a=1&b=2) en <https://b.nl/?x&y>.\n"
    assert [f for f in run_checks(article) if f.rule_id == "link-entity"] == []


def _hugo_hrefs(tmp_path: Path, body: str) -> str:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", '
        '"sitemap", "home", "section"]\n'
    )
    (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
    (site / "content" / "posts" / "links.md").write_text(HEAD + body, encoding="utf-8")
    subprocess.run(
        [hugo_binary(), "--source", str(site), "--destination", "out", "--quiet"],
        check=True,
        capture_output=True,
    )
    return (site / "out" / "posts" / "links" / "index.html").read_text(encoding="utf-8")


def test_hugo_breaks_what_the_check_finds_and_the_fix_mends(tmp_path: Path) -> None:
    body = (
        "[a](https://a.nl/?a=1&#038;b=2)\n\n"
        "![i](https://a.nl/i.jpg?w=1&#038;h=2)\n\n"
        "[c](https://a.nl/?q=&#061;)\n\n"
        "<https://a.nl/?d=1&amp;e=2>\n\n"
        "[f](https://a.nl/?f=1&amp;g=2) [h](https://a.nl/?h=1&#38;i=2)\n"
    )
    page = _hugo_hrefs(tmp_path / "before", body)
    assert 'href="https://a.nl/?a=1%EF%BF%BDb=2"' in page  # U+FFFD instead of &
    assert 'src="https://a.nl/i.jpg?w=1%EF%BF%BDh=2"' in page
    assert 'href="https://a.nl/?q=1"' in page  # &#061; read as octal: '1', not '='
    assert 'href="https://a.nl/?d=1&amp;amp;e=2"' in page  # the autolink keeps "&amp;"
    assert 'href="https://a.nl/?f=1&amp;b' not in page
    assert 'href="https://a.nl/?f=1&amp;g=2"' in page  # these two come out right
    assert 'href="https://a.nl/?h=1&amp;i=2"' in page
    assert len(_found(body)) == 4

    article = Article.from_bytes((HEAD + body).encode())
    assert apply_fix("link-entity", article)
    fixed = _hugo_hrefs(tmp_path / "after", article.body)
    for href in (
        'href="https://a.nl/?a=1&amp;b=2"',
        'src="https://a.nl/i.jpg?w=1&amp;h=2"',
        'href="https://a.nl/?q=="',
        'href="https://a.nl/?d=1&amp;e=2"',
    ):
        assert href in fixed
    assert "%EF%BF%BD" not in fixed
