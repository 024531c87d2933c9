"""A long article's first open in the real window: the first screen, then the rest in pieces.

The page's `redactie.apply` is watched by a script injected before the page's own (as the
benchmark does): each patch's HTML size and how many blocks the page then holds. The piece
budget is set small, so a long article arrives in many pieces; typing meanwhile, above and
below what is shown, ends in the DOM a fresh render of the final text gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWebEngineCore import QWebEngineScript
from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow
from redactie.gui.preview import PreviewPane
from tests.gui.test_preview import TIMEOUT, assert_page_is_a_fresh_render, js, write_article

BUDGET = 1_500  # characters of HTML per piece

_WATCH = """
(() => {
  const seen = [];
  window.__pieces = seen;
  let shown;
  Object.defineProperty(window, "redactie", {
    configurable: true,
    get() { return shown; },
    set(value) {
      const apply = value.apply;
      value.apply = function (patch) {
        const result = apply.call(this, patch);
        let html = 0;
        for (const [name, ...args] of patch.ops) {
          if (name === "insert") for (const [, h] of args[1]) html += h.length;
          if (name === "reset") for (const [, h] of args[0]) html += h.length;
        }
        const blocks = patch.ops.reduce((n, op) => n + (op[0] === "insert" ? op[2].length :
          op[0] === "reset" ? op[1].length : 0), 0);
        seen.push([patch.revision, html, blocks,
                   document.querySelectorAll("#redactie-content h2").length]);
        return result;
      };
      shown = value;
    },
  });
})();
"""


def watch(pane: PreviewPane) -> None:
    script = QWebEngineScript()
    script.setName("watch-pieces")
    script.setSourceCode(_WATCH)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    pane.page.scripts().insert(script)


def pieces(qtbot: QtBot, pane: PreviewPane) -> list[list[int]]:
    return js(qtbot, pane, "window.__pieces || []") or []


def long_body(sections: int) -> str:
    return "".join(
        f'## Deel {n}\n\nEen alinea van het lange artikel, nummer {n}, met "citaat".\n\n'
        f"- punt {n}\n- en nog een\n\n"
        for n in range(sections)
    )


def open_watched(window: MainWindow, tmp_path: Path, sections: int) -> None:
    """Open a long article with small pieces, the page logging each piece it applies."""
    window.preview.piece_chars = BUDGET
    watch(window.preview)
    assert window.open_path(write_article(tmp_path, long_body(sections), title='"Lang"'))


def test_a_long_article_shows_its_first_screen_then_the_rest_in_small_pieces(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = window.preview
    window.resize(1400, 900)
    open_watched(window, tmp_path, 600)
    qtbot.waitUntil(
        lambda: "nummer 0," in (js(qtbot, pane, "redactie.text()") or ""), timeout=TIMEOUT
    )
    shown_first = js(qtbot, pane, "document.querySelectorAll('#redactie-content h2').length")
    assert 0 < shown_first < 600  # the first screen, before the rest
    qtbot.waitUntil(pane.is_current, timeout=60_000)
    log = pieces(qtbot, pane)
    assert len(log) > 20
    for _, html, blocks, _ in log:
        assert html <= BUDGET or blocks == 1  # over the budget only one block at a time
    heads = [entry[3] for entry in log]
    assert heads == sorted(heads) and heads[-1] == 600  # the rest came in order, to the end
    assert_page_is_a_fresh_render(qtbot, window)


def test_typing_while_the_rest_arrives_ends_in_a_fresh_render_of_the_final_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pane = window.preview
    window.resize(1400, 900)
    open_watched(window, tmp_path, 900)
    qtbot.waitUntil(lambda: len(pieces(qtbot, pane)) >= 2, timeout=TIMEOUT)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("nummer 1,"))  # on the first screen
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, 'een "open citaat en ')
    cursor.setPosition(editor.toPlainText().index("## Deel 700"))  # not on the page yet
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "## Deel 3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    typed_at = len(pieces(qtbot, pane))
    still_coming = pane._worker.busy or bool(pane._queue)
    assert still_coming, "typed after the open was complete: the test proves nothing"
    qtbot.waitUntil(pane.is_current, timeout=60_000)
    assert len(pieces(qtbot, pane)) > typed_at  # the rest (and the edits) came after typing
    fresh = assert_page_is_a_fresh_render(qtbot, window)
    assert 'id="deel-3-1"' in fresh  # the typed heading took the id after the first one's
    assert "open citaat en" in fresh


def test_the_page_scrolls_and_links_while_the_rest_arrives(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Between pieces the page answers: a script (as a scroll or click is) runs at once."""
    pane = window.preview
    open_watched(window, tmp_path, 600)
    qtbot.waitUntil(lambda: len(pieces(qtbot, pane)) >= 2, timeout=TIMEOUT)
    answered: list[Any] = []
    pane.page.runJavaScript("window.scrollTo(0, 200), window.scrollY", 0, answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=TIMEOUT)
    arrived = len(pieces(qtbot, pane))
    qtbot.waitUntil(pane.is_current, timeout=60_000)
    assert arrived < len(pieces(qtbot, pane))  # it answered before the rest was in
