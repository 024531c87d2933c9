"""Every check rule, firing and not firing, on one good article changed one thing at a time."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from redactie.core.article import Article
from redactie.core.checks import RULES, apply_fix, rule, run_checks
from redactie.core.site import Site
from redactie.gui.messages import for_language
from tests.core.test_cover_size import png
from tests.messages import dutch, english
from tests.paths import DATA

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 2, 25, 12, 0, tzinfo=AMS)
KNOWN = {"ai": 2, "politiek": 2, "verkiezingen": 1, "kunstmatige-intelligentie": 1}
GOOD = """\
---
title: "OpenAI haalt Nederlands AI-talent binnen"
date: 2026-02-25T10:11:21+01:00
tags: ["ai", "politiek"]
summary: "Het succes van een Nederlands hobbyproject leidt tot een baan bij OpenAI."
label: "BESLISSER"
cover:
  image: "https://images.pexels.com/photos/16461434/pexels-photo-16461434.jpeg?w=940"
  alt: "Een smartphone met de ChatGPT-app boven een studieboek."
  caption: "Foto: Sanket  Mishra via Pexels"
draft: false
---

Het Nederlandse AI-talent is gewild.

{{< note >}}Een noot met {{< ref "x" >}}.{{< /note >}}

![Stembus](images/stembus.jpg) en {{</* figure src="bestaat-niet.jpg" */>}} als voorbeeld.

```
![in code](geen-plaatje.png)
```
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("checks") / "site"
    shutil.copytree(DATA / "site", root)
    (root / "static" / "images" / "breed.png").write_bytes(png(4000, 2000))  # for cover-size
    return Site.open(root)


def _path(site: Site) -> Path:
    return site.content_dir / "nieuws" / "artikel.md"


def _run(text: str, site: Site, **options: object) -> list[str]:
    article = Article.from_bytes(text.encode("utf-8"))
    kwargs: dict[str, object] = {"path": _path(site), "now": NOW, "known_tags": KNOWN}
    kwargs.update(options)
    findings = run_checks(article, site, **kwargs)  # type: ignore[arg-type]
    return [f.rule_id for f in findings]


def test_the_good_article_passes_every_rule(site: Site) -> None:
    assert _run(GOOD, site) == []


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return change


ALT = "Een smartphone met de ChatGPT-app boven een studieboek."
CASES: list[tuple[str, Callable[[str], str], list[str]]] = [
    ("front-matter", _replace('label: "BESLISSER"', 'title: "dubbel"'), ["front-matter"]),
    (
        "front-matter-missing",
        lambda text: text.split("---\n", 2)[2],
        ["front-matter-missing"],
    ),
    ("required-field", _replace('summary: "Het', 'summary: ""\nx: "Het'), ["required-field"]),
    ("required-field", _replace('tags: ["ai", "politiek"]', "tags: []"), ["required-field"]),
    ("title-length", _replace('"OpenAI haalt', '"' + "Heel " * 20 + "lang"), ["title-length"]),
    (
        "summary-length",
        _replace('summary: "Het', 'summary: "' + "x" * 150 + " Het"),
        ["summary-length"],
    ),
    (
        "cover-image",
        _replace('  image: "https://images.pexels.com', '  image: ""\n  old: "'),
        ["required-field", "cover-image"],  # the site requires it; the rule says why
    ),
    ("cover-alt", _replace(f'alt: "{ALT}"', 'alt: ""'), ["cover-alt"]),
    (
        "cover-alt-is-caption",
        _replace(f'alt: "{ALT}"', 'alt: "Foto:  Sanket Mishra via pexels"'),
        ["cover-alt-is-caption"],
    ),
    (
        "cover-caption-pexels",
        _replace('caption: "Foto: Sanket  Mishra via Pexels"', 'caption: ""'),
        ["cover-caption-pexels"],
    ),
    ("date-invalid", _replace("2026-02-25T10:11:21+01:00", "gisteren"), ["date-invalid"]),
    (
        "date-offset",
        _replace("2026-02-25T10:11:21+01:00", "2026-02-25T09:11:21"),  # 10:11 in Amsterdam
        ["date-offset"],
    ),
    ("date-future", _replace("T10:11:21+01:00", "T12:05:00+01:00"), ["date-future"]),
    ("draft", _replace("draft: false", "draft: true"), ["draft"]),
    ("tags-lowercase", _replace('"politiek"]', '"Politiek"]'), ["tags-lowercase"]),
    ("tags-near-duplicate", _replace('"politiek"]', '"verkiezing"]'), ["tags-near-duplicate"]),
    ("tags-unknown", _replace('"politiek"]', '"sport"]'), ["tags-unknown"]),
    ("label-unknown", _replace('"BESLISSER"', '"OPINIE"'), ["label-unknown"]),
    (
        "shortcodes-balanced",
        _replace("{{< /note >}}", ""),
        ["shortcodes-balanced"],
    ),
    ("shortcodes-balanced", _replace("{{< note >}}", "{{< /box >}}"), ["shortcodes-balanced"] * 2),
    (
        "shortcodes-balanced",
        _replace('{{< ref "x" >}}', '{{< ref "x" >}}{{< /ref >}}'),
        ["shortcodes-balanced"],
    ),
    ("shortcodes-balanced", _replace('{{< ref "x" >}}', '{{< ref "x" '), ["shortcodes-balanced"]),
    ("image-missing", _replace("images/stembus.jpg", "images/weg.jpg"), ["image-missing"]),
    ("image-missing", _replace("https://images.pexels.com/photos/", "fotos/"), ["image-missing"]),
    (
        "credit-missing",
        _replace('caption: "Foto: Sanket  Mishra via Pexels"', 'caption: "Foto: Pexels"'),
        ["credit-missing"],
    ),
    (
        "alt-language",
        _replace(f'alt: "{ALT}"', 'alt: "Close-up of a smartphone displaying an app"'),
        ["alt-language"],
    ),
    ("alt-quality", _replace(f'alt: "{ALT}"', 'alt: "Foto van een smartphone"'), ["alt-quality"]),
    ("body-image-alt", _replace("![Stembus]", "![]"), ["body-image-alt"]),
    (
        "cover-size",
        _replace(
            "https://images.pexels.com/photos/16461434/pexels-photo-16461434.jpeg?w=940",
            "/images/breed.png",
        ),
        ["cover-size"],
    ),
    ("unfinished-copy", _replace("baan bij OpenAI.", "baan bij [NAAM]."), ["unfinished-copy"]),
    (
        "link-entity",
        _replace("is gewild.", "is [gewild](https://a.nl/?a=1&#038;b=2)."),
        ["link-entity"],
    ),
]


@pytest.mark.parametrize(("rule_id", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_fires(
    rule_id: str, change: Callable[[str], str], expected: list[str], site: Site
) -> None:
    assert _run(change(GOOD), site) == expected
    assert rule_id in expected


def test_every_rule_has_a_firing_case_and_two_messages() -> None:
    # house style is off by default (its rules fire in test_house_style.py); the link rules
    # need a server's answers (test_links.py)
    tested_elsewhere = {r.id for r in RULES if r.house_style}
    tested_elsewhere |= {"link-broken", "link-redirect"}  # a server's answers: test_links.py
    tested_elsewhere.add("sentence-long")  # tests/core/test_readability.py
    assert {r.id for r in RULES} - tested_elsewhere == {c[0] for c in CASES}
    for item in RULES:
        for code in item.codes:
            nl, en = for_language("nl").sentence(code), for_language("en").sentence(code)
            assert nl != code and en != code and nl != en
        assert item.severity in ("error", "warning", "info")


def test_findings_carry_line_field_severity_and_both_languages(site: Site) -> None:
    text = _replace('alt: "Een', 'alt: "')(GOOD).replace("draft: false", "draft: true")
    article = Article.from_bytes(text.encode())
    findings = run_checks(article, site, path=_path(site), now=NOW, known_tags=KNOWN)
    assert [(f.rule_id, f.line, f.field, f.severity) for f in findings] == [
        ("draft", 11, "draft", "error"),
    ]
    assert dutch(findings[0]).startswith("Het artikel staat nog op concept")
    assert english(findings[0]).startswith("The article is still a draft")


def test_lines_in_the_body_and_in_nested_keys(site: Site) -> None:
    text = _replace("images/stembus.jpg", "weg.jpg")(GOOD).replace(f'alt: "{ALT}"', 'alt: ""')
    article = Article.from_bytes(text.encode())
    findings = run_checks(article, site, path=_path(site), now=NOW, known_tags=KNOWN)
    assert [(f.rule_id, f.line, f.field) for f in findings] == [
        ("cover-alt", 9, "cover.alt"),
        ("image-missing", 18, None),
    ]


def test_drafts_are_fine_when_not_publishing(site: Site) -> None:
    assert _run(GOOD.replace("draft: false", "draft: true"), site, publishing=False) == []


def test_a_site_building_future_posts_allows_future_dates(site: Site, tmp_path: Path) -> None:
    root = tmp_path / "toekomst"
    shutil.copytree(site.root, root)
    config = root / "hugo.toml"
    config.write_text("buildFuture = true\n" + config.read_text())
    future = GOOD.replace("T10:11:21+01:00", "T18:00:00+01:00")
    assert _run(future, Site.open(root)) == []


def test_the_site_can_change_severities_and_turn_rules_off(tmp_path: Path, site: Site) -> None:
    root = tmp_path / "streng"
    shutil.copytree(site.root, root)
    with (root / "redactie.toml").open("a") as handle:
        handle.write('\n[checks]\ntags-unknown = "error"\nlabel-unknown = "off"\n')
    strict = Site.open(root)
    text = GOOD.replace('"politiek"]', '"sport"]').replace('"BESLISSER"', '"OPINIE"')
    article = Article.from_bytes(text.encode())
    findings = run_checks(article, strict, path=_path(strict), now=NOW, known_tags=KNOWN)
    assert [(f.rule_id, f.severity) for f in findings] == [("tags-unknown", "error")]


def test_confirmed_and_site_tags_are_not_unknown(site: Site) -> None:
    text = GOOD.replace('"politiek"]', '"sport"]')
    assert _run(text, site, confirmed_tags=["sport"]) == []
    assert _run(text, site, known_tags=None) == []  # no taxonomy: tags are not compared


def test_without_a_site_the_papermod_defaults_apply() -> None:
    article = Article.from_bytes(GOOD.replace("date: 2026", "x: 2026").encode())
    findings = run_checks(article, now=NOW)
    assert [f.rule_id for f in findings] == ["required-field"]
    assert findings[0].field == "date"


def test_a_section_index_page_is_not_an_article(site: Site) -> None:
    article = Article.from_bytes(b'---\ntitle: "Nieuws"\n---\n{{< /x >}}\n')
    findings = run_checks(article, site, path=site.content_dir / "nieuws" / "_index.md", now=NOW)
    assert [f.rule_id for f in findings] == ["shortcodes-balanced"]


def test_fixes(site: Site) -> None:
    text = GOOD.replace("2026-02-25T10:11:21+01:00", "2026-02-25T10:11:21").replace(
        "draft: false", "draft: true"
    )
    article = Article.from_bytes(text.replace('"politiek"]', '"Politiek", "AI"]').encode())
    assert apply_fix("date-offset", article, site, now=NOW)
    assert "date: 2026-02-25T10:11:21+01:00\n" in article.to_text()
    assert apply_fix("draft", article, site)
    assert article.get("draft") is False
    assert apply_fix("tags-lowercase", article, site)
    assert article.get("tags") == ["ai", "politiek"]
    assert apply_fix("date-future", article, site, now=NOW)
    assert article.get_date() == NOW
    assert not apply_fix("cover-alt", article, site)
    assert rule("date-offset").fix is not None


def _site_copy(tmp_path: Path, *, hugo_first_line: str = "", options: str = "") -> Site:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    config = root / "hugo.toml"
    config.write_text(hugo_first_line + config.read_text(encoding="utf-8"), encoding="utf-8")
    if options:
        (root / "redactie.toml").write_text(options, encoding="utf-8")
    return Site.open(root)


def _ids_for_file(path: Path, site: Site) -> list[str]:
    article = Article.from_path(path, default_tz=site.timezone)
    findings = run_checks(article, site, path=path, now=NOW, known_tags=KNOWN)
    return [f.rule_id for f in findings]


def test_date_offset_is_fine_when_the_site_sets_its_time_zone(tmp_path: Path) -> None:
    naive = GOOD.replace("2026-02-25T10:11:21+01:00", "2026-02-25T10:11:21")
    without = _site_copy(tmp_path / "utc")
    path = without.content_dir / "nieuws" / "artikel.md"
    path.write_text(naive, encoding="utf-8")
    assert "date-offset" in _ids_for_file(path, without)
    zoned = _site_copy(tmp_path / "ams", hugo_first_line='timeZone = "Europe/Amsterdam"\n')
    path = zoned.content_dir / "nieuws" / "artikel.md"
    path.write_text(naive, encoding="utf-8")
    assert _ids_for_file(path, zoned) == []


def test_required_fields_apply_to_articles_not_to_static_pages(tmp_path: Path) -> None:
    site = _site_copy(tmp_path)
    bare = "---\ntitle: Contact\n---\nMail ons.\n"
    contact = site.content_dir / "contact.md"
    contact.write_text(bare, encoding="utf-8")
    assert "required-field" not in _ids_for_file(contact, site)
    index = site.content_dir / "nieuws" / "_index.md"
    assert "required-field" not in _ids_for_file(index, site)
    article = site.content_dir / "nieuws" / "kaal.md"
    article.write_text(bare, encoding="utf-8")
    assert _ids_for_file(article, site).count("required-field") == 4  # date, summary, tags, cover
    assert site.requires_fields(None) and site.requires_fields(tmp_path / "elders.md")

    options = (DATA / "site" / "redactie.toml").read_text(encoding="utf-8")
    only_news = options.replace("required = [", 'required_sections = ["nieuws"]\nrequired = [')
    narrowed = _site_copy(tmp_path / "narrow", options=only_news)
    background = narrowed.content_dir / "achtergrond" / "kaal.md"
    background.write_text(bare, encoding="utf-8")
    assert "required-field" not in _ids_for_file(background, narrowed)
    news = narrowed.content_dir / "nieuws" / "kaal.md"
    news.write_text(bare, encoding="utf-8")
    assert "required-field" in _ids_for_file(news, narrowed)


def test_required_fields_follow_a_section_made_after_the_first_answer(tmp_path: Path) -> None:
    options = (DATA / "site" / "redactie.toml").read_text(encoding="utf-8")
    site = _site_copy(tmp_path, options=options.replace('sections = ["nieuws", "achtergrond"]', ""))
    assert not site.options.sections  # the sections are the content folder's folders
    later = site.content_dir / "opinie" / "stuk.md"
    assert not site.requires_fields(later)  # no such section (yet): a page, not an article
    assert not site.requires_fields(later)  # asked again: the same
    later.parent.mkdir()
    stamp = site.content_dir.stat().st_mtime_ns + 1_000_000_000
    os.utime(site.content_dir, ns=(stamp, stamp))  # a changed folder, whatever the clock's tick
    assert site.requires_fields(later)
    assert not site.requires_fields(later.with_name("_index.md"))  # its list page


@pytest.mark.parametrize(
    ("caption", "source", "found"),
    [
        ("Foto: Sanket  Mishra via Pexels", "", False),
        (
            "Foto: [Sanket Mishra](https://www.pexels.com/@sanket) via [Pexels](https://pexels.com/p/1)",
            "",
            False,
        ),
        ("Foto via Pexels", "", True),
        ("Beeld: [Pexels](https://www.pexels.com/photo/1)", "", True),
        ("Foto: Sanket Mishra via Pexels", "Noor  van den Berg", True),
        ("Foto: Noor van den Berg via Pexels", "Noor  van den Berg", False),
    ],
)
def test_credit_missing_wants_the_photographer_named(
    caption: str, source: str, found: bool
) -> None:
    text = (
        '---\ntitle: "Een stuk"\ndate: 2026-02-25T10:11:21+01:00\ncover:\n'
        '  image: "https://images.pexels.com/photos/1/a.jpeg"\n  alt: "Een plein"\n'
        f"  caption: {json.dumps(caption)}\n"
        + (f"  source:\n    photographer: {json.dumps(source)}\n" if source else "")
        + "---\nTekst.\n"
    )
    findings = run_checks(Article.from_bytes(text.encode()))
    assert any(f.rule_id == "credit-missing" for f in findings) is found


def test_images_in_code_spans_and_html_comments_are_not_on_the_page(site: Site) -> None:
    """Found on the corpus (fronteers, don-site): neither is an image Hugo shows."""
    body = (
        '\nJavaScript maakt van `<img src="foto.jpg">` iets als'
        ' `<img src="foto.jpg(141,141) width="300">`.\n\n'
        "<!-- ![](/uploads/weg.jpg) -->\n\n![Echt weg](images/weg.jpg)\n"
    )
    text = GOOD.split("\n---\n")[0] + "\n---\n" + body
    findings = run_checks(Article.from_bytes(text.encode()), site, path=_path(site), now=NOW)
    assert [(f.rule_id, f.params.get("url")) for f in findings] == [
        ("image-missing", "images/weg.jpg")
    ]


def _fences_blanked_by_lines(body: str) -> str:
    """The fence blanking as a loop over lines (how it was written first), the reference."""
    out: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        opening = line[: len(line) - len(line.lstrip(" "))]
        starts = line.lstrip(" ")[:3] if len(opening) <= 3 else ""
        if fence is None and starts in ("```", "~~~"):
            fence = starts
            out.append(" " * len(line))
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            out.append(" " * len(line))
        else:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize(
    "body",
    [
        "a\n```py\ncode ![x](y.png)\n```\nb ![ok](z.png)\n",
        "   ~~~\n```\n~~~ closes\n```\nnot code\n",
        "    ```\nfour spaces: indented code, not a fence\n",
        "```\r\ncode\r\n  \t```\r\nafter\r\n",
        "```\nunclosed to the end\n\n![x](y.png)",
        "~~~\n\u00a0~~~ a no-break space is whitespace to strip()\nafter\n```\n",
        "``` \n```python\n```\n```",
        "no fence at all `x`\n",
    ],
)
def test_fences_blanked_as_the_line_loop(body: str) -> None:
    from redactie.core.checks.body import _fences_blanked

    assert _fences_blanked(body) == _fences_blanked_by_lines(body)


def test_fences_blanked_in_the_test_files_as_the_line_loop() -> None:
    from redactie.core.checks.body import _fences_blanked

    for path in DATA.rglob("*.md"):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _fences_blanked(text) == _fences_blanked_by_lines(text), path
