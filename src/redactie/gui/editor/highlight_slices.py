"""A long text put in at once (an article opened) is highlighted a slice at a time.

QSyntaxHighlighter formats every line a change touched before the change returns: at 5 MB
(158,000 lines) that was 11 s of the GUI thread, about 66 µs a line, inside `open_path` and
before the editor or the preview showed anything. A change that adds `LONG_CHANGE` characters
or more is taken from Qt's pass instead (its slot is disconnected for that one signal) and the
lines it added are highlighted from the first one down, a budget's worth (`SpellBudget.chunk`)
per slice: the first as soon as the change is complete (before any paint: the first screen
of an opened article is its top), then one per turn of the event loop. Block states flow
down, so the slices go in order. Lines not reached yet stay plain: an edit above them is
highlighted at once, as always, and its state stops at them; an edit among them waits for
its slice. Qt's slot is found by its name (`_q_reformatBlocks`): should a Qt release rename
it, the disconnect fails and the change is highlighted whole, as before.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import SIGNAL, SLOT, QObject, QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

LONG_CHANGE: Final = 20_000  # characters: about six screens of text

_CHANGE: Final = SIGNAL("contentsChange(int,int,int)")
_QT_PASS: Final = SLOT("_q_reformatBlocks(int,int,int)")


class PendingLines:
    """The range of the document (character positions) still waiting for its slices."""

    def __init__(self) -> None:
        self.start = -1  # the first waiting line's position; -1: nothing waits
        self.end = -1  # lines starting before this position wait

    def waiting(self, position: int) -> bool:
        return self.start <= position < self.end

    def add(self, start: int, end: int) -> None:
        if self.start < 0:
            self.start, self.end = start, end
        else:
            self.start, self.end = min(self.start, start), max(self.end, end)

    def edited(self, document: QTextDocument, position: int, removed: int, added: int) -> None:
        """Keep the range on the same lines after an edit (positions already the new ones)."""
        if self.start < 0:
            return
        delta = added - removed
        self.end = position + added if position + removed > self.end else self.end + delta
        self.end = max(self.end, position + added)
        if position + removed <= self.start:
            self.start += delta
        elif position < self.start:  # the edit reaches into the waiting lines: its line waits
            self.start = document.findBlock(position).position()

    def clear(self) -> None:
        self.start = self.end = -1


def hook_before_qt(highlighter: QSyntaxHighlighter, slot: object) -> bool:
    """Connect `slot` to the document's `contentsChange` ahead of Qt's own pass (signals
    reach slots in the order they were connected); False when Qt's slot is not found."""
    document = highlighter.document()
    if not QObject.disconnect(document, _CHANGE, highlighter, _QT_PASS):
        return False
    document.contentsChange.connect(slot)
    QObject.connect(document, _CHANGE, highlighter, _QT_PASS)
    return True


def skip_qt_pass(highlighter: QSyntaxHighlighter) -> bool:
    """From inside `contentsChange`: Qt's pass does not run for this signal. A connection made
    while a signal is delivered does not get that signal, so it is connected again at once."""
    document = highlighter.document()
    if not QObject.disconnect(document, _CHANGE, highlighter, _QT_PASS):
        return False
    QObject.connect(document, _CHANGE, highlighter, _QT_PASS)
    return True


def slice_timer(parent: QObject) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    return timer
