"""The article session: every part hears every front-matter change, and one value per option.

Both bugs the session fixes are driven through the real window and the real Pexels picker
against the local Pexels server: what the checks panel shows, and the bytes saved.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from redactie.gui.pexels.actions import PexelsActions
from redactie.gui.site.checks_panel import ChecksPanel
from tests.gui.test_pexels_cover import drive_picker
from tests.pexels_server import DOUBLE_SPACE_ID, PexelsTestServer

DATA = Path(__file__).parent.parent / "data"

NO_COVER = """\
---
title: "Gemeente opent nieuwe fietsenstalling"
date: 2026-01-31T09:00:00+01:00
tags: ["fiets"]
summary: "Een stalling voor 3.000 fietsen."
---

De gemeente opent vandaag een stalling.
"""


def _cover_finding_shown(panel: ChecksPanel) -> bool:
    return panel.item_for("cover-image") is not None


def test_the_checks_panel_updates_the_moment_a_cover_is_chosen(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    path = tmp_path / "artikel.md"
    path.write_text(NO_COVER, encoding="utf-8")
    assert window.open_path(path)
    checks = window.site_tools.checks
    checks.refresh()
    assert _cover_finding_shown(checks.panel)

    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
    assert actions.choose_cover()
    # no keystroke, no waiting for the typing pause: the panel already agrees with the file
    assert not _cover_finding_shown(checks.panel)
    assert not checks.timer.isActive()

    window.session.undo_stack.undo()  # one undo takes the cover away again, and the finding back
    assert _cover_finding_shown(checks.panel)
    assert window.document.current_bytes() == NO_COVER.encode()


def test_a_sites_caption_template_is_what_the_picker_writes(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    site = tmp_path / "site"
    shutil.copytree(DATA / "site", site)
    options = site / "redactie.toml"
    options.write_text(
        options.read_text(encoding="utf-8").replace(
            'caption_template = "Foto: {photographer} via Pexels"',
            'caption_template = "Beeld: {photographer} / Pexels"',
        ),
        encoding="utf-8",
    )
    window.context.settings.pexels_caption_template = "Fotograaf: {photographer}"  # the user's
    assert window.site_tools.sites.open_site(site)
    assert window.session.options.caption_template.source == "site"
    path = site / "content" / "nieuws" / "2026-01-31-fietsenstalling.md"
    path.write_text(NO_COVER, encoding="utf-8")
    assert window.open_path(path)

    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
    assert actions.choose_cover()
    assert "redactie.toml" in window.statusBar().currentMessage()  # where the wording came from
    assert window.save()
    assert '  caption: "Beeld: Noor  van den Berg / Pexels"\n' in path.read_text(encoding="utf-8")


def test_opening_an_article_removes_temp_files_a_crashed_save_left(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "artikelen"
    folder.mkdir()
    path = folder / "artikel.md"
    path.write_text(NO_COVER, encoding="utf-8")
    leftover = folder / ".artikel.md.x7k2p9qa.tmp"  # a kill during a save leaves this
    leftover.write_bytes(NO_COVER.encode()[:40])
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    assert window.open_path(path)
    assert sorted(p.name for p in folder.iterdir()) == ["artikel.md"]
