"""What comes after the window is usable (issue 18): the cover's thumbnail from the network, the
dictionaries and the alt-language tables. The window shows and takes typing while a thumbnail
server holds its answer; the thumbnail, the spelling marks and the checks still arrive after."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.core.checks import alt_text
from redactie.gui.context import AppContext
from redactie.gui.form.cover import ImageField
from redactie.gui.main_window import MainWindow
from tests.gui.test_form import _ImageServer, image_server  # noqa: F401 (fixture)
from tests.gui.underlines import settle, underlined


def _article(folder: Path, cover: str, body: str = "Een zin.\n") -> Path:
    path = folder / "artikel.md"
    path.write_text(
        f'---\ntitle: Foto\ncover:\n  image: "{cover}"\n  alt: "Een fiets op de dijk"\n---\n'
        + body,
        encoding="utf-8",
    )
    return path


def test_a_held_thumbnail_does_not_hold_the_window(
    qtbot: QtBot,
    context: AppContext[MainWindow],
    image_server: _ImageServer,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    url = f"http://127.0.0.1:{image_server.server_address[1]}/cover.png"
    window = context.new_window()  # shown
    window.open_path(_article(tmp_path, url))
    qtbot.waitExposed(window)
    field = window.form.editors["cover.image"]
    assert isinstance(field, ImageField)
    # The form's thumbnail and the preview page's <img> (the web engine's own) both ask.
    qtbot.waitUntil(lambda: "/cover.png" in image_server.paths, timeout=10_000)
    # The server holds the answer: the download waits in a thread of its own, not the GUI's.
    assert any(t.name == "redactie-thumbnail" for t in threading.enumerate())
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "Nog een.")
    assert window.editor.toPlainText().endswith("Nog een.")
    assert field.preview_state == "loading"
    image_server.answer.set()
    qtbot.waitUntil(lambda: field.preview_state == "loaded", timeout=10_000)
    assert not field.thumbnail.pixmap().isNull()


def test_spelling_starts_after_the_first_paint_and_still_marks(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    window = MainWindow(context)
    window.open_path(_article(tmp_path, "", "De burgemeestre spreekt gisterne.\n"))
    assert not window.spelling.started  # built and loaded, not painted: no dictionaries yet
    assert window.spelling.checker is None
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.spelling.started, timeout=10_000)
    qtbot.waitUntil(lambda: window.spelling.checker is not None, timeout=10_000)
    settle(qtbot, window.editor)
    assert underlined(window.editor) == ["burgemeestre", "gisterne"]


def test_a_window_never_shown_still_gets_its_dictionaries(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    window = MainWindow(context)
    window.open_path(_article(tmp_path, ""))
    qtbot.waitUntil(lambda: window.spelling.checker is not None, timeout=10_000)


def test_the_alt_language_tables_wait_for_an_alt_to_judge(
    qtbot: QtBot, context: AppContext[MainWindow], tmp_path: Path
) -> None:
    """Unpacking them is seconds of Python holding the GIL: not with the window, only once a
    check run finds an alt (test_site_checks shows the finding arriving after)."""
    window = context.new_window()
    runner = window.site_tools.checks
    path = tmp_path / "zonder.md"
    path.write_text("---\ntitle: Zonder foto\n---\nEen zin zonder beeld.\n", encoding="utf-8")
    window.open_path(path)
    assert not runner._tables_started
    runner.refresh()
    assert not runner._tables_started
    window.open_path(_article(tmp_path, ""))
    runner.refresh()
    qtbot.waitUntil(lambda: runner._tables_started or alt_text.tables_ready(), timeout=10_000)
