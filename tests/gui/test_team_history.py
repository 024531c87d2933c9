"""Site ▸ Article History on a real repository where the article was renamed: the versions in
Dutch local time, one put back whole and one taken by comparison, each ONE undo step."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from redactie.core.team import push
from redactie.gui.main_window import MainWindow
from redactie.gui.site.history_dialog import HistoryDialog
from tests.core.team_support import commit_file, newsroom
from tests.core.test_export_support import git

OLD = "content/nieuws/concept-dijk.md"
NEW = "content/nieuws/2026-01-20-dijkbreuk.md"
V1 = "---\ntitle: Dijkbreuk\n---\n\nEen.\n"
V3 = "---\ntitle: Dijkbreuk bij Lith\n---\n\nEen.\nTwee.\n"
WAIT = 30_000


def dated(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    monkeypatch.setenv("GIT_AUTHOR_DATE", when)
    monkeypatch.setenv("GIT_COMMITTER_DATE", when)


def renamed_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Anna writes it, Bart renames it and edits it: three commits, two names."""
    room = newsroom(tmp_path)
    dated(monkeypatch, "2026-01-20T09:00:00Z")
    commit_file(room.anna, OLD, V1, "Eerste versie")
    push(room.anna)
    git(room.bart, "pull", "-q")
    dated(monkeypatch, "2026-01-20T13:30:00Z")
    git(room.bart, "mv", OLD, NEW)
    git(room.bart, "commit", "-q", "-m", "Definitieve naam")
    dated(monkeypatch, "2026-01-21T08:15:00Z")
    commit_file(room.bart, NEW, V3, "Eindredactie")
    return room.bart / NEW


def open_history(qtbot: QtBot, window: MainWindow, count: int = 3) -> HistoryDialog:
    window.site_tools.history_zone = ZoneInfo("Europe/Amsterdam")
    window.site_tools.history_action.trigger()
    dialog = window.site_tools.history_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == count, timeout=WAIT)
    return dialog


def rows(dialog: HistoryDialog) -> list[tuple[str, ...]]:
    items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    return [tuple(item.text(c) for c in range(3)) for item in items if item is not None]


def test_history_lists_the_versions_and_puts_one_back_as_one_undo_step(
    dutch_ui: None,
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = renamed_article(tmp_path, monkeypatch)
    assert window.open_path(path)

    dialog = open_history(qtbot, window)

    assert dialog.windowTitle() == "Geschiedenis van 2026-01-20-dijkbreuk.md"
    assert rows(dialog) == [
        ("21 januari 2026 09:15", "Bart Jansen", "Eindredactie"),
        ("20 januari 2026 14:30", "Bart Jansen", "Definitieve naam"),
        ("20 januari 2026 10:00", "Anna de Vries", "Eerste versie"),
    ]
    assert dialog.restore_button.text() == "Deze versie &terugzetten"
    oldest = dialog.list.topLevelItem(2)
    assert oldest is not None and oldest.toolTip(2) == OLD  # its name then
    dialog.list.setCurrentItem(oldest)

    dialog.restore_button.click()

    qtbot.waitUntil(lambda: window.site_tools.history_dialog is None, timeout=WAIT)
    assert window.session.current_article().to_bytes() == V1.encode()
    assert window.document.is_modified()
    assert "20 januari 2026 10:00" in window.statusBar().currentMessage()
    assert path.read_text(encoding="utf-8") == V3  # nothing saved

    window.editor.undo()  # one step takes the whole version back, front matter too

    assert window.session.current_article().to_bytes() == V3.encode()
    assert not window.document.is_modified()
    window.editor.redo()
    assert window.session.current_article().to_bytes() == V1.encode()


def test_compare_takes_a_version_through_the_comparison_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = renamed_article(tmp_path, monkeypatch)
    assert window.open_path(path)
    dialog = open_history(qtbot, window)
    middle = dialog.list.topLevelItem(1)
    assert middle is not None
    dialog.list.setCurrentItem(middle)

    dialog.compare_button.click()

    qtbot.waitUntil(lambda: dialog.compare_dialog is not None, timeout=WAIT)
    compare = dialog.compare_dialog
    assert compare is not None
    shown = " ".join(label.text() for label in compare.findChildren(QLabel))
    assert "20 January 2026 14:30, Bart Jansen" in shown
    assert len(compare.changes) == 2  # the title and the second paragraph
    compare.theirs_button.click()

    assert window.session.current_article().to_bytes() == V1.encode()
    window.editor.undo()
    assert window.session.current_article().to_bytes() == V3.encode()


def test_a_long_history_comes_a_page_at_a_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = renamed_article(tmp_path, monkeypatch)
    monkeypatch.setattr("redactie.gui.site.history_dialog.PAGE", 2)
    assert window.open_path(path)

    dialog = open_history(qtbot, window, count=2)

    assert [row[2] for row in rows(dialog)] == ["Eindredactie", "Definitieve naam"]
    assert dialog.more_button.isVisible()
    dialog.more_button.click()
    qtbot.waitUntil(lambda: len(rows(dialog)) == 3, timeout=WAIT)
    assert rows(dialog)[2][2] == "Eerste versie"
    assert not dialog.more_button.isVisible()  # less than a page came: that was all
    current = dialog.chosen()
    assert current is not None and current.message == "Eindredactie"  # the choice stays
