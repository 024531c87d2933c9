"""A closed editor's pause work must not reach its document after the editor is gone.

A window closed with `deleteLater` hands its widgets to Qt; when the cycle collector then
freed an editor's wrapper before Qt deleted the editor, shiboken gave the document's wrapper
to Python and freed the document, while the editor and its word-count timer lived on: the
timer fired into the freed document (a segfault, every time, after an editor test). The
app's collector (`idle_gc.collect`, also run between tests) deletes what waits for
`deleteLater` first. This runs that sequence three times in one test.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redactie.core.article.textstats import TextStats
from redactie.gui.editor.markdown_editor import MarkdownEditor
from redactie.gui.idle_gc import collect


def closed_editor_with_pending_count() -> QTimer:
    editor = MarkdownEditor()
    editor.show()
    editor.setPlainText("abc")  # the pause timer runs
    timer = editor.findChild(QTimer)
    assert timer is not None
    editor.close()
    editor.deleteLater()
    QApplication.processEvents()
    del editor
    collect()
    return timer


def test_a_closed_editors_pause_does_not_reach_a_freed_document(qtbot: QtBot) -> None:
    timers = [closed_editor_with_pending_count() for _ in range(3)]
    fresh = MarkdownEditor()
    qtbot.addWidget(fresh)
    fresh.show()
    with qtbot.waitSignal(fresh.statsChanged, timeout=5000) as signal:
        fresh.setPlainText("een twee")
    assert signal.args == [TextStats(words=2, characters=8, reading_minutes=1)]
    # every closed editor is gone, with its timer, or its timer has fired harmlessly
    qtbot.waitUntil(
        lambda: all(not shiboken6.isValid(t) or not t.isActive() for t in timers), timeout=5000
    )
