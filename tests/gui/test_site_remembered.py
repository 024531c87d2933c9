"""The site is not forgotten: it is active again in the next window (and after a restart),
and an export without a site offers the remembered sites and the folder picker at once."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow
from tests.gui.conftest import answer_message_box

DATA = Path(__file__).parent.parent / "data"


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "krant"
    shutil.copytree(DATA / "site", root)
    return root


def test_the_last_site_is_active_again_in_a_new_window(
    qtbot: QtBot, context: AppContext[MainWindow], window: MainWindow, tmp_path: Path
) -> None:
    root = _site(tmp_path)
    assert window.site_tools.sites.open_site(root)
    window.site_tools.sites.wait_for_scan(10_000)
    later = MainWindow(context)  # what a restart builds: a window from the remembered sites
    qtbot.addWidget(later)
    qtbot.waitUntil(lambda: later.session.site is not None, timeout=10_000)
    assert later.session.site is not None and later.session.site.root == root.resolve()
    later.site_tools.sites.wait_for_scan(10_000)


def test_export_without_a_site_offers_the_remembered_ones(
    qtbot: QtBot, context: AppContext[MainWindow], window: MainWindow, tmp_path: Path
) -> None:
    root = _site(tmp_path)
    tools = window.site_tools
    assert tools.sites.open_site(root)
    tools.sites.wait_for_scan(10_000)
    fresh = MainWindow(context)
    qtbot.addWidget(fresh)
    fresh.site_tools.sites.site = None  # as before the site was restored
    seen = answer_message_box(f"site:{root.resolve()}")
    dialog = fresh.site_tools.export_to_site()
    assert seen[0] == "choose_site_for_export"
    assert dialog is not None  # the export goes on to the chosen site, no dead end
    assert fresh.site_tools.sites.site is not None
    assert fresh.site_tools.sites.site.root == root.resolve()
    dialog.reject()
    fresh.site_tools.sites.wait_for_scan(10_000)


def test_cancelling_the_choice_exports_nothing(qtbot: QtBot, window: MainWindow) -> None:
    seen = answer_message_box(QMessageBox.StandardButton.Cancel)
    assert window.site_tools.export_to_site() is None
    assert seen[0] == "choose_site_for_export"
