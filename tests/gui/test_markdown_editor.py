"""The Markdown editor, driven through the keyboard as a journalist would use it.

Formatting goes through the real shortcuts (the actions of `EditorActions`), and every
toggle is checked both ways: applied twice, and undone with one Ctrl+Z, the text is exactly
what it was. Highlighting is read back from the QTextLayout formats Qt paints with.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from redactie.core.article import Article, textstats_parts
from redactie.core.article.textstats import TextStats, text_stats
from redactie.gui.editor import BlockKind, BlockState, EditorActions, MarkdownEditor
from tests.paths import EXAMPLE_ARTICLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PLAIN = QTextCharFormat()


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[MarkdownEditor]:
    widget = MarkdownEditor()
    EditorActions(widget, parent=widget)  # the shortcuts
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)  # shortcuts go by the focus widget
    QGuiApplication.clipboard().clear()
    yield widget


def put(editor: MarkdownEditor, text: str, start: int, end: int | None = None) -> None:
    """Set the text and select text[start:end] (or put the cursor at start)."""
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start if end is None else end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def press(
    qtbot: QtBot,
    editor: MarkdownEditor,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = CTRL,
) -> None:
    qtbot.keyClick(editor, key, modifiers)


def actions_of(editor: MarkdownEditor) -> EditorActions:
    actions = editor.findChild(EditorActions)
    assert actions is not None
    return actions


def undo(qtbot: QtBot, editor: MarkdownEditor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)


# -- inline formats ----------------------------------------------------------------------------


def test_ctrl_b_bolds_the_selection_and_toggles_back(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Een mooi woord hier", 9, 14)
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "Een mooi **woord** hier"
    assert editor.textCursor().selectedText() == "woord"
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "Een mooi woord hier"


def test_one_undo_restores_exactly(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Een mooi woord hier", 9, 14)
    press(qtbot, editor, Qt.Key.Key_B)
    undo(qtbot, editor)
    assert editor.toPlainText() == "Een mooi woord hier"
    assert not editor.document().isUndoAvailable()


def test_italic_on_the_word_under_the_cursor(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Het AI-talent is gewild", 6)
    press(qtbot, editor, Qt.Key.Key_I)
    assert editor.toPlainText() == "Het *AI-talent* is gewild"
    assert editor.textCursor().position() == 7  # still right after "AI"
    qtbot.keyClicks(editor, "x")
    assert editor.toPlainText() == "Het *AIx-talent* is gewild"
    undo(qtbot, editor)
    press(qtbot, editor, Qt.Key.Key_I)
    assert editor.toPlainText() == "Het AI-talent is gewild"


def test_bold_without_a_word_inserts_a_pair_to_type_in(
    qtbot: QtBot, editor: MarkdownEditor
) -> None:
    put(editor, "Begin  eind", 6)
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "Begin **** eind"
    qtbot.keyClicks(editor, "vet")
    assert editor.toPlainText() == "Begin **vet** eind"
    put(editor, "Begin  eind", 6)
    press(qtbot, editor, Qt.Key.Key_B)
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "Begin  eind"


def test_italic_and_bold_combine_and_come_apart(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Dit is **belangrijk** nieuws", 9, 19)
    press(qtbot, editor, Qt.Key.Key_I)
    assert editor.toPlainText() == "Dit is ***belangrijk*** nieuws"
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "Dit is *belangrijk* nieuws"
    press(qtbot, editor, Qt.Key.Key_I)
    assert editor.toPlainText() == "Dit is belangrijk nieuws"


def test_selection_with_the_markers_and_with_spaces(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "een **vet** woord", 4, 11)  # "**vet** " with its trailing space
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "een vet woord"
    put(editor, "een vet woord", 3, 8)  # " vet ": the spaces stay outside
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "een **vet** woord"


def test_bold_over_several_lines_wraps_each_line(qtbot: QtBot, editor: MarkdownEditor) -> None:
    text = "eerste regel\n\ntweede regel"
    put(editor, text, 0, len(text))
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "**eerste regel**\n\n**tweede regel**"
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == text
    undo(qtbot, editor)
    assert editor.toPlainText() == "**eerste regel**\n\n**tweede regel**"
    undo(qtbot, editor)
    assert editor.toPlainText() == text


def test_positions_after_an_emoji(qtbot: QtBot, editor: MarkdownEditor) -> None:
    text = "😀 woord 😀 ander"
    put(editor, text, 5)  # Qt counts UTF-16: the emoji is two units; the cursor is in "woord"
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == "😀 **woord** 😀 ander"
    press(qtbot, editor, Qt.Key.Key_B)
    assert editor.toPlainText() == text


def test_inline_code_toggles(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Run x = 1 now", 4, 9)
    editor.toggle_code()
    assert editor.toPlainText() == "Run `x = 1` now"
    editor.toggle_code()
    assert editor.toPlainText() == "Run x = 1 now"
    put(editor, "Use a`b here", 4, 7)
    editor.toggle_code()
    assert editor.toPlainText() == "Use ``a`b`` here"
    editor.toggle_code()
    assert editor.toPlainText() == "Use a`b here"


def test_code_block_around_several_lines(qtbot: QtBot, editor: MarkdownEditor) -> None:
    text = "Tekst\nprint(1)\nprint(2)\nEinde"
    put(editor, text, 8, 20)  # from inside "print(1)" to inside "print(2)"
    press(qtbot, editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert editor.toPlainText() == "Tekst\n```\nprint(1)\nprint(2)\n```\nEinde"
    press(qtbot, editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert editor.toPlainText() == text
    undo(qtbot, editor)
    undo(qtbot, editor)
    assert editor.toPlainText() == text


def test_code_block_with_the_fences_selected_is_removed(
    qtbot: QtBot, editor: MarkdownEditor
) -> None:
    text = "a\n```\ncode\n```\nb"
    put(editor, text, 2, 13)
    editor.toggle_code()
    assert editor.toPlainText() == "a\ncode\nb"


# -- links -------------------------------------------------------------------------------------


def test_ctrl_k_links_the_selection_and_selects_the_url(
    qtbot: QtBot, editor: MarkdownEditor
) -> None:
    put(editor, "Lees het bij Hugo vandaag", 13, 17)
    press(qtbot, editor, Qt.Key.Key_K)
    assert editor.toPlainText() == "Lees het bij [Hugo](https://) vandaag"
    assert editor.textCursor().selectedText() == "https://"
    qtbot.keyClicks(editor, "https://gohugo.io")
    assert editor.toPlainText() == "Lees het bij [Hugo](https://gohugo.io) vandaag"


def test_ctrl_k_twice_restores_and_in_a_link_unlinks(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Lees het bij Hugo vandaag", 13, 17)
    press(qtbot, editor, Qt.Key.Key_K)
    press(qtbot, editor, Qt.Key.Key_K)
    assert editor.toPlainText() == "Lees het bij Hugo vandaag"
    put(editor, "Zie [de site](https://x.nl/a_(b)) nu", 7)
    press(qtbot, editor, Qt.Key.Key_K)
    assert editor.toPlainText() == "Zie de site nu"
    assert editor.textCursor().selectedText() == "de site"


def test_a_url_on_the_clipboard_is_used(qtbot: QtBot, editor: MarkdownEditor) -> None:
    QGuiApplication.clipboard().setText("https://nos.nl/artikel/1")
    put(editor, "Bron: NOS", 6, 9)
    editor.insert_link()
    assert editor.toPlainText() == "Bron: [NOS](https://nos.nl/artikel/1)"
    assert editor.textCursor().selectedText() == "https://nos.nl/artikel/1"


def test_link_without_selection_or_word(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Zie  hier", 4)
    editor.insert_link()
    assert editor.toPlainText() == "Zie [](https://) hier"
    qtbot.keyClicks(editor, "tekst")
    assert editor.toPlainText() == "Zie [tekst](https://) hier"


# -- line formats ------------------------------------------------------------------------------


def test_heading_shortcuts(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "Tussenkop\nTekst", 3)
    press(qtbot, editor, Qt.Key.Key_2)
    assert editor.toPlainText() == "## Tussenkop\nTekst"
    assert editor.textCursor().position() == 6  # still inside the word
    press(qtbot, editor, Qt.Key.Key_3)
    assert editor.toPlainText() == "### Tussenkop\nTekst"
    press(qtbot, editor, Qt.Key.Key_3)
    assert editor.toPlainText() == "Tussenkop\nTekst"
    press(qtbot, editor, Qt.Key.Key_1)
    press(qtbot, editor, Qt.Key.Key_0)
    assert editor.toPlainText() == "Tussenkop\nTekst"
    press(qtbot, editor, Qt.Key.Key_1)
    undo(qtbot, editor)
    assert editor.toPlainText() == "Tussenkop\nTekst"


def test_heading_over_selected_lines_skips_blank_ones(qtbot: QtBot, editor: MarkdownEditor) -> None:
    text = "Een\n\nTwee\nDrie"
    put(editor, text, 0, len("Een\n\nTwee\n"))  # ends at the start of "Drie": not included
    editor.set_heading(2)
    assert editor.toPlainText() == "## Een\n\n## Twee\nDrie"
    editor.set_heading(2)
    assert editor.toPlainText() == text


def test_bullet_and_numbered_lists(qtbot: QtBot, editor: MarkdownEditor) -> None:
    text = "appels\n\n  peren\nbananen"
    put(editor, text, 0, len(text))
    editor.toggle_bullet_list()
    assert editor.toPlainText() == "- appels\n\n  - peren\n- bananen"
    editor.toggle_bullet_list()
    assert editor.toPlainText() == text
    editor.toggle_numbered_list()
    assert editor.toPlainText() == "1. appels\n\n  1. peren\n2. bananen"
    editor.toggle_bullet_list()  # from numbers to bullets in one go
    assert editor.toPlainText() == "- appels\n\n  - peren\n- bananen"
    undo(qtbot, editor)
    undo(qtbot, editor)
    assert editor.toPlainText() == text


def test_list_shortcuts(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "punt", 0)
    actions = actions_of(editor)
    actions.bullet_list.trigger()
    assert editor.toPlainText() == "- punt"
    actions.numbered_list.trigger()
    assert editor.toPlainText() == "1. punt"


def test_quote_keeps_paragraphs_in_one_quote(qtbot: QtBot, editor: MarkdownEditor) -> None:
    text = "Eerste alinea.\n\nTweede alinea."
    put(editor, text, 0, len(text))
    editor.toggle_quote()
    assert editor.toPlainText() == "> Eerste alinea.\n>\n> Tweede alinea."
    editor.toggle_quote()
    assert editor.toPlainText() == text
    editor.toggle_quote()
    undo(qtbot, editor)
    assert editor.toPlainText() == text


# -- typing ------------------------------------------------------------------------------------


def test_tab_inserts_spaces_and_indents_list_items(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "ab", 2)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "ab  "
    put(editor, "- punt", 2)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    - punt"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.toPlainText() == "- punt"
    text = "een\ntwee"
    put(editor, text, 0, len(text))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    een\n    twee"
    undo(qtbot, editor)
    assert editor.toPlainText() == text


def test_shift_enter_starts_a_real_line(qtbot: QtBot, editor: MarkdownEditor) -> None:
    put(editor, "ab", 1)
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)
    assert editor.document().blockCount() == 2
    assert editor.markdown() == "a\nb"


def test_markdown_keeps_non_breaking_spaces(editor: MarkdownEditor) -> None:
    editor.setPlainText("€\u00a05\nregel")
    assert editor.markdown() == "€\u00a05\nregel"
    assert editor.toPlainText() == "€ 5\nregel"  # what Qt's own method would save


# -- look --------------------------------------------------------------------------------------


def test_readable_font_soft_wrap_and_a_centred_column(editor: MarkdownEditor) -> None:
    assert editor.font().pointSizeF() >= 11
    assert not QFont(editor.font()).fixedPitch()
    assert editor.lineWrapMode() == editor.LineWrapMode.WidgetWidth
    editor.resize(1600, 500)
    wide = editor.viewportMargins()
    assert wide.left() > 200
    assert abs(wide.left() - wide.right()) <= 1
    column = editor.viewport().width() / editor.fontMetrics().averageCharWidth()
    assert 65 <= column <= 110
    editor.resize(500, 500)
    assert editor.viewportMargins().left() == 0


def test_clicks_and_scrolling_in_the_margins_reach_the_text(
    qtbot: QtBot, editor: MarkdownEditor
) -> None:
    editor.resize(1600, 400)
    editor.setPlainText("\n".join(f"regel {n}" for n in range(200)))
    margin = editor.viewportMargins().left()
    assert margin > 100
    line = editor.document().findBlockByNumber(3)
    y = int(editor.blockBoundingGeometry(line).translated(editor.contentOffset()).center().y())
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(margin // 2, y))
    assert editor.textCursor().blockNumber() == 3
    assert editor.textCursor().positionInBlock() == 0
    right = editor.width() - margin // 2
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(right, y))
    assert editor.textCursor().positionInBlock() == len("regel 3")
    wheel = QWheelEvent(
        QPointF(margin / 2, y),
        QPointF(editor.mapToGlobal(QPoint(margin // 2, y))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(editor, wheel)
    assert editor.verticalScrollBar().value() > 0


# -- statistics --------------------------------------------------------------------------------


def test_stats_follow_typing_after_a_pause(qtbot: QtBot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Een twee drie")
    assert editor.stats == TextStats(words=3, characters=13, reading_minutes=1)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.statsChanged, timeout=3000) as signal:
        qtbot.keyClicks(editor, " vier")
    assert signal.args == [TextStats(words=4, characters=18, reading_minutes=1)]


def test_typing_in_half_a_megabyte_does_not_count_per_keystroke(
    qtbot: QtBot, editor: MarkdownEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long text is counted in the pool, once per pause, and only the part typed in."""
    body = Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body
    big = body * (500_000 // len(body) + 1)
    counted: list[tuple[int, bool]] = []

    def counting(text: str) -> TextStats:
        counted.append((len(text), threading.current_thread() is threading.main_thread()))
        return text_stats(text)

    monkeypatch.setattr(textstats_parts, "text_stats", counting)
    editor.set_markdown(big)
    qtbot.waitUntil(lambda: editor.stats == text_stats(big), timeout=60_000)
    assert counted and not any(on_gui for _, on_gui in counted)
    emitted: list[TextStats] = []
    editor.statsChanged.connect(emitted.append)
    counted.clear()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    burst = " Nog een paar woorden erbij."
    qtbot.keyClicks(editor, burst)
    assert counted == []  # nothing counted while typing
    assert emitted == []
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=5000)
    assert len(emitted) == 1
    assert emitted[0] == text_stats(big + burst)
    assert not any(on_gui for _, on_gui in counted)
    assert sum(size for size, _ in counted) < len(body)  # the last part, not the whole text


# -- highlighting ------------------------------------------------------------------------------


def format_at(editor: MarkdownEditor, line: int, column: int) -> QTextCharFormat:
    """The character format Qt paints at a line and (UTF-16) column (empty: plain text)."""
    block = editor.document().findBlockByNumber(line)
    ranges = block.layout().formats()
    for fmt in ranges:
        if fmt.start <= column < fmt.start + fmt.length:
            return QTextCharFormat(fmt.format)  # a copy: the range owns its format
    return PLAIN


def state_of(editor: MarkdownEditor, line: int) -> BlockState:
    return BlockState.decode(editor.document().findBlockByNumber(line).userState())


def test_heading_is_bold_and_larger(editor: MarkdownEditor) -> None:
    editor.setPlainText("## Een kop\nTekst")
    heading = format_at(editor, 0, 5)
    assert heading.fontWeight() == QFont.Weight.Bold
    assert heading.fontPointSize() > editor.font().pointSizeF()
    assert format_at(editor, 0, 0).foreground().color() != editor.palette().color(
        QPalette.ColorRole.Text
    )  # the "##" is muted
    assert format_at(editor, 1, 1) == PLAIN


def test_fenced_code_lines_carry_the_code_format_and_state(editor: MarkdownEditor) -> None:
    editor.setPlainText("```python\nx = **1**\n~~~\n```\nTekst *nadruk*")
    code = format_at(editor, 1, 5)
    assert code.fontFixedPitch()
    assert code.fontWeight() != QFont.Weight.Bold  # no emphasis inside code
    assert state_of(editor, 0) == BlockState(BlockKind.FENCED_CODE, "```")
    assert state_of(editor, 1).kind is BlockKind.FENCED_CODE
    assert state_of(editor, 2).kind is BlockKind.FENCED_CODE  # ~~~ does not close ```
    assert state_of(editor, 3).kind is BlockKind.NORMAL
    assert format_at(editor, 4, 8).fontItalic()


def test_shortcodes_are_highlighted_also_over_lines(editor: MarkdownEditor) -> None:
    editor.setPlainText('Zie {{< figure src="x.jpg" >}} hier\n{{% notice\n  tip %}}\nTekst')
    shortcode = format_at(editor, 0, 5)
    name = format_at(editor, 0, 9)
    assert shortcode.background().color().alpha() > 0
    assert name.fontWeight() == QFont.Weight.Bold
    assert format_at(editor, 0, 33) == PLAIN  # "hier"
    assert state_of(editor, 1).kind is BlockKind.SHORTCODE
    assert format_at(editor, 2, 2).background() == shortcode.background()
    assert state_of(editor, 2).kind is BlockKind.NORMAL
    assert format_at(editor, 3, 1) == PLAIN


def test_html_comments_over_lines_and_tags(editor: MarkdownEditor) -> None:
    editor.setPlainText("<!-- begin\n*geen nadruk*\neinde --> <b>vet</b>")
    assert state_of(editor, 0).kind is BlockKind.HTML_COMMENT
    assert state_of(editor, 1).kind is BlockKind.HTML_COMMENT
    assert format_at(editor, 1, 3).fontItalic()  # comments are italic ...
    assert format_at(editor, 1, 3) == format_at(editor, 0, 1)  # ... and nothing else
    assert state_of(editor, 2).kind is BlockKind.NORMAL
    assert format_at(editor, 2, 11) != PLAIN  # <b>
    assert format_at(editor, 2, 14) == PLAIN  # vet


def test_quotes_with_lists_inside(editor: MarkdownEditor) -> None:
    editor.setPlainText("> - punt in een citaat")
    marker = format_at(editor, 0, 2)
    assert marker.fontWeight() == QFont.Weight.Bold
    assert marker.foreground().color() == editor.palette().color(QPalette.ColorRole.Link)


def test_links_emphasis_and_emoji_offsets(editor: MarkdownEditor) -> None:
    editor.setPlainText("😀 [**vet** link](https://x.nl/a_b_c) _schuin_")
    link_color = editor.palette().color(QPalette.ColorRole.Link)
    bold_in_link = format_at(editor, 0, 6)  # "v", after the two UTF-16 units of the emoji
    assert bold_in_link.fontWeight() == QFont.Weight.Bold
    assert bold_in_link.foreground().color() == link_color
    assert format_at(editor, 0, 30).fontItalic() is False  # underscores in the URL
    assert format_at(editor, 0, 39).fontItalic()


def test_colours_follow_the_palette(editor: MarkdownEditor) -> None:
    editor.setPlainText("[link](x)")
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#ff8800"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    editor.setPalette(palette)
    assert format_at(editor, 0, 2).foreground().color() == QColor("#ff8800")


# -- actions -----------------------------------------------------------------------------------


def test_actions_have_shortcuts_text_and_groups(editor: MarkdownEditor) -> None:
    actions = actions_of(editor)
    assert actions.bold.shortcut() == QKeySequence(QKeySequence.StandardKey.Bold)
    assert actions.italic.shortcut() == QKeySequence(QKeySequence.StandardKey.Italic)
    assert actions.link.shortcut() == QKeySequence("Ctrl+K")
    assert [a.shortcut().toString() for a in actions.headings] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    assert actions.paragraph.shortcut() == QKeySequence("Ctrl+0")
    assert actions.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    groups = actions.menu_actions()
    for group in (groups.edit, groups.format, groups.toolbar):
        for action in group:
            assert action.isSeparator() or (action.text() and action.toolTip())
    assert actions.bold in groups.format
    assert actions.bold in actions.toolbar_actions()
    assert actions.format_menu_actions()[4].isSeparator()
    edit = actions.edit_menu_actions()
    assert edit[0] is actions.paste_plain and edit[1].isSeparator()
    assert edit[2:] == [actions.find, actions.replace, actions.find_next, actions.find_previous]


def test_shortcuts_beside_the_windows_own_undo(qtbot: QtBot) -> None:
    """The window owns Undo (Ctrl+Z) for every field; in the editor both Ctrl+Z and the
    formatting shortcuts must still work, and Ctrl+B must not act from another field."""
    window = QMainWindow()
    qtbot.addWidget(window)
    undo = QAction("Undo", window)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.triggered.connect(lambda: window.setWindowTitle("window undo"))
    window.menuBar().addMenu("Edit").addAction(undo)
    central = QWidget(window)
    layout = QVBoxLayout(central)
    field = QLineEdit(central)
    editor = MarkdownEditor(central)
    layout.addWidget(field)
    layout.addWidget(editor)
    window.setCentralWidget(central)
    EditorActions(editor, parent=window)
    window.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)  # shortcuts go by the focus widget
    qtbot.keyClicks(editor, "woord")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.toPlainText() == "**woord**"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "woord"
    assert window.windowTitle() != "window undo"
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_B, CTRL)
    assert editor.toPlainText() == "woord"


def test_actions_are_disabled_when_they_cannot_act(qtbot: QtBot, editor: MarkdownEditor) -> None:
    actions = actions_of(editor)
    editor.setPlainText("tekst")
    assert actions.bold.isEnabled()
    assert not actions.find.isEnabled()  # no find bar attached to this editor
    editor.setReadOnly(True)
    assert not actions.bold.isEnabled()
    assert not actions.link.isEnabled()
    editor.setReadOnly(False)
    assert actions.bold.isEnabled()


def test_extra_selection_groups_do_not_wipe_each_other(editor: MarkdownEditor) -> None:
    editor.setPlainText("abc")
    one, two = QTextEdit.ExtraSelection(), QTextEdit.ExtraSelection()
    one.cursor = editor.textCursor()
    two.cursor = editor.textCursor()
    editor.set_extra_selections_group("a", [one])
    editor.set_extra_selections_group("b", [two])
    assert len(editor.extraSelections()) == 2
    editor.set_extra_selections_group("a", [])
    assert len(editor.extraSelections()) == 1
