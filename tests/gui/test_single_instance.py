"""`redactie FILE` while redactie runs opens the file in the running app, over a real local
socket: never two processes on one file. A path that does not exist yet becomes a new article
that saves there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.gui import app as app_module
from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow
from redactie.gui.single_instance import InstanceServer, hand_over, server_name
from tests.paths import EXAMPLE_ARTICLE


def _serve(context: AppContext[MainWindow]) -> InstanceServer:
    server = InstanceServer()
    server.requested.connect(lambda paths: app_module.open_requested(context, paths))
    assert server.listen()
    return server


def test_a_second_redactie_hands_its_file_to_the_running_one(
    qtbot: QtBot, context: AppContext[MainWindow], window: MainWindow, tmp_path: Path
) -> None:
    server = _serve(context)
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.run(  # the real command, as a second process
            [sys.executable, "-m", "redactie", str(EXAMPLE_ARTICLE)],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        qtbot.waitUntil(lambda: context.window_for(EXAMPLE_ARTICLE) is not None, timeout=15_000)
        opened = context.window_for(EXAMPLE_ARTICLE)
        assert opened is not None and opened in context.windows  # a window of this process
        assert len(context.windows) == 2  # the first window kept its article
    finally:
        server.server.close()


def test_an_open_file_comes_forward_and_a_new_path_starts_an_article_there(
    qtbot: QtBot, context: AppContext[MainWindow], window: MainWindow, tmp_path: Path
) -> None:
    server = _serve(context)
    try:
        new = tmp_path / "nog-niet.md"
        assert hand_over([new])
        qtbot.waitUntil(lambda: len(context.windows) == 2, timeout=15_000)
        fresh = context.windows[-1]
        assert fresh.document.path == new.absolute() and not new.exists()
        fresh.editor.insertPlainText("Een nieuw stuk.")
        assert fresh.save()
        assert new.read_text(encoding="utf-8").endswith("Een nieuw stuk.")
        assert hand_over([new])  # already open: no third window
        qtbot.wait(200)
        assert len(context.windows) == 2
    finally:
        server.server.close()


def test_without_a_running_redactie_nothing_is_handed_over(qtbot: QtBot) -> None:
    assert not hand_over([Path("x.md")], name=server_name() + "-nobody")
