"""`redactie stats FILE...`: words, sentences, reading time, Flesch–Douma and the long
sentences with their file lines, in either language or as JSON lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

from redactie import commands
from tests.paths import EXAMPLE_ARTICLE

LONG = " ".join(["Dit"] + ["woord"] * 29) + "."


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "stuk.md"
    path.write_text(
        f'---\ntitle: "Een stuk"\n---\nKorte zin. Nog een zin.\n\n{LONG}\n', encoding="utf-8"
    )
    return path


def test_dutch_lines_name_the_long_sentence_by_its_file_line(tmp_path: Path) -> None:
    path = _article(tmp_path)
    code, out, err = run("stats", str(path), "--lang", "nl")
    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert first.startswith(f"{path}: woorden: 35, zinnen: 3, leestijd: 1 min, Flesch-Douma: ")
    assert second.startswith("  regel 6: een lange zin (30 woorden): Dit woord woord")


def test_json_per_file_and_a_threshold(tmp_path: Path) -> None:
    path = _article(tmp_path)
    code, out, _ = run("stats", str(path), str(EXAMPLE_ARTICLE), "--json", "--long", "40")
    assert code == 0
    mine, example = (json.loads(line) for line in out.splitlines())
    assert mine["words"] == 35 and mine["sentences"] == 3 and mine["long_sentences"] == []
    assert set(example) == {
        "path",
        "words",
        "sentences",
        "reading_minutes",
        "flesch_douma",
        "long_sentences",
    }
    assert example["reading_minutes"] == 2 and 30 < example["flesch_douma"] < 70


def test_an_unreadable_file_is_named_and_exits_1(tmp_path: Path) -> None:
    code, out, err = run("stats", str(tmp_path / "weg.md"), "--lang", "en")
    assert code == 1 and out == ""
    assert "weg.md" in err and "does not exist" in err
