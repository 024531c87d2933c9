"""A closed window's readability count stops: it must not hold a pool thread for minutes.

At 5 MB the count takes seconds (minutes on a loaded machine) on one of the pool's two
threads; a window closed meanwhile kept it running, and the next window's checks waited
behind it (the alt-language finding of the next test never came in 60 s under load).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from redactie.core.article import readability
from redactie.gui.main_window import MainWindow

FRONT = '---\ntitle: "Lang"\ndate: 2026-01-20T10:00:00+01:00\ndraft: false\n---\n\n'
PARAGRAPHS = 3000


def test_the_count_stops_when_told() -> None:
    body = "".join(f"Alinea {n}. Nog een zin.\n\n" for n in range(50))
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 10

    with pytest.raises(readability.StoppedError):
        readability.readability(body, 25, stop)
    assert len(asked) == 11  # asked per paragraph, stopped at once
    assert readability.readability(body, 25, lambda: False).words == 50 * 5  # "0" a word


def test_closing_the_window_stops_its_count_in_the_pool(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    split = readability.split_sentences
    calls: list[bool] = []
    started = threading.Event()

    def counted(text: str) -> list[str]:
        calls.append(threading.current_thread() is threading.main_thread())
        started.set()
        return split(text)

    monkeypatch.setattr(readability, "split_sentences", counted)
    body = "".join(
        f"Alinea {n} gaat over de gemeenteraad. Het college zwijgt.\n\n" for n in range(PARAGRAPHS)
    )
    path = tmp_path / "lang.md"
    path.write_bytes((FRONT + body).encode("utf-8"))
    assert window.open_path(path)
    window.readability.refresh()  # now, not after the pause
    qtbot.waitUntil(started.is_set, timeout=60_000)
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.close()
    QThreadPool.globalInstance().waitForDone()
    assert not any(calls), "counted in the pool, not on the GUI thread"
    assert len(calls) < PARAGRAPHS, "the count stopped before the end of the text"
