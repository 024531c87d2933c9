"""The window says whether and when Hugo will publish the article, and Site ▸ Publish At…
writes the moment Hugo reads, as one undo step."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from redactie.gui.site.publishing import PublishAtDialog
from tests.paths import DATA

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 12, 8, 12, 0, tzinfo=AMSTERDAM)


def _site(tmp_path: Path, *, zone: bool = True) -> Path:
    site = tmp_path / "krant"
    shutil.copytree(DATA / "site", site)
    if zone:
        config = site / "hugo.toml"
        config.write_text(
            config.read_text(encoding="utf-8").replace(
                'languageCode = "nl-nl"', 'languageCode = "nl-nl"\ntimeZone = "Europe/Amsterdam"'
            ),
            encoding="utf-8",
        )
    return site


def _article(site: Path, front: str) -> Path:
    path = site / "content" / "nieuws" / "stuk.md"
    path.write_text(f"---\ntitle: Een stuk\n{front}---\nTekst.\n", encoding="utf-8")
    return path


def _open(qtbot: QtBot, window: MainWindow, site: Path, article: Path) -> str:
    window.site_tools.publishing.now = lambda: NOW
    assert window.site_tools.sites.open_site(site, quiet=True)
    assert window.open_path(article)
    label = window.site_tools.publishing.label
    qtbot.waitUntil(lambda: bool(label.text()))
    return label.text()


@pytest.mark.usefixtures("dutch_ui")
def test_a_scheduled_article_says_when_and_that_the_build_leaves_it_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = _site(tmp_path)
    path = _article(site, "date: 2026-12-09T07:00:00\n")  # no offset: the site's zone
    text = _open(qtbot, window, site, path)
    assert text == (
        "Gepland: online vanaf wo 9 december 2026 om 07:00 (+01:00)"
        " — de build van de site laat het weg"
    )


@pytest.mark.usefixtures("dutch_ui")
def test_published_draft_and_expired_in_plain_dutch(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = _site(tmp_path)
    online = _article(site, "date: 2026-12-01T09:30:00+01:00\n")
    assert _open(qtbot, window, site, online) == (
        "Online sinds di 1 december 2026 om 09:30 (+01:00)"
    )
    draft = _article(site, "date: 2026-12-01T09:30:00+01:00\ndraft: true\n")
    assert window.open_path(draft)
    assert window.site_tools.publishing.label.text() == (
        "Concept: wordt niet gepubliceerd — de build van de site laat het weg"
    )
    expired = _article(site, "date: 2026-11-01T09:30:00+01:00\nexpiryDate: 2026-12-01\n")
    assert window.open_path(expired)
    assert window.site_tools.publishing.label.text().startswith("Verlopen sinds di 1 december")


def test_the_state_follows_the_clock_while_the_window_is_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = _site(tmp_path)
    path = _article(site, "date: 2026-12-09T07:00:00+01:00\n")
    assert _open(qtbot, window, site, path).startswith("Scheduled: online from")
    publishing = window.site_tools.publishing
    publishing.now = lambda: datetime(2026, 12, 9, 7, 0, 1, tzinfo=AMSTERDAM)
    publishing.refresh()  # what the half-minute timer does
    assert publishing.label.text().startswith("Online since Wed 9 December 2026 at 07:00")


def test_publish_at_writes_publish_date_in_the_sites_zone_and_turns_off_draft_in_one_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    site = _site(tmp_path)
    path = _article(site, "date: 2026-12-01T09:30:00+01:00\ndraft: true\n")
    _open(qtbot, window, site, path)

    def answer() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, PublishAtDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        moment = datetime(2026, 12, 10, 6, 45, tzinfo=AMSTERDAM)
        dialog.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        assert dialog.draft_box.isChecked()  # a draft: offered, ticked
        button = dialog.findChild(QPushButton, "publish_at_ok")
        assert button is not None
        button.click()

    QTimer.singleShot(0, answer)
    window.site_tools.publishing.publish_at_action.trigger()
    assert window.save()
    written = path.read_text(encoding="utf-8")
    assert "publishDate: 2026-12-10T06:45:00+01:00\n" in written
    assert "draft: false\n" in written
    assert window.site_tools.publishing.label.text().startswith(
        "Scheduled: online from Thu 10 December 2026 at 06:45 (+01:00)"
    )
    window.session.undo_stack.undo()  # one step takes back both
    text = window.session.current_article().front_matter_text
    assert "publishDate" not in text and "draft: true" in text
