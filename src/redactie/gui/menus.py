"""The window's file and edit actions, its menus and its toolbar.

Actions use Qt's standard key sequences (New, Open, Save, Save As, Close, Quit, Undo, Redo,
Find, Replace), so every platform gets the shortcuts its users know.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QToolBar

from redactie.core.settings import Settings
from redactie.gui.editor import EditorActions
from redactie.gui.shortcuts import standard_keys

Key = QKeySequence.StandardKey


def tr(text: str) -> str:
    """Module-level strings: lupdate files bare `tr()` calls under the empty context."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Commands:
    """What the window does when a menu item is chosen (the menus never know the window)."""

    new: Callable[[], object]
    new_window: Callable[[], object]
    open: Callable[[], object]
    open_recent: Callable[[str], object]
    save: Callable[[], object]
    save_as: Callable[[], object]
    revert: Callable[[], object]
    close: Callable[[], object]
    quit: Callable[[], object]
    undo: Callable[[], object]
    redo: Callable[[], object]
    set_skip_caps: Callable[[bool], object]
    set_language: Callable[[str], object]
    set_theme: Callable[[str], object]


@dataclass
class FileActions:
    new: QAction
    new_window: QAction
    open: QAction
    save: QAction
    save_as: QAction
    revert: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    recent_menu: QMenu


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    key: Key | str | None = None,
    icon: QStyle.StandardPixmap | None = None,
    name: str = "",
) -> QAction:
    action = QAction(text, window)
    if isinstance(key, Key):
        action.setShortcuts(standard_keys(key))
    elif key:
        action.setShortcut(QKeySequence(key))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build(
    window: QMainWindow,
    commands: Commands,
    *,
    editor_actions: EditorActions,
    settings: Settings,
    view_actions: list[QAction] | None = None,
) -> FileActions:
    """Create the actions and fill the menu bar and toolbar of `window`; the preview's come
    when it is built (`add_preview_actions`)."""
    sp = QStyle.StandardPixmap
    c = commands
    actions = FileActions(
        new=_action(window, tr("&New"), c.new, Key.New, sp.SP_FileIcon, "new"),
        new_window=_action(window, tr("New &Window"), c.new_window, "Ctrl+Shift+N"),
        open=_action(window, tr("&Open…"), c.open, Key.Open, sp.SP_DialogOpenButton, "open"),
        save=_action(window, tr("&Save"), c.save, Key.Save, sp.SP_DialogSaveButton, "save"),
        save_as=_action(window, tr("Save &As…"), c.save_as, Key.SaveAs, name="save_as"),
        revert=_action(window, tr("&Revert to Saved"), c.revert, name="revert"),
        close=_action(window, tr("&Close"), c.close, Key.Close, name="close"),
        quit=_action(window, tr("&Quit"), c.quit, Key.Quit, name="quit"),
        undo=_action(window, tr("&Undo"), c.undo, Key.Undo, name="undo"),
        redo=_action(window, tr("&Redo"), c.redo, Key.Redo, name="redo"),
        recent_menu=QMenu(tr("Open &Recent"), window),
    )
    recent = actions.recent_menu
    recent.setObjectName("recent_menu")
    recent.aboutToShow.connect(lambda: fill_recent(settings, recent, c.open_recent))

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.setObjectName("file_menu")
    file_menu.addActions([actions.new, actions.new_window, actions.open])
    file_menu.addMenu(actions.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions.save, actions.save_as, actions.revert])
    file_menu.addSeparator()
    file_menu.addActions([actions.close, actions.quit])

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.setObjectName("edit_menu")
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions(_clipboard_actions(window))
    edit_menu.addSeparator()
    edit_menu.addActions(editor_actions.edit_menu_actions())

    format_menu = bar.addMenu(tr("F&ormat"))
    format_menu.setObjectName("format_menu")
    format_menu.addActions(editor_actions.format_menu_actions())

    view_menu = bar.addMenu(tr("&View"))
    view_menu.setObjectName("view_menu")
    if view_actions:
        view_menu.addActions(view_actions)
        view_menu.addSeparator()
    view_menu.addMenu(_language_menu(window, settings.language, c.set_language))
    view_menu.addMenu(_theme_menu(window, settings.theme, c.set_theme))
    skip_caps = view_menu.addAction(tr("Skip ALL-CAPS Words in Spelling"))
    skip_caps.setObjectName("skip_caps")
    skip_caps.setCheckable(True)
    skip_caps.setChecked(settings.spell_skip_caps)
    skip_caps.toggled.connect(c.set_skip_caps)
    view_menu.addSeparator()

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.setObjectName("help_menu")
    shortcuts = help_menu.addAction(tr("&Keyboard Shortcuts"))
    shortcuts.setObjectName("help_shortcuts")
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(lambda _c=False: _show_shortcuts(window))
    cheat = help_menu.addAction(tr("&Markdown Cheat Sheet"))
    cheat.setObjectName("help_markdown")
    cheat.triggered.connect(lambda _c=False: _show_cheat_sheet(window))
    help_menu.addSeparator()
    about = help_menu.addAction(tr("&About redactie"))
    about.setObjectName("about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda _c=False: _show_about(window))

    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.addActions([actions.new, actions.open, actions.save])
    toolbar.addSeparator()
    toolbar.addActions(editor_actions.toolbar_actions())
    # One style: words, not a few icons beside words (the format actions have no icon that
    # says "Heading 2" or "Quote" as plainly as the word).
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    show_shortcuts_in_tooltips(toolbar.actions())
    window.addToolBar(toolbar)
    return actions


def show_shortcuts_in_tooltips(actions: list[QAction]) -> None:
    """A toolbar button's tooltip names its shortcut, the way to learn it ("Bold (Ctrl+B)")."""
    for action in actions:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = action.toolTip()
        if key and key not in tip:
            action.setToolTip(f"{tip} ({key})")


def _all_actions(window: QMainWindow) -> list[QAction]:
    """Every action in the window's menus, in menu order (submenus included)."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif not action.isSeparator():
                found.append(action)

    walk(window.menuBar().actions())
    return found


def _clipboard_actions(window: QMainWindow) -> list[QAction]:
    """Cut, Copy, Paste and Select All for whatever has the focus (editor, form field, raw
    text). The keys stay the widgets' own: text widgets take their standard shortcuts first."""
    items = (
        (tr("Cu&t"), Key.Cut, "cut"),
        (tr("&Copy"), Key.Copy, "copy"),
        (tr("&Paste"), Key.Paste, "paste"),
        (tr("Select &All"), Key.SelectAll, "selectAll"),
    )
    return [
        _action(window, text, functools.partial(_on_focus, method), key, name=method.lower())
        for text, key, method in items
    ]


def _on_focus(method: str) -> None:
    widget = QApplication.focusWidget()
    call = getattr(widget, method, None) if widget is not None else None
    if callable(call):
        call()


def add_preview_actions(window: QMainWindow, site_preview: QAction, sync: QAction) -> None:
    """View ▸ Site Preview after the panes' actions, Synchronized Scrolling last."""
    view_menu = window.findChild(QMenu, "view_menu")
    assert view_menu is not None
    separator = next(a for a in view_menu.actions() if a.isSeparator())
    view_menu.insertAction(separator, site_preview)
    sync.setObjectName("sync_scrolling")
    view_menu.addAction(sync)


def add_article_menu(
    window: QMainWindow, actions: list[QAction], key_action: QAction | None
) -> QMenu:
    """Cover photo and inserted photos from Pexels, before the Site menu."""
    menu = QMenu(tr("&Article"), window)
    menu.setObjectName("article_menu")
    menu.addActions(actions)
    if key_action is not None:
        menu.addSeparator()
        menu.addAction(key_action)
    site_menu = window.findChild(QMenu, "site_menu")
    before = site_menu.menuAction() if site_menu is not None else None
    if before is not None:
        window.menuBar().insertMenu(before, menu)
    else:
        window.menuBar().addMenu(menu)
    help_menu = window.findChild(QMenu, "help_menu")
    if help_menu is not None:  # Help stays last, after the Site menu added meanwhile
        window.menuBar().removeAction(help_menu.menuAction())
        window.menuBar().addAction(help_menu.menuAction())
    return menu


def fill_recent(settings: Settings, menu: QMenu, open_recent: Callable[[str], object]) -> None:
    menu.clear()
    recent = settings.recent_files
    if not recent:
        empty = menu.addAction(tr("No recent files"))
        empty.setEnabled(False)
        return
    for number, name in enumerate(recent, start=1):
        path = Path(name)
        title = settings.recent_titles.get(name) or path.name
        label = f"{title} — {path.parent.name or path.parent}".replace("&", "&&")
        action = menu.addAction(f"&{number % 10} {label}")
        action.setToolTip(name)
        action.setStatusTip(name)
        action.triggered.connect(lambda _c=False, n=name: open_recent(n))


def _theme_menu(window: QMainWindow, current: str, set_theme: Callable[[str], object]) -> QMenu:
    menu = QMenu(tr("&Appearance"), window)
    menu.setObjectName("theme_menu")
    group = QActionGroup(menu)
    for code, label in (("system", tr("&System")), ("light", tr("&Light")), ("dark", tr("&Dark"))):
        action = menu.addAction(label)
        action.setObjectName(f"theme:{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)
        action.triggered.connect(lambda _c=False, c=code: set_theme(c))
    return menu


def _language_menu(
    window: QMainWindow, current: str, set_language: Callable[[str], object]
) -> QMenu:
    menu = QMenu(tr("&Language"), window)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    for code, label in (("system", tr("System Language")), ("nl", "Nederlands"), ("en", "English")):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _c=False, c=code: set_language(c))
    menu.setIcon(QIcon())
    return menu


# The Help dialogs are imported when first opened, not with the window (its start-up time).


def _show_shortcuts(window: QMainWindow) -> None:
    from redactie.gui.help_dialog import ShortcutsDialog

    ShortcutsDialog(_all_actions(window), window).exec()


def _show_cheat_sheet(window: QMainWindow) -> None:
    from redactie.gui.help_dialog import CheatSheetDialog

    CheatSheetDialog(window).exec()


def _show_about(window: QMainWindow) -> None:
    from redactie.gui.about_dialog import AboutDialog

    AboutDialog(window).exec()
