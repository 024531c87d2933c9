"""The window keeps answering while a big site's tags are indexed; and how the parts look."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.core.test_export_support import article_text, site_repo
from tests.gui.test_site_checks import NO_ALT
from tests.paths import DATA
from tests.threads import pool_held

ARTICLES = 2_000


def _big_site(tmp_path: Path) -> Path:
    root = tmp_path / "groot"
    shutil.copytree(DATA / "site", root)
    folder = root / "content" / "nieuws"
    for n in range(ARTICLES):
        tags = f'["tag{n % 97}", "onderwerp{n % 13}", "ai"]'
        (folder / f"2025-01-01-stuk-{n}.md").write_text(
            f'---\ntitle: "Stuk {n}"\ndate: 2025-01-01T10:00:00+01:00\ntags: {tags}\n'
            f'summary: "Samenvatting {n}."\n---\n\n' + "Tekst. " * 200 + "\n",
            encoding="utf-8",
        )
    return root


def test_the_gui_stays_responsive_during_a_scan(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Opening a site hands the scan of its 2,000 articles to the thread pool: the window
    shows that it is scanning and keeps answering (its event loop turns, progress shows)
    while the scan waits and while it runs. On the GUI thread it would block for seconds."""
    root = _big_site(tmp_path)
    tools = window.site_tools
    turns: list[str] = []  # "turn" for every pass of the event loop
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: turns.append("turn"))
    progress: list[str] = []
    tools.sites.scanProgress.connect(lambda *_: progress.append(tools.scan_status.label.text()))
    tools.sites.scanProgress.connect(lambda *_: turns.append("progress"))
    with pool_held(QThreadPool.globalInstance()) as hold:  # the scan cannot start yet
        assert tools.sites.open_site(root)
        assert tools.scan_status.isVisible()
        assert tools.sites.index is None
        timer.start()
        qtbot.waitUntil(lambda: len(turns) >= 20, timeout=10_000)  # the window answers
    assert not hold.gave_up  # opening the site never waited for the scan
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=60_000)
    timer.stop()
    assert tools.sites.index is not None and tools.sites.index.file_count == ARTICLES + 5
    assert tools.sites.tag_completions()[0] == "ai"
    first, last = turns.index("progress"), len(turns) - 1 - turns[::-1].index("progress")
    assert "turn" in turns[first:last], "no turn of the event loop while the scan ran"
    assert any("/2,005" in text or "/2.005" in text or "/2005" in text for text in progress)
    assert not tools.scan_status.isVisible()


def test_screenshots_of_the_checks_panel_and_the_export_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Saved for a person to look at (REDACTIE_SCREENSHOTS=folder keeps them)."""
    folder = Path(os.environ.get("REDACTIE_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    tools = window.site_tools
    root = site_repo(tmp_path)
    source = tmp_path / "artikel.md"
    source.write_text(NO_ALT.replace('["politiek"]', '["Politiek", "verkiezing"]'))
    assert window.open_path(source)
    assert tools.sites.open_site(root)
    qtbot.waitUntil(lambda: tools.sites.index is not None, timeout=10_000)
    tools.checks.refresh()
    assert len(tools.checks_panel.findings) >= 3
    window.resize(1500, 800)
    QApplication.processEvents()  # laid out at the new size
    assert window.grab().save(str(folder / "site-window.png"))
    tools.checks_dock.resize(360, 500)
    assert tools.checks_dock.grab().save(str(folder / "site-checks-panel.png"))

    source.write_text(article_text(title="Raad kiest voor zonnepanelen op het stadhuis"))
    window.document.load(source)
    dialog = tools.export_to_site()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.planned is not None, timeout=10_000)
    QApplication.processEvents()  # the plan is shown
    assert dialog.grab().save(str(folder / "site-export-dialog.png"))
