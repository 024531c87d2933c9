"""The checks' hard cases as files (`tests/data/checks/`, a small Hugo site with house style
on): placeholders, house style, long sentences and alt text, each article beside the findings
`redactie check` must print for it (`expected/NAME.txt`: `line[:column]: rule-id`, read by
hand). What must not be found is in the same files: code, shortcodes, link targets, HTML
attributes, the front matter, Dutch abbreviations, apostrophes, dates, scores and labels."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from redactie import commands
from tests.paths import DATA

SITE = DATA / "checks"
CASES = sorted((SITE / "content" / "nieuws").glob("*.md"))


def expected(article: Path) -> list[str]:
    return (SITE / "expected" / f"{article.stem}.txt").read_text(encoding="utf-8").splitlines()


def printed(article: Path) -> list[str]:
    """`redactie check`'s findings for the file, as `line[:column]: rule-id`."""
    out, err = io.StringIO(), io.StringIO()
    commands.main(["check", str(article), "--hints", "--lang", "en"], out, err)
    found = []
    for line in out.getvalue().splitlines():
        match = re.match(rf"{re.escape(str(article))}:(\d+(?::\d+)?): ([a-z-]+) ", line)
        assert match, line
        found.append(f"{match.group(1)}: {match.group(2)}")
    return found


def test_every_case_has_its_findings_written_down() -> None:
    assert [p.stem for p in CASES] == ["alt-tekst", "huisstijl", "lange-zinnen", "onaf"]
    assert all((SITE / "expected" / f"{p.stem}.txt").is_file() for p in CASES)


@pytest.mark.parametrize("article", CASES, ids=[p.stem for p in CASES])
def test_redactie_check_finds_exactly_the_hard_cases(article: Path) -> None:
    assert printed(article) == expected(article)
