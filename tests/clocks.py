"""A clock to inject where the app decides by elapsed time, so tests never depend on speed."""

from __future__ import annotations


class StepClock:
    """Seconds that move only when read (`step` each time) or when `advance` says.

    `StepClock()` never moves: every piece of work is free, as on an infinitely fast machine.
    `StepClock(0.001)` makes every reading a millisecond later: work costs the same, and
    budgets run out after the same amount of it, on every machine and under any load."""

    def __init__(self, step: float = 0.0) -> None:
        self.now = 0.0
        self.step = step
        self.readings = 0

    def __call__(self) -> float:
        self.now += self.step
        self.readings += 1
        return self.now

    def advance(self, seconds: float) -> None:
        """A pause: `seconds` pass without anything being done."""
        self.now += seconds
