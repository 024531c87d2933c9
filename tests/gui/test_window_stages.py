"""The window in two stages (`gui/window_stages.py`): the first paint without the preview, the
site tools, Pexels and the readability score; what the user does before they are built builds
them first, and they catch up with the article as it is by then.

Input goes through the window's `QWindow`, as the platform delivers it (QTest's window
overloads), not straight to a widget. A window shown and not yet painted is one whose second
stage has not run: the events are sent before the event loop gets its turn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QSurface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from redactie.gui.app import show_example
from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow

ARTICLE = '---\ntitle: "Kop"\nsummary: "Samenvatting."\n---\nDe eerste zin.\n'


def _article(folder: Path) -> Path:
    path = folder / "artikel.md"
    path.write_bytes(ARTICLE.encode())
    return path


def _shown_before_stage_two(context: AppContext[MainWindow], path: Path | None) -> MainWindow:
    window = MainWindow(context)
    if path is not None:
        assert window.open_path(path)
    window.resize(1280, 720)
    window.show()
    window.editor.setFocus()
    assert not window.stages.done
    return window


def test_ctrl_s_before_stage_two_saves_and_the_preview_catches_up(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    path = _article(tmp_path)
    window = _shown_before_stage_two(context, path)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("Nog een.\n")  # typed before the window has painted
    window.editor.setTextCursor(cursor)
    assert not window.stages.done
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_bytes() == (ARTICLE + "Nog een.\n").encode()
    assert not window.isWindowModified()
    assert window.stages.done  # the key built the rest first
    qtbot.waitUntil(window.preview.is_current, timeout=20_000)
    assert "Nog een." in window.preview.body_html()
    assert window.editor.textCursor().position() == cursor.position()  # not moved by catch-up


def test_a_key_before_stage_two_builds_it_and_is_typed(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    path = _article(tmp_path)
    window = _shown_before_stage_two(context, path)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_X)
    assert window.stages.done
    assert window.editor.toPlainText() == "xDe eerste zin.\n"
    assert window.isWindowModified()
    # the checks, run after the catch-up, judge the article as it is now
    qtbot.waitUntil(lambda: window.site_tools.checks_panel.findings != [], timeout=20_000)
    qtbot.waitUntil(lambda: window.readability.label.text() != "", timeout=20_000)


def test_the_site_menu_opened_before_stage_two_is_full(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    window = _shown_before_stage_two(context, _article(tmp_path))
    bar = window.menuBar()
    site = window.findChild(QMenu, "site_menu")
    assert site is not None and site.actions() == []  # a place until stage 2
    where = bar.actionGeometry(site.menuAction()).center()
    QTest.mouseClick(
        window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
    )
    assert window.stages.done
    qtbot.waitUntil(site.isVisible)
    names = [action.objectName() for action in site.actions()]
    assert "export_to_site" in names and "article_history" in names
    dock_action = window.site_tools.checks_dock.toggleViewAction()
    assert dock_action in site.actions()
    site.close()
    dock_action.trigger()  # the dock the menu toggles is the window's
    assert not window.site_tools.checks_dock.isVisible()
    dock_action.trigger()
    assert window.site_tools.checks_dock.isVisible()


def test_the_article_menu_opened_with_its_key_before_stage_two(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    window = _shown_before_stage_two(context, _article(tmp_path))
    article = window.findChild(QMenu, "article_menu")
    assert article is not None
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.stages.done
    qtbot.waitUntil(article.isVisible)
    names = [action.objectName() for action in article.actions()]
    assert names[:3] == ["action_pexels_cover", "action_pexels_insert", "undo_article_edit"]
    article.close()


def test_the_menus_keep_their_order(qtbot: QtBot, context: AppContext[MainWindow]) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    before = [action.text() for action in window.menuBar().actions()]
    window.stages.finish()
    after = [action.text() for action in window.menuBar().actions()]
    assert before == after == ["&File", "&Edit", "F&ormat", "&View", "&Article", "S&ite", "&Help"]
    view = window.findChild(QMenu, "view_menu")
    assert view is not None
    names = [action.objectName() for action in view.actions() if action.objectName()]
    assert names[:6] == [
        "view:form",
        "view:preview",
        "view:focus",
        "view:typewriter",
        "view:full_screen",
        "view:site_preview",
    ]
    assert names[-1] == "sync_scrolling"


def test_the_example_note_stays_through_the_catch_up(
    qtbot: QtBot, context: AppContext[MainWindow]
) -> None:
    window = _shown_before_stage_two(context, None)
    show_example(window)
    assert window.example_banner.isVisible()
    qtbot.waitUntil(lambda: window.stages.done, timeout=20_000)  # after the first paint
    assert window.example_banner.isVisible()
    assert window.preview.isVisible()
    assert window.preview.parentWidget() is window.stages.preview_place


def test_the_preview_hidden_before_stage_two_stays_hidden(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    window = _shown_before_stage_two(context, _article(tmp_path))
    QTest.keyClick(
        window.windowHandle(),
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stages.done
    assert not window.view_modes.show_preview.isChecked()
    assert not window.preview.isVisible()
    window.view_modes.show_preview.setChecked(True)
    assert window.preview.isVisible()


def test_a_window_closed_before_stage_two_never_builds_it(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    window = _shown_before_stage_two(context, _article(tmp_path))
    stages = window.stages
    gone: list[bool] = []
    window.destroyed.connect(lambda _obj=None: gone.append(True))
    window.close()  # deleted on close, from the event loop
    assert window not in context.windows
    qtbot.waitUntil(lambda: gone == [True])
    assert not stages.done  # what was queued for it (its paint, stage 2) found it gone


def test_the_window_is_not_made_anew_when_the_page_comes(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    """The page renders to a texture; a shown window that first gets such a child is made
    anew by Qt (under X11: a new window, the focus moved, keys typed meanwhile lost). The
    window is made for such a child before its first show."""
    window = _shown_before_stage_two(context, _article(tmp_path))
    qtbot.waitExposed(window)
    first = window.windowHandle()
    # made for a child that renders to a texture from the start (raster: made anew later)
    assert first.surfaceType() != QSurface.SurfaceType.RasterSurface
    window.stages.finish()
    qtbot.waitUntil(window.preview.is_current, timeout=20_000)
    assert window.windowHandle() is first
    assert window.preview.isVisible()


def test_what_stage_two_adds_to_a_shown_window_is_shown_at_once(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    """A widget added to a shown window's layout is shown only later, from the event loop:
    code that builds stage 2 and shows a strip at once (the desk's review window) found it
    hidden. What stage 2 adds is visible before the event loop's next turn."""
    window = _shown_before_stage_two(context, _article(tmp_path))
    window.stages.finish()  # no event loop turn after this
    tools = window.site_tools
    assert window.preview.isVisible()
    assert tools.notices.isVisible()
    assert tools.checks_dock.isVisible()
    tools.review.banner.show()
    assert tools.review.banner.isVisible()
