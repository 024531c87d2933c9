"""The Markdown editor component: the text widget, its highlighter, actions and find bar.

Wiring, in the window: `MarkdownEditor` with a `FindReplaceBar(editor)` laid out under it,
`EditorActions(editor, bar)` for the menus (`menu_actions()`, or `edit_menu_actions()`,
`format_menu_actions()`, `toolbar_actions()` for `addActions`), and `statsChanged` into the
status bar through `format_stats`. Save with `editor.markdown()`, not `toPlainText()`.
"""

from redactie.gui.editor.actions import ActionGroups, EditorActions
from redactie.gui.editor.find_replace import FindReplaceBar
from redactie.gui.editor.highlighter import BlockKind, BlockState, MarkdownHighlighter
from redactie.gui.editor.markdown_editor import MarkdownEditor, format_stats

__all__ = [
    "ActionGroups",
    "BlockKind",
    "BlockState",
    "EditorActions",
    "FindReplaceBar",
    "MarkdownEditor",
    "MarkdownHighlighter",
    "format_stats",
]
