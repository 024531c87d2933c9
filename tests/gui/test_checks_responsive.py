"""The window never waits for the checks: house style runs in the pool, and fifty links asked
of a server that holds every request open leave the GUI thread free.

No clock is read. Instead of a bound on a timer's lag (which a loaded machine would break),
the proof is causal: the server answers nothing until the test, on the GUI thread, has seen
its event loop run (timer ticks, a posted event, house style's answer from the pool) while
the requests are held. Had the GUI thread waited on a request, none of that could happen
before the release, and the test would fail (the server gives up holding after 30 s)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from pytestqt.qtbot import QtBot

from redactie.core.checks import style
from redactie.core.checks.links import MAX_AT_ONCE
from redactie.gui.main_window import MainWindow
from redactie.gui.site.link_checks import link_pool
from tests.gui.test_site_checks import house_style_site
from tests.local_server import serving

FRONT = """---
title: "Raad stemt in met nieuw stadhuis"
date: 2026-01-20T10:00:00+01:00
tags: ["politiek"]
summary: "De gemeenteraad gaat akkoord."
draft: false
---

"""


@dataclass
class _Held:
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    open_now: int = 0
    most_open: int = 0
    asked: int = 0


HELD = _Held()


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        with HELD.lock:
            HELD.asked += 1
            HELD.open_now += 1
            HELD.most_open = max(HELD.most_open, HELD.open_now)
        HELD.release.wait(30)
        with HELD.lock:
            HELD.open_now -= 1
        self.send_response(404 if self.path.startswith("/weg") else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def holding_server() -> Iterator[str]:
    global HELD
    HELD = _Held()
    held = HELD

    def release() -> None:
        held.release.set()
        link_pool().waitForDone(60_000)

    with serving(_Handler, release) as base:
        yield base


def _open(window: MainWindow, tmp_path: Path, body: str) -> None:
    root, path = house_style_site(tmp_path)
    path.write_text(FRONT + body, encoding="utf-8")
    assert window.site_tools.sites.open_site(root, quiet=True)
    assert window.open_path(path)


def test_the_body_rules_run_in_the_pool_not_on_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    readable = style.readable

    def watched(body: str) -> str:
        threads.append(QThread.currentThread() is window.thread())
        return readable(body)

    watched.cache_clear = readable.cache_clear  # type: ignore[attr-defined]  # as the cache's
    monkeypatch.setattr(style, "readable", watched)
    _open(window, tmp_path, "Middels een brief werd het 12% meer. TK\n")
    checks, panel = window.site_tools.checks, window.site_tools.checks_panel
    shown = checks.refresh()
    in_pool = ("style-", "unfinished-copy")  # house style and the rules reading the whole body
    assert not [f for f in shown if f.rule_id.startswith(in_pool)]  # not yet: in the pool
    qtbot.waitUntil(lambda: panel.item_for("style-percent") is not None, timeout=10_000)
    assert panel.item_for("style-word") is not None
    assert panel.item_for("unfinished-copy") is not None
    assert threads and not any(threads)  # house style never read the text on the GUI thread


def test_fifty_links_held_open_never_stop_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, holding_server: str
) -> None:
    base = holding_server
    links = [f"[stuk {i}]({base}/{'weg' if i % 10 == 0 else 'ok'}/{i})" for i in range(50)]
    _open(window, tmp_path, "Middels een brief werd het 12% meer. " + " ".join(links) + "\n")
    tools = window.site_tools
    panel, results = tools.checks_panel, tools.checks.link_results
    qtbot.waitUntil(lambda: panel.item_for("style-percent") is not None, timeout=10_000)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    tools.link_checks.action.trigger()
    qtbot.waitUntil(lambda: HELD.open_now == MAX_AT_ONCE, timeout=20_000)
    # The servers hold every request; the GUI thread goes on: timers, posted events...
    before, posted = len(ticks), []
    QTimer.singleShot(0, lambda: posted.append(True))
    qtbot.waitUntil(lambda: len(ticks) >= before + 20 and bool(posted), timeout=20_000)
    # ... and a house-style check asked now is answered from the pool meanwhile
    window.editor.textCursor().insertText("Reeds ")
    tools.checks.refresh()
    qtbot.waitUntil(
        lambda: any(f.params.get("found") == "Reeds" for f in panel.findings), timeout=20_000
    )
    assert results == {} and not HELD.release.is_set()  # no server has answered yet
    assert HELD.open_now == HELD.most_open == MAX_AT_ONCE  # a bounded number at once
    HELD.release.set()
    qtbot.waitUntil(lambda: len(results) == 50, timeout=60_000)
    timer.stop()
    assert HELD.most_open == MAX_AT_ONCE and HELD.asked == 50
    tools.checks.refresh()
    broken = [f for f in panel.findings if f.rule_id == "link-broken"]
    assert len(broken) == 5
