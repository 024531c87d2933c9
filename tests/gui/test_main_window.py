"""The real main window, offscreen, driven like a journalist would: keyboard, menus, prompts."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from tests.gui.conftest import answer_message_box, message_boxes_closed
from tests.paths import EXAMPLE_ARTICLE, SAMPLES

CORPUS_ARTICLE = SAMPLES / "istvnurbn__istvnurbn.github.io"


def _a_papermod_article() -> Path:
    return sorted(CORPUS_ARTICLE.rglob("*.md"))[0]


def _copy(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    shutil.copy(source, target)
    return target


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    a = before.decode().splitlines()
    b = after.decode().splitlines()
    return [line for line in difflib.unified_diff(a, b, lineterm="", n=0) if line[:1] in "+-"][2:]


def _field(window: MainWindow, key: str) -> QLineEdit:
    widget = window.form.findChild(QLineEdit, f"field:{key}")
    assert widget is not None
    return widget


def test_title_edit_in_the_form_changes_only_the_title_line(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(_a_papermod_article(), tmp_path)
    original = path.read_bytes()
    assert window.open_path(path)
    title = _field(window, "title")
    title.selectAll()
    qtbot.keyClicks(title, "Een nieuwe titel")
    assert window.isWindowModified()
    assert window.save()
    changed = _changed_lines(original, path.read_bytes())
    assert len(changed) == 2
    assert changed[0].startswith("-title:")
    assert changed[1].startswith("+title:") and "Een nieuwe titel" in changed[1]
    assert not window.isWindowModified()


def test_add_a_tag_with_the_keyboard(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    tag_input = window.form.findChild(QLineEdit, "field:tags")
    assert tag_input is not None
    tag_input.setFocus()
    qtbot.keyClicks(tag_input, "nieuws")
    qtbot.keyClick(tag_input, Qt.Key.Key_Return)
    window.save()
    assert _changed_lines(EXAMPLE_ARTICLE.read_bytes(), path.read_bytes()) == [
        '-tags: ["openai", "ai-agents", "talent", "innovatie"]',
        '+tags: ["openai", "ai-agents", "talent", "innovatie", "nieuws"]',
    ]


def test_raw_front_matter_invalid_and_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.form.raw_toggle.setChecked(True)
    raw = window.form.raw_panel.editor
    cursor = raw.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    raw.setTextCursor(cursor)
    raw.setFocus()
    qtbot.keyClicks(raw, " [kapot")
    problems = window.form.raw_panel.problem_texts()
    assert problems and "2" in problems[0]  # the title is on line 2 of the file
    assert _field(window, "title").text().startswith("OpenAI haalt")  # typed values kept
    for _ in range(len(" [kapot")):
        qtbot.keyClick(raw, Qt.Key.Key_Backspace)
    assert window.form.raw_panel.problem_texts() == []
    window.save()
    assert path.read_bytes() == EXAMPLE_ARTICLE.read_bytes()


def test_bold_toggle_on_a_selection_and_undo(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    editor = window.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)  # the body starts with a blank line
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    before = editor.markdown()
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == before.replace("\nHet ", "\n**Het** ", 1)
    window.file_actions.undo.trigger()
    assert editor.markdown() == before
    assert not window.isWindowModified()


def test_find_and_replace_all_is_one_undo_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    bar = window.find_bar
    bar.show_replace()
    bar.match_case.setChecked(True)
    bar.find_field.setText("AI")
    bar.replace_field.setText("KI")
    count = bar.replace_all()
    text = window.editor.markdown()
    assert count == EXAMPLE_ARTICLE.read_text().split("---\n", 2)[2].count("AI")
    assert "AI" not in text
    window.editor.undo()
    assert "KI-agents" not in window.editor.markdown()
    assert "AI-agents" in window.editor.markdown()


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.editor.textCursor().insertText("Nieuwe zin. ")
    seen = answer_message_box(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert seen[0] == "unsaved_prompt"
    assert window.isVisible()
    seen = answer_message_box(QMessageBox.StandardButton.Save)
    assert window.close()
    assert path.read_bytes().decode().split("---\n", 2)[2].startswith("Nieuwe zin. \nHet")


def test_close_and_discard_leaves_the_file_alone(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.editor.textCursor().insertText("Weg ermee. ")
    answer_message_box(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert path.read_bytes() == EXAMPLE_ARTICLE.read_bytes()


def test_external_change_without_local_edits_reloads_quietly(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    replacement = tmp_path / "nieuw.tmp"
    replacement.write_bytes(EXAMPLE_ARTICLE.read_bytes().replace(b"Bron: Het", b"Bron: De"))
    replacement.replace(path)  # as git and editors do: a new file renamed over the old
    qtbot.waitUntil(lambda: "Bron: De Financieele" in window.editor.markdown(), timeout=5000)
    assert not window.isWindowModified()


def test_touch_without_change_is_ignored(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.editor.textCursor().insertText("Mijn wijziging. ")
    with (
        message_boxes_closed() as asked,
        qtbot.waitSignal(window.watcher._watcher.fileChanged, timeout=5000),  # it looked
    ):
        path.write_bytes(path.read_bytes())  # same content: no question may be asked
    assert asked == []
    assert "Mijn wijziging." in window.editor.markdown()


def test_external_change_with_local_edits_asks_and_keeps_mine(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.editor.textCursor().insertText("Mijn wijziging. ")
    seen = answer_message_box("keep_mine")
    path.write_bytes(EXAMPLE_ARTICLE.read_bytes() + b"\nExtra van git.\n")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] == "external_change_prompt"
    assert "Mijn wijziging." in window.editor.markdown()
    assert window.isWindowModified()


def test_save_error_keeps_the_text_and_names_the_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.editor.textCursor().insertText("Belangrijk. ")
    missing = tmp_path / "weg" / "artikel.md"
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    assert not window.save_to(missing)
    assert seen[0] == "save_error"
    assert str(missing) in seen[1] and "still here" in seen[1]
    assert (
        window.editor.markdown().startswith("\nBelangrijk.")
        or "Belangrijk." in window.editor.markdown()
    )
    assert window.isWindowModified()


def test_opening_a_binary_file_shows_why(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "foto.md"
    path.write_bytes(b"\x89PNG\r\n\x00\x00")
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    assert not window.open_path(path)
    assert seen[0] == "open_error"
    assert "foto.md" in seen[1] and "not a text file" in seen[1]


def test_new_article_has_schema_defaults(window: MainWindow) -> None:
    window.new_article()
    data = window.document.article.data
    assert data["title"] == "" and data["draft"] is True
    assert data["date"].utcoffset() is not None


def test_standard_shortcuts(window: MainWindow) -> None:
    actions = window.file_actions
    assert actions.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert actions.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert actions.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert actions.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_recent_files_and_geometry_survive_a_restart(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    window.splitter.setSizes([300, 600, 380])
    sizes = window.splitter.sizes()
    window.close()
    from redactie.core import settings

    saved = settings.load(tmp_path / "settings.toml")
    assert saved.recent_files[0] == str(path.resolve())
    assert saved.splitter_sizes["main"] == sizes
    assert saved.window_geometry


@pytest.mark.parametrize("size", [(1280, 720)])
def test_screenshot_with_the_example_article(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    window.resize(*size)
    window.open_path(EXAMPLE_ARTICLE)
    qtbot.waitUntil(window.preview.is_current, timeout=15_000)  # the page shows the article
    shot = tmp_path / "main-window.png"
    assert window.grab().save(str(shot))
    print(f"\nscreenshot: {shot}")
    assert shot.stat().st_size > 10_000


def test_one_window_per_file(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    window.open_path(path)
    other = window.context.new_window()
    assert other.open_path(path)
    assert other.document.path is None  # the file stays in its first window
    assert [w.document.path for w in window.context.windows].count(path.resolve()) == 1


def test_dropping_a_file_opens_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = _copy(EXAMPLE_ARTICLE, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.path == path.resolve()
    assert window.windowTitle().startswith(path.name)


def test_status_bar_shows_words_characters_and_reading_time(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.open_path(EXAMPLE_ARTICLE)
    qtbot.waitUntil(lambda: "416" in window.stats_label.text(), timeout=3000)
    assert "Reading time: 2 min" in window.stats_label.text()


def test_about_names_the_version_the_word_lists_and_pexels(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QLabel

    from redactie import __version__
    from redactie.gui.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "about_text")
    assert text is not None
    for needle in (__version__, "OpenTaal", "SCOWL", "Pexels", "LGPL-3.0", "PyInstaller"):
        assert needle in text.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    # every row can be read: the text is never squeezed below its own height (it scrolls)
    assert text.height() >= text.heightForWidth(text.width())
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"
