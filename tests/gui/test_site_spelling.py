"""A site's redactie.toml [spelling] table: its word list and language reach the checker."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.paths import DATA


def test_the_sites_word_list_is_used_for_its_articles(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    shutil.copytree(DATA / "site", site)
    (site / "woordenlijst.txt").write_text("Qwrtzkrant\nXyzzqbode\n", encoding="utf-8")
    with (site / "redactie.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[spelling]\nlanguage = "nl"\nwords = "woordenlijst.txt"\n')
    qtbot.waitUntil(lambda: window.context.spell_checker is not None, timeout=10_000)
    assert not window.context.spell_checker.check("Qwrtzkrant")  # type: ignore[union-attr]
    assert window.site_tools.sites.open_site(site)

    def site_words_loaded() -> bool:
        checker = window.context.spell_checker
        return checker is not None and checker.check("Qwrtzkrant")

    qtbot.waitUntil(site_words_loaded, timeout=10_000)
    checker = window.context.spell_checker
    assert checker is not None
    assert checker.check("Xyzzqbode")
    assert not checker.check("Qwrtzkrantt")
    assert checker.check("fietsenstalling")  # Dutch still first


def test_all_caps_setting_reloads_the_checker_and_is_saved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction

    from redactie.core import settings

    qtbot.waitUntil(lambda: window.context.spell_checker is not None, timeout=10_000)
    assert window.context.spell_checker.skip_caps  # type: ignore[union-attr]
    action = window.findChild(QAction, "skip_caps")
    assert action is not None and action.isChecked()
    action.setChecked(False)

    def reloaded() -> bool:
        checker = window.context.spell_checker
        return checker is not None and not checker.skip_caps

    qtbot.waitUntil(reloaded, timeout=10_000)
    checker = window.context.spell_checker
    assert checker is not None
    assert [t.word for t in checker.misspelled_plain("De QWXZ vergadert.")] == ["QWXZ"]
    assert settings.load(tmp_path / "settings.toml").spell_skip_caps is False
