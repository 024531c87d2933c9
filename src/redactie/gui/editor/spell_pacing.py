"""How much spell checking one turn of the event loop may do, timed by an injectable clock.

The highlighter checks the lines an edit changed right away, but a whole file loaded (4,000
lines at 500 KB) would freeze the window for a fraction of a second: past a few milliseconds
per burst of edited lines, the rest waits for later turns, and a full repaint (a new checker)
goes a chunk per turn. The clock (`time.perf_counter` unless given) and the budget are plain
attributes, so a test can fix how much work fits in a turn whatever the machine's speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]  # seconds, from any origin; only differences count


@dataclass(frozen=True)
class SpellBudget:
    """Seconds of spell checking allowed; the defaults keep a keystroke well under a frame."""

    chunk: float = 0.008  # a repaint without an edit, per event-loop turn
    turn: float = 0.004  # spelling inside one edit; more lines (a file loaded) wait
    gap: float = 0.01  # lines checked with less time between them are one edit
    # (A zero-interval timer would mark the turn's end more exactly, but a timer started on
    # every key delayed the preview's page update by a frame: measured, 6 -> 23 ms at 50 KB.)


class SpellPacer:
    """Keeps the account of one highlighter's spelling time in the current burst of edits."""

    def __init__(self, clock: Clock | None = None, budget: SpellBudget | None = None) -> None:
        self.clock: Clock = clock or time.perf_counter
        self.budget = budget or SpellBudget()
        self._spent = 0.0  # seconds of spelling in the current burst of edited lines
        self._last = 0.0  # when the last edited line was checked

    def start_line(self, *, edited: bool) -> float | None:
        """When a line's check starts; None when it is an edited line past the burst's budget
        (it must wait for a later turn). Lines repainted without an edit always go."""
        started = self.clock()
        if edited:
            if started - self._last > self.budget.gap:
                self._spent = 0.0
            elif self._spent > self.budget.turn:
                self._last = started  # the burst goes on: its other lines wait as well
                return None
        return started

    def end_line(self, started: float) -> None:
        """The line's check begun at `started` is done."""
        self._last = self.clock()
        self._spent += self._last - started

    def chunk_deadline(self) -> float:
        """Until when a repaint chunk that starts now may go on (see `in_time`)."""
        return self.clock() + self.budget.chunk

    def in_time(self, deadline: float) -> bool:
        return self.clock() < deadline
