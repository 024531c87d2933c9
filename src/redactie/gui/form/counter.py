"""The "123 / 160" under a field with a recommended length (the summary, a site's title).

One widget for every counted field, so the title and the summary count, colour and explain
alike. The limit comes from the schema and can change when a site is opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

WARNING_COLOUR = "#c0392b"


class LengthCounter(QLabel):
    """A right-aligned count; past the limit it turns a warning colour and says why."""

    def __init__(self, limit: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.count = 0
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._normal_colour = self.palette().color(QPalette.ColorRole.WindowText)
        self.show_count(0)

    def set_limit(self, limit: int | None) -> None:
        self.limit = limit
        self.show_count(self.count)

    def is_over(self) -> bool:
        return self.limit is not None and self.count > self.limit

    def show_count(self, count: int) -> None:
        self.count = count
        if self.limit is None:
            self.setText(self.tr("%n character(s)", "", count))
        else:
            self.setText(self.tr("{0} / {1}").format(count, self.limit))
        over = self.is_over()
        colour = WARNING_COLOUR if over else self._normal_colour.name()
        self.setStyleSheet(f"color: {colour};{' font-weight: bold;' if over else ''}")
        self.setToolTip(
            self.tr("Longer than the recommended {0} characters: search engines cut it off").format(
                self.limit
            )
            if over
            else ""
        )
