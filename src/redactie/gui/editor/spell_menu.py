"""Right-click on a misspelled word: suggestions (the best first), Add to dictionary, Ignore.

`SpellActions` builds that part of a menu for any text widget and says which word it accepted,
so every view of the article can repaint it; `EditorSpelling` puts it on the Markdown editor and
switches the highlighter's underlines on and off. Suggestions are asked for only when the menu
opens: Hunspell needs tens of milliseconds for them, too slow for every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from redactie.core.spelling import SpellChecker
from redactie.gui.editor.markdown_editor import MarkdownEditor


class SpellActions(QObject):
    """The spelling entries of a context menu, for one checker."""

    wordAccepted = Signal(str)  # noqa: N815 (Qt's signal style)

    def __init__(self, checker: SpellChecker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker = checker

    def add_to(self, menu: QMenu, word: str, replace: Callable[[str], None]) -> None:
        """Put suggestions, Add and Ignore for `word` at the top of `menu`."""
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggest(word)
        entries = []
        for index, suggestion in enumerate(suggestions):
            action = menu.addAction(suggestion)
            action.setObjectName(f"spell:suggestion:{index}")
            action.triggered.connect(lambda _=False, text=suggestion: replace(text))
            if index == 0:
                font = QFont(action.font())
                font.setBold(True)
                action.setFont(font)
            entries.append(action)
        if not suggestions:
            none = menu.addAction(self.tr("No suggestions"))
            none.setObjectName("spell:none")
            none.setEnabled(False)
            entries.append(none)
        entries.append(menu.addSeparator())
        add = menu.addAction(self.tr("Add “{0}” to Word List").format(word))
        add.setObjectName("spell:add")
        add.triggered.connect(lambda: self._accept(word, self.checker.add_word))
        ignore = menu.addAction(self.tr("Ignore in this article"))
        ignore.setObjectName("spell:ignore")
        ignore.triggered.connect(lambda: self._accept(word, self.checker.ignore))
        entries += [add, ignore, menu.addSeparator()]
        if first is not None:
            for action in entries:
                menu.removeAction(action)
            menu.insertActions(first, entries)

    def _accept(self, word: str, how: Callable[[str], None]) -> None:
        how(word)
        self.wordAccepted.emit(word)


class EditorSpelling(QObject):
    """Spell checking in a `MarkdownEditor`: underlines through its highlighter, and the menu."""

    wordAccepted = Signal(str)  # noqa: N815 (Qt's signal style)

    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.actions: SpellActions | None = None
        # A signal, not an event filter: no Python callback can run while the editor is
        # being destroyed, and the connection goes away with this object.
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show_menu)

    @property
    def checker(self) -> SpellChecker | None:
        return self.actions.checker if self.actions else None

    def set_checker(self, checker: SpellChecker | None) -> None:
        """Start (a loaded checker) or stop (None) checking; repaints the whole article once."""
        if self.actions is not None:
            self.actions.deleteLater()
        self.actions = None
        if checker is not None:
            self.actions = SpellActions(checker, self)
            self.actions.wordAccepted.connect(self.refresh_word)
            self.actions.wordAccepted.connect(self.wordAccepted)
        self.editor.highlighter.set_spell_checker(checker)

    def refresh_word(self, word: str) -> None:
        """Repaint only the lines that contain `word` (after Add or Ignore, here or elsewhere)."""
        block = self.editor.document().firstBlock()
        while block.isValid():
            if word in block.text():
                self.editor.highlighter.repaint_block(block)
            block = block.next()

    def menu_at(self, position: QPoint) -> QMenu:
        """The editor's context menu for a viewport position, with spelling entries on top
        when a misspelled word is there."""
        menu = self.editor.createStandardContextMenu(position)
        if self.actions is None:
            return menu
        self.editor.highlighter.release_typed_word()
        cursor = self.editor.cursorForPosition(position)
        block = cursor.block()
        span = underlined_span(block, cursor.positionInBlock())
        if span is None:
            return menu
        start, end = span
        word = block.text().encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")

        def replace(suggestion: str) -> None:
            edit = QTextCursor(block)
            edit.setPosition(block.position() + start)
            edit.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(suggestion)

        self.actions.add_to(menu, word, replace)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        menu = self.menu_at(position)
        menu.exec(self.editor.viewport().mapToGlobal(position))
        menu.deleteLater()


def underlined_span(block: QTextBlock, offset: int) -> tuple[int, int] | None:
    """The misspelled word at `offset` (UTF-16, in the block) as the highlighter underlined it:
    what the user sees is what the menu acts on."""
    ranges = sorted(
        (r.start, r.start + r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    )
    for index, (start, end) in enumerate(ranges):
        if start <= offset <= end:
            first, last = start, end
            for before in reversed(ranges[:index]):  # a word split by bold or a link format
                if before[1] != first:
                    break
                first = before[0]
            for after in ranges[index + 1 :]:
                if after[0] != last:
                    break
                last = after[1]
            return first, last
    return None
