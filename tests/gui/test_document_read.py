"""Opening reads a file once: the bytes shown are the bytes hashed; a huge file stays unread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from redactie.core import storage
from redactie.core.article import ArticleTooLargeError
from redactie.gui.document import ArticleDocument
from tests.paths import EXAMPLE_ARTICLE


def _document(qtbot: QtBot) -> ArticleDocument:
    del qtbot  # only for the QApplication
    return ArticleDocument(QTextDocument())


def test_the_disk_hash_is_of_the_bytes_shown_while_another_program_rewrites_the_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    ours = EXAMPLE_ARTICLE.read_bytes()
    theirs = ours.replace(b"Bron: Het", b"Bron: De") + b"\nExtra van git.\n"
    versions = {storage.content_hash(ours), storage.content_hash(theirs)}
    path.write_bytes(ours)
    stop = threading.Event()

    def rewrite() -> None:  # as git does: a new file renamed over the old, again and again
        turn = 0
        while not stop.is_set():
            turn += 1
            temporary = tmp_path / f"w{turn % 2}.tmp"
            temporary.write_bytes(theirs if turn % 2 else ours)
            temporary.replace(path)

    writer = threading.Thread(target=rewrite)
    writer.start()
    document = _document(qtbot)
    try:
        for _ in range(200):
            document.load(path)
            shown = document.current_bytes()
            assert document.disk_hash == storage.content_hash(shown)
            assert document.disk_hash in versions
    finally:
        stop.set()
        writer.join()


def test_a_2_gb_file_is_refused_and_the_open_article_stays(qtbot: QtBot, tmp_path: Path) -> None:
    document = _document(qtbot)
    document.load(EXAMPLE_ARTICLE)
    before = document.current_bytes(), document.disk_hash, document.path
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: refused by its size, nothing is read
    with pytest.raises(ArticleTooLargeError) as caught:
        document.load(huge)
    assert caught.value.size == 2 * 1024**3
    assert (document.current_bytes(), document.disk_hash, document.path) == before
