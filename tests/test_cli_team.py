"""`redactie sync | history | review`: exit codes (0 done, 1 refused with a reason, 2 usage)
and output, on a real bare remote with two clones."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest

from redactie import commands
from redactie.cli import main as cli_main
from redactie.verbs.review import age
from tests.core.team_support import commit_file, head, newsroom, not_busy, state
from tests.core.test_export_support import article_text, git

ARTICLE = "content/nieuws/gedeeld.md"
TEXT = "---\ntitle: Gedeeld\n---\n\nEen.\nTwee.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.main([*argv, "--lang", "en"], out, err)
    return code, out.getvalue(), err.getvalue()


def test_sync_takes_the_remote_and_pushes_with_push(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.bart, "content/nieuws/b.md", TEXT, "Bart")
    git(room.bart, "push", "-q")
    commit_file(room.anna, "content/nieuws/a.md", TEXT, "Anna")

    code, out, _ = run("sync", "--site", str(room.anna))
    assert code == 0
    assert out == (
        "1 new commit(s) taken from the remote; your 1 commit(s) put on top (main).\n"
        "1 commit(s) of yours not pushed yet.\n"
    )
    code, out, _ = run("sync", "--site", str(room.anna), "--push")
    assert (code, out) == (0, "Up to date (main).\npushed\n")
    assert head(room.remote, "main") == head(room.anna)


def test_sync_refuses_a_conflict_with_the_files_and_who(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, ARTICLE, TEXT, "Anna")
    git(room.anna, "push", "-q")
    git(room.bart, "pull", "-q")
    commit_file(room.bart, ARTICLE, TEXT.replace("Twee", "2"), "Bart")
    git(room.bart, "push", "-q")
    commit_file(room.anna, ARTICLE, TEXT.replace("Twee", "II"), "Anna")
    before = state(room.anna)

    code, out, err = run("sync", "--site", str(room.anna))

    assert (code, out) == (1, "")
    assert "You and a colleague changed the same lines" in err
    assert f"{ARTICLE}: changed on the remote by Bart Jansen" in err
    assert state(room.anna) == before and not_busy(room.anna)


def test_sync_offline_is_refused_with_a_reason(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    room.remote.rename(tmp_path / "elders.git")
    code, _, err = run("sync", "--site", str(room.anna))
    assert code == 1 and "cannot be reached" in err


def test_history_lines_and_json(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    commit_file(room.anna, "content/nieuws/oud.md", TEXT, "Begin")
    git(room.anna, "mv", "content/nieuws/oud.md", ARTICLE)
    git(room.anna, "commit", "-q", "-m", "Nieuwe naam")

    code, out, _ = run("history", str(room.anna / ARTICLE))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].endswith("Anna de Vries  Nieuwe naam")
    assert lines[1].endswith("Anna de Vries  Begin  (content/nieuws/oud.md)")

    code, out, _ = run("history", str(room.anna / ARTICLE), "--json")
    rows = json.loads(out)
    assert [row["path"] for row in rows] == [ARTICLE, "content/nieuws/oud.md"]
    assert rows[0]["sha"] == head(room.anna) and rows[0]["author"] == "Anna de Vries"

    code, _, err = run("history", str(room.anna / "content" / "nieuws" / "nooit.md"))
    assert code == 0 and "No commit has touched this file yet." in err
    code, _, err = run("history", str(tmp_path / "buiten.md"))
    assert code == 1 and "not in a git repository" in err


def test_review_submit_list_send_back_approve(tmp_path: Path) -> None:
    room = newsroom(tmp_path)
    source = tmp_path / "stuk.md"
    source.write_text(
        article_text(title="Dijkbreuk bij Lith", date_text="2026-01-20T10:00:00+01:00"),
        encoding="utf-8",
    )
    code, out, _ = run("review", "submit", str(source), "--site", str(room.anna), "--force")
    assert code == 0 and "Submitted for review on review/dijkbreuk-bij-lith." in out

    code, out, _ = run("review", "list", "--site", str(room.bart))
    [line] = out.splitlines()
    branch, author, _age, title = line.split("\t")
    assert (code, branch, author, title) == (
        0,
        "review/dijkbreuk-bij-lith",
        "Anna de Vries",
        "Dijkbreuk bij Lith",
    )
    code, out, _ = run(
        "review", "send-back", branch, "--site", str(room.bart), "--note", "Bron erbij"
    )
    assert code == 0
    code, out, _ = run("review", "list", "--site", str(room.bart), "--json")
    [row] = json.loads(out)
    assert row["sent_back"] and row["note"] == "Bron erbij" and row["author"] == "Anna de Vries"

    code, out, _ = run("review", "approve", branch, "--site", str(room.bart))
    assert code == 0 and "is published on main (fast-forward)" in out
    assert run("review", "list", "--site", str(room.bart))[1] == "No reviews are waiting.\n"
    code, _, err = run("review", "approve", branch, "--site", str(room.bart))
    assert code == 1 and "There is no branch" in err


def test_usage_errors_exit_2() -> None:
    for argv in (["review"], ["review", "list"], ["sync"], ["history"]):
        with pytest.raises(SystemExit) as caught:
            cli_main(argv)
        assert caught.value.code == 2


def test_the_age_of_a_review() -> None:
    assert age(timedelta(minutes=5)) == "5 min"
    assert age(timedelta(hours=5, minutes=59)) == "5 h"
    assert age(timedelta(days=3, hours=1)) == "3 d"
