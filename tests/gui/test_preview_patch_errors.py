"""A patch the page cannot apply says why in the log: which op, and the page's error (the
pane reloads the page then; without the reason a reload per key is not diagnosable)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.paths import EXAMPLE_ARTICLE

TIMEOUT = 15_000


def test_a_failed_patch_logs_the_op_and_the_page_error(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / EXAMPLE_ARTICLE.name
    shutil.copy(EXAMPLE_ARTICLE, path)
    assert window.open_path(path)
    pane = window.preview
    qtbot.waitUntil(pane.is_current, timeout=TIMEOUT)
    results: list[object] = []
    caplog.set_level(logging.WARNING, logger="redactie.gui.preview")
    patch = '{"revision": 7, "ops": [["remove", []], ["nosuch", 1]], "reveal": null}'
    pane.page.runJavaScript(f"redactie.apply({patch})", 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    assert results[0] != 7  # the app still sees the failure (and reloads the page)
    qtbot.waitUntil(
        lambda: any("op 2 of 2 (nosuch)" in r.getMessage() for r in caplog.records),
        timeout=TIMEOUT,
    )
    message = next(r.getMessage() for r in caplog.records if "nosuch" in r.getMessage())
    assert "is not a function" in message  # the page's own error text
    assert next(r for r in caplog.records if "nosuch" in r.getMessage()).levelno == logging.WARNING
