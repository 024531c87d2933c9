"""`unfinished-copy`: placeholders left in the text block export, and only real ones."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.checks import has_errors, run_checks
from redactie.core.site import Site
from tests.markers import needs_corpus
from tests.paths import CORPUS, DATA, corpus_files


def _unfinished(text: str, site: Site | None = None) -> list[tuple[int | None, str | None, str]]:
    article = Article.from_bytes(text.encode())
    return [
        (f.line, f.field, f.params["marker"])
        for f in run_checks(article, site)
        if f.rule_id == "unfinished-copy"
    ]


FRONT = '---\ntitle: "Het kabinet valt"\ndate: 2026-12-01T09:00:00+01:00\n---\n'


def test_placeholders_in_the_body_and_the_fields_are_found_where_they_are() -> None:
    text = (
        '---\ntitle: "Wethouder TK treedt af"\ndate: 2026-12-01T09:00:00+01:00\n'
        'summary: "Volgt"\ncover:\n  caption: "Foto: [NAAM] via Pexels"\n---\n'
        "De wethouder sprak op ?? mei met XXX over de begroting.\n\n"
        "Volgens [BRON] is het rond. Zie [het stuk]().\n\n"
        "Lorem ipsum dolor sit amet.\n\n"
        "<!-- TODO bij publicatie: deel 2 linken -->\n"
    )
    assert _unfinished(text) == [
        (2, "title", "TK"),
        (6, "cover.caption", "[NAAM]"),
        (8, None, "??"),
        (8, None, "XXX"),
        (10, None, "[BRON]"),
        (10, None, "[het stuk]()"),
        (12, None, "Lorem ipsum"),
        (14, None, "TODO"),
    ]
    article = Article.from_bytes(text.encode())
    assert has_errors(f for f in run_checks(article) if f.rule_id == "unfinished-copy")


def test_code_links_quotes_and_style_are_not_placeholders() -> None:
    text = FRONT + (
        "Zie [bron](https://example.org) en [link][ref]. Hij zei: „[…] het is klaar”.\n\n"
        "Is dat alles?? Ja. Mijn TODO-lijst en de FIXME in de stylesheet.\n\n"
        "## FIXME\n\n"
        "`TODO: in code` en\n\n```\nXXX = 1  # TODO: later\n```\n\n"
        "[ref]: https://example.org\n"
    )
    assert _unfinished(text) == []


def test_a_site_sets_its_own_markers(tmp_path: Path) -> None:
    site_folder = tmp_path / "krant"
    shutil.copytree(DATA / "site", site_folder)
    (site_folder / "redactie.toml").write_text(
        '[style]\nplaceholders = ["PM", "[invullen]"]\n', encoding="utf-8"
    )
    site = Site.open(site_folder)
    text = FRONT + "Het aantal is PM en de naam [invullen]; TK blijft hier staan.\n"
    assert _unfinished(text, site) == [(5, None, "PM"), (5, None, "[invullen]")]


@needs_corpus
def test_on_the_corpus_only_the_notes_left_in_comments_are_found() -> None:
    """Read by a person: the 8 findings are `<!-- TODO ... -->` notes in 4 articles."""
    found: Counter[str] = Counter()
    for path in corpus_files():
        article = Article.from_bytes(path.read_bytes())
        for finding in run_checks(article, path=path):
            if finding.rule_id == "unfinished-copy":
                found[str(path.relative_to(CORPUS))] += 1
    assert sum(found.values()) == 8 and len(found) == 4
    assert all("graphql" in name for name in found)


@pytest.mark.parametrize("marker", ["TK", "TKTK", "XXX", "[LINK]", "(??)", "lorem ipsum"])
def test_each_default_marker_alone(marker: str) -> None:
    assert len(_unfinished(FRONT + f"Hier komt {marker} nog.\n")) == 1


def test_a_placeholder_has_its_column_in_the_file_line() -> None:
    """1-based, in characters of the file line: in the body and on a field's own line."""
    text = (
        '---\ntitle: "Wethouder TK treedt af"\ndate: 2026-12-01T09:00:00+01:00\n---\n'
        "Op 🎉 feestdag sprak XXX met [NAAM].\n"
    )
    article = Article.from_bytes(text.encode())
    found = [
        (f.line, f.column, f.params["marker"])
        for f in run_checks(article)
        if f.rule_id == "unfinished-copy"
    ]
    assert found == [(2, 19, "TK"), (5, 21, "XXX"), (5, 29, "[NAAM]")]
    line = text.splitlines()[4]
    assert line[20:23] == "XXX" and line[28:34] == "[NAAM]"
