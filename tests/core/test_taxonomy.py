"""The taxonomy index: counts from front matter only, a cache that re-reads only changed files,
progress and cancel for a worker thread, and near-duplicate tags."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from redactie.core.site import Site
from redactie.core.site.similar_tags import SimilarIndex
from redactie.core.site.tags import (
    Entry,
    ScanCancelledError,
    TaxonomyIndex,
    front_matter_of,
    near_duplicates,
    read_entry,
    tag_key,
)
from tests.messages import dutch, english
from tests.paths import CORPUS, DATA


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "site"
    shutil.copytree(DATA / "site", target)
    return target / "content"


def _index(content: Path, tmp_path: Path) -> TaxonomyIndex:
    return TaxonomyIndex(content, cache_file=tmp_path / "cache" / "index.json")


def test_counts_most_used_first(content: Path, tmp_path: Path) -> None:
    index = _index(content, tmp_path)
    stats = index.scan()
    assert (stats.files, stats.read, stats.removed, stats.unreadable) == (5, 5, 0, 0)
    assert index.terms("tags")[:2] == [("ai", 2), ("politiek", 2)]
    assert dict(index.terms("tags"))["economie"] == 1  # from TOML front matter
    assert index.terms("label") == [("ACHTERGROND", 1), ("ANALYSE", 1), ("BESLISSER", 1)]
    assert index.completions("tags", "po") == ["politiek"]
    assert index.completions("tags", "INTEL") == ["kunstmatige-intelligentie"]  # a later word
    assert index.completions("tags", limit=3) == ["ai", "politiek", "economie"]


def test_counts_without_the_file_being_checked(content: Path, tmp_path: Path) -> None:
    index = _index(content, tmp_path)
    index.scan()
    article = content / "nieuws" / "2026-01-12-verkiezingen.md"
    counts = index.counts("tags", exclude=article)
    assert "verkiezingen" not in counts
    assert counts["politiek"] == 1


def test_the_cache_rereads_only_changed_files(content: Path, tmp_path: Path) -> None:
    _index(content, tmp_path).scan()
    warm = _index(content, tmp_path)  # a new process: only the cache file is shared
    assert warm.scan().read == 0
    assert dict(warm.terms())["ai"] == 2

    changed = content / "nieuws" / "2026-01-12-verkiezingen.md"
    changed.write_text(changed.read_text().replace('"gemeenten"', '"ai"'), encoding="utf-8")
    (content / "achtergrond" / "2026-01-05-economie-en-ai.md").unlink()
    again = _index(content, tmp_path)
    stats = again.scan()
    assert (stats.files, stats.read, stats.removed) == (4, 1, 1)
    assert dict(again.terms())["ai"] == 2
    assert "gemeenten" not in dict(again.terms())
    assert "economie" not in dict(again.terms())


def test_files_read_elsewhere_make_the_same_index(content: Path, tmp_path: Path) -> None:
    """`redactie check` has its workers read the files (`read_many`): the same index, and
    only the new and changed files are handed over."""
    asked: list[list[str]] = []

    def read_many(todo: list[tuple[str, int, int]], keys: tuple[str, ...]) -> list[Entry]:
        asked.append([Path(path).name for path, _, _ in todo])
        return [read_entry(path, mtime, size, keys) for path, mtime, size in todo]

    here = _index(content, tmp_path / "here")
    here.scan()
    elsewhere = _index(content, tmp_path / "elsewhere")
    assert elsewhere.scan(read_many=read_many).read == 5
    assert elsewhere.terms("tags") == here.terms("tags")
    assert elsewhere.terms("label") == here.terms("label")
    changed = content / "nieuws" / "2026-01-12-verkiezingen.md"
    changed.write_text(changed.read_text().replace('"gemeenten"', '"ai"'), encoding="utf-8")
    again = _index(content, tmp_path / "elsewhere")
    assert again.scan(read_many=read_many).read == 1
    assert asked[-1] == [changed.name]
    assert dict(again.terms())["ai"] == 3


def test_a_broken_cache_means_a_cold_scan(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "index.json"
    cache.parent.mkdir()
    cache.write_text("{not json", encoding="utf-8")
    assert _index(content, tmp_path).scan().read == 5


def test_progress_and_cancel(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    for i in range(250):
        (folder / f"{i}.md").write_text(f"---\ntags: [t{i % 7}]\n---\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    index = _index(folder, tmp_path)
    index.scan(on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(100, 250), (200, 250), (250, 250)]

    cancelled = TaxonomyIndex(folder, cache_file=tmp_path / "other.json")
    with pytest.raises(ScanCancelledError):
        cancelled.scan(cancel=lambda: True)
    assert cancelled.file_count == 0  # the old (empty) results stay
    assert cancelled.scan().read == 150  # the first 100 were cached before cancelling


def test_front_matter_only_and_every_format(tmp_path: Path) -> None:
    body = "x" * 200_000 + "\n---\ntags: [not-this]\n---\n"
    cases = {
        "yaml.md": "\ufeff---\r\ntags: [a, b]\r\n---\r\n" + body,
        "toml.md": '+++ \ntags = ["c"]\n+++\n' + body,
        "json.md": '{"tags": ["d"], "label": "X"}\n' + body,
        "none.md": "Geen front matter.\n",
        "broken.md": "---\ntags: [unclosed\n---\n",
        "open.md": "---\ntags: [a]\n",
        "latin1.md": "---\ntitle: caf\xe9\n---\n",
    }
    for name, text in cases.items():
        encoding = "latin-1" if name == "latin1.md" else "utf-8"
        (tmp_path / name).write_text(text, encoding=encoding, newline="")
    assert front_matter_of(tmp_path / "yaml.md") == {"tags": ["a", "b"]}
    assert front_matter_of(tmp_path / "toml.md") == {"tags": ["c"]}
    assert front_matter_of(tmp_path / "json.md") == {"tags": ["d"], "label": "X"}
    assert front_matter_of(tmp_path / "none.md") == {}
    index = TaxonomyIndex(tmp_path)
    stats = index.scan()
    assert stats.unreadable == 3
    assert index.terms() == [("a", 1), ("b", 1), ("c", 1), ("d", 1)]


def test_huge_front_matter_past_the_first_read(tmp_path: Path) -> None:
    path = tmp_path / "groot.md"
    path.write_text("---\nsummary: '" + "y" * 100_000 + "'\ntags: [lang]\n---\nbody\n")
    assert front_matter_of(path)["tags"] == ["lang"]


@pytest.mark.parametrize(
    ("new", "existing", "reason"),
    [
        ("AI", "ai", "case"),
        ("Politiek", "politiek", "case"),
        ("coordinatie", "coördinatie", "diacritics"),
        ("ĳzer", "ijzer", "diacritics"),
        ("kunstmatige intelligentie", "kunstmatige-intelligentie", "separator"),
        ("e-mail", "email", "separator"),
        ("ai_agents", "ai-agents", "separator"),
        ("verkiezing", "verkiezingen", "plural"),
        ("gemeente", "gemeenten", "plural"),
        ("auto's", "auto", "plural"),
        ("agent", "agents", "plural"),
        ("katten", "kat", "plural"),
        ("jaren", "jaar", "plural"),
        ("brieven", "brief", "plural"),
        ("stories", "story", "plural"),
    ],
)
def test_near_duplicates(new: str, existing: str, reason: str) -> None:
    found = near_duplicates(new, {existing: 3, "iets-anders": 9})
    assert [(d.existing, d.reason, d.count) for d in found] == [(existing, reason, 3)]
    assert existing in dutch(found[0]) and existing in english(found[0])


@pytest.mark.parametrize(
    ("new", "existing"),
    [("ai", "ai"), ("economie", "ecologie"), ("ai", "ais"), ("kat", "kaart"), ("", "x")],
)
def test_not_near_duplicates(new: str, existing: str) -> None:
    assert near_duplicates(new, {existing: 1}) == []


def test_tag_key_folds_case_accents_and_separators() -> None:
    assert tag_key("  Één--Twee_drie ") == "een twee drie"


def test_the_index_for_a_site_lives_in_the_user_cache(content: Path) -> None:
    index = TaxonomyIndex.for_site(Site.open(content.parent))
    assert index.keys == ("tags", "label")  # the site's taxonomies (no categories) and labels
    index.scan()
    assert index.cache_file is not None and index.cache_file.is_file()
    assert str(index.cache_file).startswith(os.environ["XDG_CACHE_HOME"])


def test_the_similar_index_finds_what_comparing_every_tag_finds() -> None:
    """The per-site lookup (`SimilarIndex`) against the plain comparison with every tag, over
    the corpus's tags and drifted Dutch forms of them."""
    tags: set[str] = {"AI", "ai", "A.I.", "coördinatie", "kunstmatige intelligentie", "jaar"}
    for path in [*CORPUS.rglob("*.md"), *DATA.rglob("*.md")] if CORPUS.is_dir() else []:
        try:
            values = front_matter_of(path).get("tags")
        except Exception:  # the corpus has unreadable front matter on purpose
            continue
        if isinstance(values, list):
            tags.update(str(v) for v in values)
    drifted = {t.upper() for t in tags} | {t + "en" for t in tags} | {t + "s" for t in tags}
    drifted |= {t.replace("-", " ") for t in tags} | {t.replace(" ", "-") for t in tags}
    counts = {tag: 1 + len(tag) % 5 for tag in sorted(tags)}
    index = SimilarIndex(counts)
    for value in sorted(tags | drifted):
        assert near_duplicates(value, counts, index) == near_duplicates(value, counts), value


def test_known_tags_for_one_file(content: Path, tmp_path: Path) -> None:
    """What the checks of one file see: the others' counts, the site's tags with its own."""
    index = TaxonomyIndex(content, cache_file=tmp_path / "cache.json")
    index.scan()
    path = content / "nieuws" / "2026-01-12-verkiezingen.md"
    known = index.known("tags", exclude=path)
    others = index.counts("tags", exclude=path)
    assert dict(known) == dict(others) and len(known) == len(others)
    own = ["politiek", "verkiezingen", "gemeenten"]
    assert all(known.on_site(tag) for tag in own)
    assert "verkiezingen" not in others and "verkiezingen" not in known
    assert [d.existing for d in known.near_duplicates("verkiezing")] == []  # only its own use
    assert not known.on_site("sport")
