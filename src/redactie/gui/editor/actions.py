"""The editor's commands as QActions, for the window's menus and toolbar.

One object owns them so the window only places them (`menu_actions()`, or the three list
methods for `QWidget.addActions`). Formatting shortcuts work only while the editor has focus
(Ctrl+B in a front-matter field must not bold the article); find and replace anywhere in the
window. Undo and redo are not here: the editor handles Ctrl+Z itself and the window's Edit
menu owns those actions (two actions on one key would make Qt run neither).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

from redactie.gui.editor.find_replace import FindReplaceBar
from redactie.gui.editor.markdown_editor import MarkdownEditor
from redactie.gui.shortcuts import standard_keys

_Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionGroups:
    """Actions in menu order, separators included (actions with `isSeparator()`)."""

    edit: list[QAction]  # find and replace, for the Edit menu
    format: list[QAction]  # the Format menu
    toolbar: list[QAction]  # the most used formats, for a toolbar


class EditorActions(QObject):
    """Creates the actions and connects them to `editor` (and `find_bar`, if given)."""

    def __init__(
        self,
        editor: MarkdownEditor,
        find_bar: FindReplaceBar | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.find_bar = find_bar

        self.bold = self._make(
            self.tr("&Bold"), QKeySequence.StandardKey.Bold, editor.toggle_bold, "format-text-bold"
        )
        self.italic = self._make(
            self.tr("&Italic"),
            QKeySequence.StandardKey.Italic,
            editor.toggle_italic,
            "format-text-italic",
        )
        self.code = self._make(
            self.tr("&Code"), "Ctrl+Shift+C", editor.toggle_code, "format-text-code"
        )
        self.code.setStatusTip(self.tr("Inline code, or a code block around several lines"))
        self.link = self._make(self.tr("&Link…"), "Ctrl+K", editor.insert_link, "insert-link")
        self.link.setStatusTip(self.tr("Link the selection; in a link, remove the link"))
        self.paragraph = self._make(
            self.tr("&Paragraph"), "Ctrl+0", lambda: editor.set_heading(0), "format-text-plain"
        )
        self.headings = [
            self._make(
                self.tr("Heading &{0}").format(level),
                f"Ctrl+{level}",
                _heading(editor, level),
                "format-text-heading",
            )
            for level in (1, 2, 3)
        ]
        self.bullet_list = self._make(
            self.tr("Bulleted &list"),
            "Ctrl+Shift+8",
            editor.toggle_bullet_list,
            "format-list-unordered",
        )
        self.numbered_list = self._make(
            self.tr("&Numbered list"),
            "Ctrl+Shift+7",
            editor.toggle_numbered_list,
            "format-list-ordered",
        )
        self.quote = self._make(
            self.tr("&Quote"), "Ctrl+Shift+9", editor.toggle_quote, "format-text-blockquote"
        )
        self.paste_plain = self._make(
            self.tr("Paste as Plain &Text"), "Ctrl+Shift+V", editor.paste_plain, "edit-paste"
        )
        self.editing: tuple[QAction, ...] = (
            self.bold,
            self.italic,
            self.code,
            self.link,
            self.paragraph,
            *self.headings,
            self.bullet_list,
            self.numbered_list,
            self.quote,
            self.paste_plain,
        )

        self.find = self._make(
            self.tr("&Find…"), QKeySequence.StandardKey.Find, self._find, "edit-find"
        )
        self.replace = self._make(
            self.tr("R&eplace…"),
            QKeySequence.StandardKey.Replace,
            self._replace,
            "edit-find-replace",
        )
        self.find_next = self._make(
            self.tr("Find &next"), QKeySequence.StandardKey.FindNext, self._find_next, ""
        )
        self.find_previous = self._make(
            self.tr("Find pre&vious"),
            QKeySequence.StandardKey.FindPrevious,
            self._find_previous,
            "",
        )
        self.searching = (self.find, self.replace, self.find_next, self.find_previous)

        for action in self.editing:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in self.searching:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        editor.addActions(list(self.editing + self.searching))
        editor.reserve_shortcuts(
            key for action in self.editing + self.searching for key in action.shortcuts()
        )
        editor.installEventFilter(self)
        self._update_enabled()

    def menu_actions(self) -> ActionGroups:
        """The actions grouped for the Edit menu, the Format menu and a toolbar."""
        return ActionGroups(
            edit=[self.paste_plain, self._separator(), *self.searching],
            format=[
                self.bold,
                self.italic,
                self.code,
                self.link,
                self._separator(),
                self.paragraph,
                *self.headings,
                self._separator(),
                self.bullet_list,
                self.numbered_list,
                self.quote,
            ],
            toolbar=[
                self.bold,
                self.italic,
                self.link,
                self._separator(),
                self.headings[1],
                self.bullet_list,
                self.numbered_list,
                self.quote,
                self.code,
            ],
        )

    def edit_menu_actions(self) -> list[QAction]:
        return self.menu_actions().edit

    def format_menu_actions(self) -> list[QAction]:
        return self.menu_actions().format

    def toolbar_actions(self) -> list[QAction]:
        return self.menu_actions().toolbar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.editor and event.type() == QEvent.Type.ReadOnlyChange:
            self._update_enabled()
        return super().eventFilter(watched, event)

    def _update_enabled(self) -> None:
        """Nothing edits a read-only editor; searching needs a find bar."""
        editable = not self.editor.isReadOnly()
        for action in self.editing:
            action.setEnabled(editable)
        self.replace.setEnabled(editable and self.find_bar is not None)
        for action in (self.find, self.find_next, self.find_previous):
            action.setEnabled(self.find_bar is not None)

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def _make(self, text: str, key: _Key, slot: Callable[[], object], icon: str) -> QAction:
        action = QAction(text, self)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(standard_keys(key))  # all of the platform's keys
        else:
            action.setShortcut(QKeySequence(key))
        if icon and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").removesuffix("…")
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _find(self) -> None:
        if self.find_bar is not None:
            self.find_bar.show_find()

    def _replace(self) -> None:
        if self.find_bar is not None:
            self.find_bar.show_replace()

    def _find_next(self) -> None:
        if self.find_bar is not None:
            self.find_bar.find_next()

    def _find_previous(self) -> None:
        if self.find_bar is not None:
            self.find_bar.find_previous()


def _heading(editor: MarkdownEditor, level: int) -> Callable[[], None]:
    return lambda: editor.set_heading(level)
