"""`redactie check | export | new`: output format, exit codes, and no Qt on these paths."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from redactie import commands
from redactie.cli import main as cli_main
from tests.core.test_export_support import article_text, git, site_repo
from tests.paths import DATA

LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+): (?P<id>[a-z-]+) (?P<message>.+)$")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(DATA / "site", root)
    return root


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_check_exit_codes_and_one_line_per_problem(site: Path) -> None:
    good = _write(site / "content" / "nieuws" / "goed.md", article_text(tags='["ai"]'))
    code, out, err = run("check", str(good), "--lang", "en")
    assert (code, out) == (0, "")
    assert err == "errors: 0, warnings: 0, files: 1\n"

    bad = _write(
        site / "content" / "nieuws" / "fout.md",
        article_text(tags='["ai", "Sport"]', draft="true").replace("  alt:", "  x:"),
    )
    code, out, err = run("check", str(good), str(bad), "--lang", "en")
    assert code == 1
    lines = out.splitlines()
    assert [LINE.match(line)["id"] for line in lines] == [  # type: ignore[index]
        "tags-lowercase",  # 'Sport' is not new: fout.md itself, an article of the site, uses it
        "cover-alt",
        "draft",
    ]
    assert lines[0] == (
        f"{bad}:4: tags-lowercase Tag 'Sport' has capitals; write tags in lowercase ('sport')."
    )
    assert lines[1].startswith(f"{bad}:7: cover-alt ")  # no alt key: its parent's line
    assert lines[2].startswith(f"{bad}:11: draft ")
    assert err == "errors: 2, warnings: 1, files: 2\n"

    code, out, _ = run("check", str(bad), "--lang", "nl", "--drafts-ok", "--no-taxonomy")
    assert code == 1
    assert [LINE.match(line)["id"] for line in out.splitlines()] == [  # type: ignore[index]
        "tags-lowercase",
        "cover-alt",
    ]
    assert "heeft hoofdletters" in out


def test_warnings_only_pass_unless_strict(site: Path, tmp_path: Path) -> None:
    article = _write(tmp_path / "w.md", article_text(tags='["ai", "sport"]'))  # 'sport': new
    assert run("check", "--site", str(site), str(article))[0] == 0
    assert run("check", "--site", str(site), "--strict", str(article))[0] == 1


def test_hints_only_when_asked_or_raised_by_the_site(site: Path) -> None:
    """A long sentence is a hint for the writer: CI skips it unless --hints or the site."""
    long = "De " + " ".join(["gemeente"] * 30) + " besloot gisteren tot een nieuw plan."
    path = site / "content" / "nieuws" / "lang.md"
    _write(path, article_text(tags='["ai"]', body=long + "\n"))
    assert run("check", str(path), "--lang", "en")[:2] == (0, "")
    code, out, err = run("check", str(path), "--hints", "--lang", "en")
    assert code == 0
    assert [LINE.match(x)["id"] for x in out.splitlines()] == ["sentence-long"]  # type: ignore[index]
    assert err == "errors: 0, warnings: 0, files: 1\n"  # a hint is never counted
    toml = site / "redactie.toml"
    toml.write_text(toml.read_text("utf-8") + '\n[checks]\nsentence-long = "warning"\n', "utf-8")
    code, out, err = run("check", str(path), "--lang", "en")
    assert [LINE.match(x)["id"] for x in out.splitlines()] == ["sentence-long"]  # type: ignore[index]
    assert err == "errors: 0, warnings: 1, files: 1\n"


def test_a_tag_any_article_of_the_site_uses_is_not_new(site: Path, tmp_path: Path) -> None:
    """The scan includes the checked file: its own tag is the site's. Outside the site (still
    to be exported) the same tag is new; a near-copy of another article's tag still warns."""
    text = article_text(tags='["ai", "sport", "verkiezing"]')  # the site has 'verkiezingen'
    inside = _write(site / "content" / "nieuws" / "2026-02-01-sport.md", text)
    code, out, _ = run("check", "--lang", "en", str(inside))
    assert code == 0
    assert [LINE.match(line)["id"] for line in out.splitlines()] == [  # type: ignore[index]
        "tags-near-duplicate"
    ]
    assert "'verkiezing'" in out and "'verkiezingen'" in out

    inside.unlink()
    outside = _write(tmp_path / "concept.md", text)
    code, out, _ = run("check", "--lang", "en", "--site", str(site), str(outside))
    found = [(LINE.match(line)["id"], line) for line in out.splitlines()]  # type: ignore[index]
    assert [rule for rule, _ in found] == ["tags-near-duplicate", "tags-unknown"]
    assert "Tag 'sport' is new on this site" in found[1][1]


def test_check_an_unreadable_file_and_a_file_outside_any_site(tmp_path: Path) -> None:
    missing = tmp_path / "weg.md"
    code, out, _ = run("check", str(missing))
    assert code == 1
    assert out.startswith(f"{missing}:1: unreadable ")
    loose = _write(tmp_path / "los.md", article_text())  # no site: PaperMod defaults
    assert run("check", str(loose)) == (0, "", "errors: 0, warnings: 0, files: 1\n")


def test_the_check_runs_as_a_module_without_qt(site: Path) -> None:
    bad = _write(site / "content" / "nieuws" / "f.md", article_text(tags="[ai]", draft="true"))
    script = (
        "import sys; from redactie.cli import main; code = main(sys.argv[1:]);"
        " print('qt' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "check", "--lang", "en", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bad}:11: draft The article is still a draft (draft: true); Hugo will not publish it.",
        "no qt",
    ]
    module = subprocess.run(
        [sys.executable, "-m", "redactie", "check", str(bad)], capture_output=True, check=False
    )
    assert module.returncode == 1


def test_the_window_path_is_unchanged() -> None:
    parser_help = io.StringIO()
    with pytest.raises(SystemExit) as caught:
        sys.stdout, saved = parser_help, sys.stdout
        try:
            cli_main(["--help"])
        finally:
            sys.stdout = saved
    assert caught.value.code == 0
    assert "redactie check FILE" in parser_help.getvalue()
    with pytest.raises(SystemExit) as usage:
        cli_main(["check"])  # a verb without its file is a usage error, not a window
    assert usage.value.code == 2


def test_export_dry_run_then_commit_then_collision(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    source = _write(tmp_path / "artikel.md", article_text())
    code, out, _ = run("export", str(source), "--site", str(root), "--dry-run", "--lang", "en")
    assert code == 0
    first = out.splitlines()[0]
    assert re.fullmatch(
        r"content/nieuws/\d{4}-\d\d-\d\d-een-ijzersterke-analyse-zon-dag\.md: new file", first
    )
    assert "+++ b/content/nieuws/" in out
    assert git(root, "status", "--porcelain") == ""  # nothing written

    code, out, _ = run("export", str(source), "--site", str(root), "--commit", "--lang", "en")
    assert code == 0, out
    assert "written: content/nieuws/" in out and "commit " in out
    assert git(root, "status", "--porcelain") == ""

    same_slug = "Eén ijzersterke analyse — zo'n dag!"
    other = _write(tmp_path / "ander.md", article_text(title=same_slug, body="Ander stuk.\n"))
    code, out, err = run("export", str(other), "--site", str(root), "--lang", "en")
    assert code == 1
    assert "ANOTHER ARTICLE" in out and "already exists and is another article" in err
    code, out, _ = run("export", str(other), "--site", str(root), "--rename", "--section", "nieuws")
    assert code == 0
    assert "-een-ijzersterke-analyse-zon-dag-2.md" in out


def test_export_refuses_errors_unless_forced(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    draft = _write(tmp_path / "concept.md", article_text(draft="true"))
    code, out, err = run("export", str(draft), "--site", str(root), "--lang", "nl")
    assert code == 1
    assert ": draft " in out and "Fouten in het artikel: 1" in err
    assert run("export", str(draft), "--site", str(root), "--force")[0] == 0
    code, _, err = run("export", str(draft), "--site", str(root), "--section", "sport")
    assert code == 1 and "sport" in err


def test_new_writes_a_draft_in_the_site(site: Path) -> None:
    code, out, _ = run(
        "new", "--site", str(site), "--title", "Één nieuwe kop", "--section", "achtergrond"
    )
    assert code == 0
    created = Path(out.strip())
    assert created.parent == site.resolve() / "content" / "achtergrond"
    assert created.name.endswith("-een-nieuwe-kop.md")
    text = created.read_text(encoding="utf-8")
    assert 'title: "Één nieuwe kop"' in text and "draft: true" in text
    code, _, err = run(
        "new", "--site", str(site), "--title", "Één nieuwe kop", "--section", "achtergrond"
    )
    assert code == 1 and ("already exists" in err or "bestaat al" in err)
    code, _, err = run("new", "--site", str(site.parent), "--title", "x", "--lang", "en")
    assert code == 1 and "not a Hugo site" in err


def test_export_of_a_broken_file_reports_instead_of_crashing(tmp_path: Path) -> None:
    root = site_repo(tmp_path)
    broken = _write(tmp_path / "kapot.md", "---\ntitle: [niet dicht\n---\nTekst.\n")
    code, out, err = run("export", str(broken), "--site", str(root), "--lang", "en")
    assert code == 1
    assert ": front-matter Error in the front matter:" in out
    assert "Errors in the article: " in err
    assert git(root, "status", "--porcelain") == ""
