"""Work that waits for the first paint (`gui/first_paint.py`): not before it, however long it
takes; at once for a widget that is never shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from redactie.gui.first_paint import FirstPaint


def test_a_shown_widget_gets_the_call_only_after_it_painted(qtbot: QtBot) -> None:
    label = QLabel("Kop")
    qtbot.addWidget(label)
    label.setUpdatesEnabled(False)  # shown, but its paint held back: a slow start
    calls: list[str] = []
    FirstPaint(label, lambda: calls.append("called"), hidden_ms=0)
    label.show()
    later: list[bool] = []
    QTimer.singleShot(0, lambda: later.append(True))  # after the zero-timer for "hidden"
    qtbot.waitUntil(lambda: bool(later))
    assert calls == []  # the timer ran out, the widget is visible: it waits for the paint
    label.setUpdatesEnabled(True)
    label.update()
    qtbot.waitUntil(lambda: calls == ["called"])


def test_a_widget_never_shown_gets_the_call_when_the_time_is_up(qtbot: QtBot) -> None:
    label = QLabel("Kop")
    qtbot.addWidget(label)
    calls: list[str] = []
    FirstPaint(label, lambda: calls.append("called"), hidden_ms=0)
    qtbot.waitUntil(lambda: calls == ["called"])
    label.show()
    label.repaint()
    assert calls == ["called"]  # once
