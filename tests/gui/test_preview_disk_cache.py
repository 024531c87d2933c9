"""The preview keeps rendered blocks in the user's cache folder, and a bad cache file there
never changes the page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.core.render import disk_cache
from redactie.core.settings import cache_dir
from redactie.gui.main_window import MainWindow
from tests.gui.test_preview import (
    TIMEOUT,
    assert_page_is_a_fresh_render,
    open_article,
    write_article,
)

BODY = "\n\n".join(f'Alinea {n} met een "citaat" en www.example.nl.' for n in range(40))


def _rows(path: Path) -> int:
    try:
        with sqlite3.connect(path) as connection:
            (count,) = connection.execute("SELECT count(*) FROM blocks").fetchone()
    except sqlite3.Error:
        return 0
    return int(count)


def test_an_opened_article_leaves_its_blocks_in_the_user_cache(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    stored = cache_dir() / disk_cache.FILE_NAME
    assert not stored.exists()
    open_article(qtbot, window, write_article(tmp_path, BODY, title="Cache"))
    qtbot.waitUntil(lambda: _rows(stored) >= 40, timeout=TIMEOUT)


def test_garbage_in_the_cache_file_still_shows_the_article_right(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    stored = cache_dir() / disk_cache.FILE_NAME
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(b"\x00garbage" * 4096)
    open_article(qtbot, window, write_article(tmp_path, BODY, title="Cache"))
    assert_page_is_a_fresh_render(qtbot, window)
