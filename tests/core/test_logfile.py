"""The field log: events and traces on disk, never the Pexels key, never the article's text."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from redactie.core import logfile
from redactie.core.pexels import PexelsClient, api_key
from tests.isolation import IsolatedUser

KEY = "563492ad6f91700001000001a1b2c3d4e5f6a7b8c9d0e1f2"
log = logging.getLogger("redactie.test")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logfile.configure(tmp_path / "log")
    assert path is not None
    yield path
    logfile.unconfigure()


def _written(path: Path) -> str:
    logfile.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_lives_in_the_users_state_folder(isolated_user: IsolatedUser) -> None:
    state = isolated_user.home / "xdg_state_home"
    assert logfile.log_path() == state / "redactie" / "log" / "redactie.log"


def test_the_api_key_never_appears_in_the_log(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(api_key.ENV_VAR, KEY)
    assert api_key.api_key() == KEY
    log.info("searching with key %s", KEY)
    monkeypatch.delenv(api_key.ENV_VAR)  # gone from the environment, still known as secret
    try:
        raise ValueError(f"401 for Authorization: {KEY}")
    except ValueError:
        log.exception("Pexels said no")
    typed = "typed-in-settings-0123456789abcdef"
    PexelsClient(typed)  # a key typed for a test, never stored
    log.warning("testing %s", typed)
    text = _written(log_file)
    assert KEY not in text and typed not in text
    assert text.count(logfile.REDACTED) == 3
    assert "searching with key [redacted]" in text
    assert "ValueError: 401 for Authorization: [redacted]" in text


def test_a_parser_error_in_the_log_quotes_no_line_of_the_article(log_file: Path) -> None:
    secret_line = "title: Het geheime interview: met de minister"
    try:
        yaml.safe_load(f"{secret_line}\n")
    except yaml.YAMLError:
        log.exception("front matter did not parse")
    text = _written(log_file)
    assert "Traceback (most recent call last):" in text
    assert "yaml.scanner.ScannerError: mapping values are not allowed here […]" in text
    assert "geheime interview" not in text


def test_a_long_message_is_cut(log_file: Path) -> None:
    body = "Lange alinea. " * 10_000
    log.info("oops: %s", body)
    line = _written(log_file).splitlines()[-1]
    assert line.endswith(f"[…] ({len('oops: ' + body)} characters)")
    assert len(line) < logfile.MAX_MESSAGE + 200


def test_the_files_rotate_and_stay_small(log_file: Path) -> None:
    for number in range(12_000):
        log.info("event %d %s", number, "x" * 400)
    logfile.flush()
    files = sorted(log_file.parent.iterdir())
    assert [f.name for f in files] == [
        "redactie.log",
        "redactie.log.1",
        "redactie.log.2",
        "redactie.log.3",
    ]
    assert all(f.stat().st_size <= logfile.MAX_BYTES for f in files)
    assert "event 11999 " in log_file.read_text(encoding="utf-8")


def test_an_unwritable_folder_means_no_log_file_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert logfile.configure(blocker / "log") is None
