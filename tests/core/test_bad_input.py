"""Bad input opens with its problems listed or is refused with a typed error; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactie.core import storage
from redactie.core.article import (
    MAX_ARTICLE_SIZE,
    Article,
    ArticleTooLargeError,
    BinaryFileError,
    EncodingError,
    read_article_bytes,
)
from redactie.core.article.frontmatter import InvalidFrontMatterError
from redactie.core.site.tags import front_matter_of
from redactie.core.storage import ReadError
from tests.messages import english
from tests.paths import DATA


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    data = "---\ntitle: café\n---\n".encode() + b"Caf\xe9 in Latin-1\n"
    path = tmp_path / "latin1.md"
    path.write_bytes(data)
    with pytest.raises(EncodingError) as caught:
        Article.from_path(path)
    assert caught.value.offset == data.index(b"\xe9")
    assert f"position {caught.value.offset}" in english(caught.value, path=path)
    assert path.read_bytes() == data


def test_nul_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.md"
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    path.write_bytes(data)
    with pytest.raises(BinaryFileError) as caught:
        Article.from_path(path)
    assert caught.value.offset == 8
    assert path.read_bytes() == data


def test_file_over_20_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_SIZE + 1)  # sparse: no 20 MB written
    with pytest.raises(ArticleTooLargeError):
        Article.from_path(path)
    with pytest.raises(ArticleTooLargeError):
        Article.from_bytes(b"x" * (MAX_ARTICLE_SIZE + 1))


HUGE = 2 * 1024**3


def _sparse(path: Path, size: int, head: bytes = b"") -> Path:
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)  # sparse: nothing written, nothing to read from disk
    return path


def test_a_2_gb_file_is_refused_with_its_size_and_never_read_whole(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "huge.md", HUGE)
    with pytest.raises(ArticleTooLargeError) as caught:
        read_article_bytes(path)
    assert caught.value.size == HUGE
    # the one read an article gets stops a byte past the limit, whatever the file's size
    assert len(storage.read_bytes(path, limit=MAX_ARTICLE_SIZE)) == MAX_ARTICLE_SIZE + 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_file_whose_size_says_0_is_refused_after_limit_plus_one_bytes() -> None:
    # stat says 0 bytes; only a bounded read can refuse it (an unbounded one never returns)
    with pytest.raises(ArticleTooLargeError) as caught:
        read_article_bytes(Path("/dev/zero"))
    assert caught.value.size == MAX_ARTICLE_SIZE + 1


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="no /proc")
def test_a_file_longer_than_its_size_says_is_read_whole() -> None:
    # /proc files say 0 bytes and hold more: the read asks the size first, then for the rest
    whole = Path("/proc/version").read_bytes()
    assert len(whole) > 1
    assert storage.read_bytes(Path("/proc/version"), limit=MAX_ARTICLE_SIZE) == whole
    assert storage.read_bytes(Path("/proc/version"), limit=3) == whole[:4]


def test_the_site_scan_reads_no_further_than_the_limit(tmp_path: Path) -> None:
    json_head = _sparse(tmp_path / "json.md", HUGE, b'{"tags": ["a"], "x": "')
    yaml_head = _sparse(tmp_path / "yaml.md", HUGE, b"---\ntags: [a]\n" + b"x: y\n" * 20_000)
    for path in (json_head, yaml_head):
        with pytest.raises(ValueError, match="too large"):
            front_matter_of(path)  # no size given: the read itself is what stops


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        Article.from_path(tmp_path / "nope.md")


def test_unclosed_fence_opens_with_the_whole_text_as_body() -> None:
    data = b"---\ntitle: Nooit gesloten\n\nDe tekst.\n"
    article = Article.from_bytes(data)
    assert article.format is None
    assert article.body == data.decode()
    [problem] = article.problems
    assert (problem.code, problem.line, problem.column) == ("unclosed-front-matter", 1, 1)
    assert article.to_bytes() == data
    with pytest.raises(InvalidFrontMatterError):
        article.set("title", "x")


def test_invalid_toml_is_reported_with_line_and_kept() -> None:
    data = b'+++\ntitle = "x"\ndate = \n+++\nBody\n'
    article = Article.from_bytes(data)
    [problem] = article.problems
    assert problem.code == "toml-syntax"
    assert problem.line == 3
    assert article.body == "Body\n"
    assert article.to_bytes() == data


def test_invalid_json_is_reported_with_line_and_kept() -> None:
    data = b'{\n  "title": "x",\n  "tags": ["a",]\n}\nBody\n'
    article = Article.from_bytes(data)
    assert article.format == "json"
    [problem] = article.problems
    assert problem.code == "json-syntax"
    assert problem.line == 3
    assert article.body == "Body\n"
    assert article.to_bytes() == data


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "articles").glob("*.md")))
def test_hard_cases_round_trip(name: str) -> None:
    data = (DATA / "articles" / name).read_bytes()
    assert Article.from_bytes(data).to_bytes() == data
