"""A keystroke costs work in proportion to the edit, not to the article (issue 18, item 4).

No clock: the proof is a count of the work one key causes in the real window holding a 5 MB
article (with a footnote and a shortcode far from the edit). While the key is handled,
nothing reads the whole text (`toRawText`, `toPlainText`, the preview engine's snapshot or
reset), the highlighter formats the one line typed in, and the preview still shows the key
and the file on disk gets it byte for byte. What reads the whole body after a pause runs in
the pool: the alt texts' language, 340 ms of the GUI thread at 5 MB before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from redactie.core.checks import alt_text
from redactie.core.render.incremental import IncrementalRenderer
from redactie.gui.editor.highlighter import MarkdownHighlighter
from redactie.gui.main_window import MainWindow
from tests.gui.test_preview import js

FRONT = '---\ntitle: "Lang"\ndate: 2026-01-20T10:00:00+01:00\ndraft: false\n---\n\n'
SIZE = 5_000_000
OPEN_TIMEOUT = 900_000  # a 5 MB first render in the worker, on a loaded machine


def _paragraph(n: int) -> str:
    return (
        f"Alinea {n} over de gemeenteraad, die vanavond opnieuw vergadert over het "
        f"nieuwe stadhuis en de kosten daarvan voor de inwoners van de stad.\n\n"
    )


def big_body() -> str:
    """About 5 MB of paragraphs; a footnote and a shortcode near the start, none nearby."""
    head = 'Een zin met een voetnoot.[^1]\n\n{{< figure src="a.jpg" >}}\n\n'
    parts = [head]
    size, n = len(head), 0
    while size < SIZE:
        part = _paragraph(n)
        parts.append(part)
        size += len(part)
        n += 1
    parts.append("[^1]: De voetnoot.\n")
    return "".join(parts)


@contextmanager
def counting(names: list[tuple[Any, str]]) -> Iterator[dict[str, int]]:
    """Count calls of these methods (owner, name) while the block runs."""
    counts = {name: 0 for _, name in names}
    saved = [(owner, name, getattr(owner, name)) for owner, name in names]

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return method(*args, **kwargs)

        return counted

    for owner, name, method in saved:
        setattr(owner, name, wrap(name, method))
    try:
        yield counts
    finally:
        for owner, name, method in saved:
            setattr(owner, name, method)


@pytest.mark.slow
def test_a_key_into_5_mb_reads_only_its_line_and_reaches_page_and_disk(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    body = big_body()
    path = tmp_path / "lang.md"
    path.write_bytes((FRONT + body).encode("utf-8"))
    window.resize(1400, 900)
    assert window.open_path(path)
    pane = window.preview
    qtbot.waitUntil(pane.is_current, timeout=OPEN_TIMEOUT)
    # The highlighter's slices done: a line still waiting for its slice is formatted by it.
    highlighter = window.editor.highlighter
    qtbot.waitUntil(lambda: not highlighter.slices_pending, timeout=OPEN_TIMEOUT)
    target = "Alinea 20000 over"
    offset = window.document.article.body.index(target) + len("Alinea 20000")
    cursor = window.editor.textCursor()
    cursor.setPosition(offset)  # ASCII text: Python and Qt positions agree
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()

    watched = [
        (QTextDocument, "toRawText"),
        (QTextDocument, "toPlainText"),
        (QPlainTextEdit, "toPlainText"),
        (IncrementalRenderer, "snapshot"),
        (IncrementalRenderer, "reset"),
        (MarkdownHighlighter, "_markdown"),
        (IncrementalRenderer, "change"),
    ]
    with counting(watched) as counts:
        qtbot.keyClick(window.editor, "x")
    assert counts == {
        "toRawText": 0,
        "toPlainText": 0,
        "snapshot": 0,
        "reset": 0,
        "_markdown": 1,  # the line typed in, and no other
        "change": 1,  # the preview was told about that one line
    }

    # What the user sees: the page has the key, the engine needed no full render.
    qtbot.waitUntil(pane.is_current, timeout=60_000)
    typed = js(qtbot, pane, "document.body.textContent.includes('Alinea 20000x over')")
    assert typed is True
    # And the file gets exactly that key, nothing else changed.
    assert window.save()
    expected = FRONT + body.replace(target, "Alinea 20000x over", 1)
    assert path.read_bytes() == expected.encode("utf-8")


def test_the_alt_texts_language_is_judged_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """alt-language reads every image of the body (340 ms at 5 MB): in the pool, and its
    finding still reaches the panel."""
    threads: list[bool] = []
    alts = alt_text._alts

    def spied(ctx: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return alts(ctx)

    monkeypatch.setattr(alt_text, "_alts", spied)
    path = tmp_path / "foto.md"
    path.write_text(
        FRONT + "De gemeenteraad is het niet eens met de plannen van het college voor de"
        " nieuwe brug over de rivier, zo bleek gisteren.\n\n"
        "![Woman in white shirt sitting on a chair](foto.jpg)\n\nTekst.\n",
        encoding="utf-8",
    )
    assert window.open_path(path)
    panel = window.site_tools.checks_panel
    qtbot.waitUntil(lambda: panel.item_for("alt-language") is not None, timeout=60_000)
    assert threads and not any(threads)  # asked, and never on the GUI thread
    qtbot.keyClick(window.editor, Qt.Key.Key_End)
    qtbot.keyClicks(window.editor, " Meer.")
    window.site_tools.checks.refresh()
    qtbot.waitUntil(window.site_tools.checks.settled, timeout=60_000)
    assert panel.item_for("alt-language") is not None
    assert not any(threads)
