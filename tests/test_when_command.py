"""`redactie when FILE...`: one line per file in either language, or JSON lines; exit codes."""

from __future__ import annotations

import io
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from redactie import commands
from redactie.core.site.hugo_config import HugoConfig
from redactie.core.site.publish_state import publish_state
from redactie.gui.messages import for_language
from tests.paths import DATA

AT = "2026-12-08T12:00:00+01:00"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def posts(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    config = root / "hugo.toml"
    config.write_text('timeZone = "Europe/Amsterdam"\n' + config.read_text(encoding="utf-8"))
    folder = root / "content" / "posts"
    folder.mkdir(parents=True, exist_ok=True)
    for name, front in {
        "a.md": "date: 2026-12-09T07:00:00",
        "b.md": "date: 2026-11-01T09:30:00+01:00",
        "c.md": "date: 2026-11-01\nexpiryDate: 2026-12-01T00:00:00Z",
        "d.md": "date: 2026-11-01\ndraft: true",
    }.items():
        (folder / name).write_text(f"---\ntitle: t\n{front}\n---\nTekst.\n", encoding="utf-8")
    return folder


def test_one_line_per_file_in_dutch_and_english(posts: Path) -> None:
    files = [str(posts / n) for n in ("a.md", "b.md", "c.md", "d.md")]
    code, out, err = run("when", *files, "--at", AT, "--lang", "nl")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{files[0]}: gepland — online vanaf wo 9 december 2026 om 07:00 (+01:00); "
        "in de build: nee",
        f"{files[1]}: gepubliceerd — online sinds zo 1 november 2026 om 09:30 (+01:00); "
        "in de build: ja",
        f"{files[2]}: verlopen — offline sinds di 1 december 2026 om 01:00 (+01:00); "
        "in de build: nee",
        f"{files[3]}: concept — wordt niet gepubliceerd; in de build: nee",
    ]
    code, out, _ = run("when", files[0], "--at", AT, "--lang", "en")
    assert out == (
        f"{files[0]}: scheduled — online from Wed 9 December 2026 at 07:00 (+01:00); built: no\n"
    )


def test_json_lines(posts: Path) -> None:
    code, out, _ = run("when", str(posts / "a.md"), str(posts / "c.md"), "--at", AT, "--json")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {
            "path": str(posts / "a.md"),
            "state": "scheduled",
            "publish": "2026-12-09T07:00:00+01:00",
            "expires": None,
            "built": False,
        },
        {
            "path": str(posts / "c.md"),
            "state": "expired",
            "publish": "2026-11-01T00:00:00+01:00",
            "expires": "2026-12-01T00:00:00Z",
            "built": False,
        },
    ]


def test_exit_codes(posts: Path, tmp_path: Path) -> None:
    missing = posts / "weg.md"
    code, out, err = run("when", str(posts / "a.md"), str(missing), "--at", AT, "--lang", "en")
    assert code == 1 and out.count("\n") == 1 and "weg.md" in err
    code, _, err = run("when", str(posts / "a.md"), "--at", "morgen", "--lang", "nl")
    assert code == 2 and "geen RFC 3339-tijdstip" in err
    assert run("when", str(posts / "a.md"), "--at", "2026-12-08T12:00:00")[0] == 2
    with pytest.raises(SystemExit) as usage:
        run("when")
    assert usage.value.code == 2


def test_the_window_status_lines_in_both_languages() -> None:
    at = datetime.fromisoformat(AT)
    hugo = HugoConfig(time_zone="Europe/Amsterdam")
    nl, en = for_language("nl"), for_language("en")
    cases = {
        "2026-12-09T07:00:00": (
            "Gepland: online vanaf wo 9 december 2026 om 07:00 (+01:00)",
            "Scheduled: online from Wed 9 December 2026 at 07:00 (+01:00)",
        ),
        "2026-06-01T07:00:00": (
            "Online sinds ma 1 juni 2026 om 07:00 (+02:00)",
            "Online since Mon 1 June 2026 at 07:00 (+02:00)",
        ),
    }
    for written, (dutch, english) in cases.items():
        status = publish_state({"date": written}, hugo, at=at).status
        assert (nl.message(status), en.message(status)) == (dutch, english)
    expired = publish_state({"expirydate": "2026-12-01T12:00:00Z"}, hugo, at=at).status
    assert nl.message(expired) == "Verlopen sinds di 1 december 2026 om 13:00 (+01:00)"
    draft = publish_state({"draft": True}, hugo, at=at).status
    assert nl.message(draft) == "Concept: wordt niet gepubliceerd"
    left_out = publish_state({"draft": True}, hugo, at=at).build_status
    assert en.message(left_out) == "the site's build leaves it out"
    assert nl.message(left_out) == "de build van de site laat het weg"
