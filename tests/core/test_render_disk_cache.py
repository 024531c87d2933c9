"""The block cache on disk: a reopened article renders only what changed, and exactly as a
render without any cache; a bad or foreign cache file never changes what is shown."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from redactie.core.render import disk_cache, fold
from redactie.core.render.blocks import BlockCache
from redactie.core.render.disk_cache import DiskBlockStore, StoredBlock
from redactie.core.render.fold import FullRendering, render_full
from redactie.core.settings import cache_dir

ARTICLE = "\n\n".join(
    [
        "# Titel van het stuk",
        'Een alinea die een "citaat opent en',
        'het hier sluit." Met een [link][ref] en **vet**.',
        "## Inleiding",
        "Een voetnoot[^1] in de tekst.",
        '<div class="kader">\n<p>ruwe HTML</p>\n</div>',
        '{{< figure src="a.png" >}}',
        "- een\n- twee\n- drie",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "```python\nprint('hallo')\n```",
        "## Inleiding",
        "Zo'n '90s verhaal -- met... alles.",
        "[ref]: https://example.nl/pad",
        "[^1]: De noot.",
    ]
    + [f"Alinea {n} met gewone tekst, www.example.nl en een 'quote'." for n in range(30)]
)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / disk_cache.FILE_NAME


@pytest.fixture
def rendered_blocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many blocks `render_full` really rendered (not taken from a cache)."""
    calls: list[int] = []
    original = fold._render_block

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(fold, "_render_block", counting)
    yield calls


def _same(a: FullRendering, b: FullRendering) -> None:
    assert a.html == b.html
    assert a.blocks == b.blocks  # the records too: lines, quotes in and out, ids taken


def _session(path: Path, text: str, unsafe: bool = False) -> FullRendering:
    """One session: a new in-memory cache over the store on disk, closed at the end."""
    store = DiskBlockStore(path)
    try:
        return render_full(text, unsafe=unsafe, cache=BlockCache(disk=store))
    finally:
        store.close()


def _not_stored(rendering: FullRendering, text: str) -> int:
    """Blocks the disk never holds: headings and blocks with footnotes."""
    lines = text.split("\n")
    count = 0
    for block in rendering.blocks:
        source = "\n".join(lines[block.start : block.end])
        if source.startswith("#") or "[^" in source:
            count += 1
    return count


@pytest.mark.parametrize("unsafe", [False, True])
def test_reopening_renders_only_what_the_disk_cannot_hold(
    store_path: Path, rendered_blocks: list[int], unsafe: bool
) -> None:
    expected = render_full(ARTICLE, unsafe=unsafe)
    rendered_blocks.clear()
    _same(_session(store_path, ARTICLE, unsafe), expected)
    assert len(rendered_blocks) == len(expected.blocks)  # cold: everything
    rendered_blocks.clear()
    _same(_session(store_path, ARTICLE, unsafe), expected)
    assert len(rendered_blocks) == _not_stored(expected, ARTICLE)  # warm: only those
    assert len(rendered_blocks) < len(expected.blocks) // 4


def test_an_edit_renders_the_changed_block_and_what_depends_on_it(
    store_path: Path, rendered_blocks: list[int]
) -> None:
    _session(store_path, ARTICLE)
    # Closing the quote earlier changes the open count every later quote block depends on.
    edited = ARTICLE.replace('een "citaat opent en', 'een "citaat" opent en')
    rendered_blocks.clear()
    _same(_session(store_path, edited), render_full(edited))
    assert len(rendered_blocks) > _not_stored(render_full(edited), edited)


def test_random_edits_over_a_warm_disk_cache_render_as_without_any_cache(
    store_path: Path,
) -> None:
    rng = random.Random(18)
    text = ARTICLE
    words = ['"', "'", "# ", "[^1]", "<b>", "{{< x >}}", "\n\n", "- ", "tekst", "```", "[ref]"]
    for _ in range(25):
        lines = text.split("\n")
        at = rng.randrange(len(lines))
        lines[at] = lines[at][: rng.randrange(len(lines[at]) + 1)] + rng.choice(words)
        text = "\n".join(lines)
        unsafe = rng.random() < 0.5
        _same(_session(store_path, text, unsafe), render_full(text, unsafe=unsafe))


def test_garbage_in_the_cache_file_still_renders_right(
    store_path: Path, rendered_blocks: list[int]
) -> None:
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"not a database\x00" * 1000)
    expected = render_full(ARTICLE)
    _same(_session(store_path, ARTICLE), expected)
    rendered_blocks.clear()
    _same(_session(store_path, ARTICLE), expected)  # the file was replaced by a good one
    assert len(rendered_blocks) == _not_stored(expected, ARTICLE)


def test_a_foreign_table_or_wrong_values_are_never_shown(store_path: Path) -> None:
    _session(store_path, ARTICLE)
    with sqlite3.connect(store_path) as connection:
        connection.execute("UPDATE blocks SET html = x'00' WHERE key < x'80'")
        connection.execute("UPDATE blocks SET single = 'veel' WHERE key >= x'80'")
    expected = render_full(ARTICLE)
    store = DiskBlockStore(store_path)
    _same(render_full(ARTICLE, cache=BlockCache(disk=store)), expected)
    store.close()
    store_path.unlink()
    with sqlite3.connect(store_path) as connection:
        connection.execute("CREATE TABLE blocks (something TEXT)")
    _same(_session(store_path, ARTICLE), expected)


def test_an_unreadable_cache_folder_still_renders_right(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    _same(_session(blocker / "cache.sqlite", ARTICLE), render_full(ARTICLE))


def test_another_renderer_never_reuses_the_stored_html(
    store_path: Path, rendered_blocks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _session(store_path, ARTICLE)
    monkeypatch.setattr(disk_cache, "fingerprint", lambda: b"redactie of next year")
    rendered_blocks.clear()
    _session(store_path, ARTICLE)
    assert len(rendered_blocks) == len(render_full(ARTICLE).blocks)
    rendered_blocks.clear()
    _session(store_path, ARTICLE)
    assert len(rendered_blocks) == _not_stored(render_full(ARTICLE), ARTICLE)


def test_the_file_is_bounded_by_bytes_oldest_out(store_path: Path) -> None:
    store = DiskBlockStore(store_path, max_bytes=2000)
    for n in range(40):
        store.put(bytes([n]) * 16, StoredBlock("x" * 100, False, (0, 0)))
        store.flush()
    store.close()
    with sqlite3.connect(store_path) as connection:
        rows = connection.execute("SELECT key, size FROM blocks ORDER BY used").fetchall()
    assert sum(size for _, size in rows) <= 2000
    assert rows and rows[-1][0] == bytes([39]) * 16  # the newest stayed
    assert bytes([0]) * 16 not in {key for key, _ in rows}  # the oldest went


def test_a_block_read_again_counts_as_recent(store_path: Path) -> None:
    store = DiskBlockStore(store_path, max_bytes=2000)
    first = bytes([0]) * 16
    store.put(first, StoredBlock("x" * 100, False, (0, 0)))
    store.flush()
    for n in range(1, 40):
        assert store.get(first) is not None  # read each time: it stays
        store.put(bytes([n]) * 16, StoredBlock("x" * 100, False, (0, 0)))
        store.flush()
    store.close()
    assert DiskBlockStore(store_path).get(first) is not None


def test_the_default_file_is_in_the_user_cache_folder() -> None:
    assert disk_cache.default_path() == cache_dir() / disk_cache.FILE_NAME


def _row_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        (rows,) = connection.execute("SELECT count(*) FROM blocks").fetchone()
    return int(rows)


def test_a_cache_another_process_holds_locked_is_left_alone(store_path: Path) -> None:
    _session(store_path, ARTICLE)
    before = _row_count(store_path)
    other_text = "Een ander stuk.\n\nMet twee alinea's."
    with closing(sqlite3.connect(store_path, isolation_level=None)) as other:
        other.execute("PRAGMA journal_mode = DELETE")  # so a write lock keeps readers out
        other.execute("BEGIN EXCLUSIVE")
        _same(_session(store_path, other_text), render_full(other_text))  # renders all the same
        other.execute("ROLLBACK")
    assert _row_count(store_path) == before  # the file kept, not replaced as if garbage
