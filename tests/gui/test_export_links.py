"""Export waits for the article's links when the site asks for it (`[links] before_export`):
progress as the answers come, Go Ahead for a server that takes its time, a broken link at
error level blocking like any error, an unreachable one "not checked" and never blocking.
The real window, a real git site and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from redactie.gui.site import ExportDialog
from redactie.gui.site.link_checks import link_pool
from tests.core.test_export_support import COVER, article_text, git, site_repo
from tests.local_server import closed_port, serving

RELEASE = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        if self.path == "/slow":
            RELEASE.wait(30)  # held open until the test lets go
        self.send_response({"/ok": 200, "/slow": 200}.get(self.path, 404))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    RELEASE.clear()

    def release() -> None:
        RELEASE.set()
        link_pool().waitForDone(30_000)  # the checker's last answers are in

    with serving(_Handler, release) as base:
        yield base


def _dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, base: str, body: str, level: str
) -> ExportDialog:
    root = site_repo(tmp_path)
    with (root / "redactie.toml").open("a", encoding="utf-8") as options:
        options.write(f'\n[links]\nbefore_export = true\n\n[checks]\nlink-broken = "{level}"\n')
    git(root, "commit", "-qam", "Links before export")
    text = article_text(title="Raad kiest voor zonnepanelen", body=body)
    source = tmp_path / "artikel.md"
    source.write_text(text.replace(COVER, f"{base}/ok"), encoding="utf-8")
    tools = window.site_tools
    assert window.open_path(source)
    assert tools.sites.open_site(root)
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    dialog = tools.export_to_site()
    assert dialog is not None and dialog.links is not None
    return dialog


def test_a_broken_link_blocks_and_an_unreachable_one_is_not_checked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, server: str
) -> None:
    nobody = f"http://127.0.0.1:{closed_port()}/x"
    body = f"Zie [het rapport]({server}/missing), [de site]({server}/ok) en [oud]({nobody}).\n"
    dialog = _dialog(qtbot, window, tmp_path, server, body, "error")
    links = dialog.links
    assert links is not None
    assert links.urls == [f"{server}/ok", f"{server}/missing", nobody]  # the cover's first
    qtbot.waitUntil(lambda: not links.waiting and not dialog.busy, timeout=20_000)
    assert dialog.planned is not None
    findings = [(f.rule_id, f.severity) for f in dialog.planned.plan.findings]
    assert ("link-broken", "error") in findings
    assert links.label.text() == "Links checked: 2; not checked (no answer): 1."
    assert not links.button.isVisible() and not links.bar.isVisible()
    item = dialog.findings.item_for("link-broken")
    assert item is not None and f"{server}/missing" in item.text()
    assert not dialog.export_button.isEnabled()
    assert "fix them before exporting" in dialog.status.text()
    assert not dialog.planned.plan.target.exists()  # nothing written
    # the window's panel has the same answers: nobody is asked twice
    panel = window.site_tools.checks_panel
    qtbot.waitUntil(lambda: panel.item_for("link-broken") is not None, timeout=5000)


def test_go_ahead_exports_without_waiting_for_a_slow_server(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, server: str
) -> None:
    body = f"Zie [de site]({server}/ok) en [het archief]({server}/slow).\n"
    dialog = _dialog(qtbot, window, tmp_path, server, body, "error")
    links = dialog.links
    assert links is not None
    qtbot.waitUntil(lambda: links.label.text() == "Checking links… 1 of 2", timeout=20_000)
    qtbot.waitUntil(lambda: dialog.planned is not None and not dialog.busy, timeout=10_000)
    assert links.waiting and links.button.isVisible()
    assert not dialog.export_button.isEnabled()  # waiting: Export is not offered yet
    qtbot.mouseClick(links.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
    assert links.label.text() == "Not waiting for 1 of 2 links."
    result = dialog.export_result
    assert result is not None and result.written
    target = result.plan.target
    assert f"[het archief]({server}/slow)" in target.read_text(encoding="utf-8")
    assert "Exported to" in dialog.status.text()
    assert RELEASE.is_set() is False  # the slow server never answered before the export


def test_a_broken_link_at_warning_level_does_not_block(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, server: str
) -> None:
    body = f"Zie [het rapport]({server}/missing).\n"
    dialog = _dialog(qtbot, window, tmp_path, server, body, "warning")
    links = dialog.links
    assert links is not None
    qtbot.waitUntil(lambda: not links.waiting and not dialog.busy, timeout=20_000)
    assert dialog.findings.item_for("link-broken") is not None
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=20_000)
