"""The publication date: shown in the site's time zone, written back in the file's own form.

Hugo leaves an article out of the build while its date is in the future, so the zone matters:
the editor shows wall time in the site's zone with its abbreviation and offset ("CET (+01:00)").
Only a user's change is written, as a `datetime` the lossless editor formats like the old text
(`2026-02-25T10:11:21.282Z` stays UTC with milliseconds); untouched, the date keeps its bytes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from redactie.core.article.dates import DEFAULT_TIMEZONE, as_datetime
from redactie.core.article.schema import Field
from redactie.gui.form.fields import FieldEditor

Shape = Literal["zoned", "naive", "date", "none"]
_NO_DATE = QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone.utc())
_FORMATS = {"en": ("yyyy-MM-dd HH:mm", "yyyy-MM-dd"), "nl": ("dd-MM-yyyy HH:mm", "dd-MM-yyyy")}


def zone_label(moment: datetime) -> str:
    """`CET (+01:00)`: the zone's abbreviation and its offset at that moment."""
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    hours, minutes = divmod(abs(int(offset.total_seconds())) // 60, 60)
    name = moment.tzname() or ""
    text = f"{sign}{hours:02d}:{minutes:02d}"
    return f"{name} ({text})" if name and not name.startswith(("+", "-")) else text


class DateTimeField(FieldEditor):
    """A date-time editor; the QDateTimeEdit holds wall-clock time in the site's zone."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._zone = ZoneInfo(DEFAULT_TIMEZONE)
        self._shape: Shape = "none"
        self._fine: tuple[int, int, int, int] = (-1, -1, 0, 0)  # hour, minute, second, µs shown
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName(f"field:{field.key}")
        self.edit.setTimeZone(QTimeZone.utc())  # wall clock only: no DST gaps of this machine
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(_NO_DATE)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.dateTimeChanged.connect(self._on_changed)
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zoneLabel")
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setToolTip(self.tr("Set the date to the current time"))
        self.now_button.clicked.connect(self.set_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.now_button)
        self.setFocusProxy(self.edit)
        self._show_shape()

    # -- FieldEditor ---------------------------------------------------------------------------

    def set_timezone(self, name: str) -> None:
        """The site's zone (an IANA name); the shown value is converted, nothing is written."""
        moment = self.value()
        self._zone = ZoneInfo(name)
        if self._shape == "zoned" and isinstance(moment, datetime):
            self._show(moment)
            self._show_shape()

    def set_value(self, value: Any) -> None:
        moment = as_datetime(value)
        if moment is None:
            self._shape = "none"
            with QSignalBlocker(self.edit):
                self.edit.setDateTime(_NO_DATE)
        else:
            self._show(moment)
        self._show_shape()

    def value(self) -> date | datetime | None:
        """What the editor shows, in the shape of the file's date (zoned, naive or a day)."""
        shown = self.edit.dateTime()
        if self._shape == "none" or shown == _NO_DATE:
            return None
        day, clock = shown.date(), shown.time()
        if self._shape == "date":
            return date(day.year(), day.month(), day.day())
        wall = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        hour, minute, second, micro = self._fine
        if (clock.hour(), clock.minute()) == (hour, minute):  # the time itself was not changed
            wall = wall.replace(second=second, microsecond=micro)
        return wall if self._shape == "naive" else wall.replace(tzinfo=self._zone)

    def focus_widget(self) -> QWidget:
        return self.edit

    def set_now(self) -> None:
        """The current minute in the site's zone, as a user's edit."""
        if self._shape == "none":
            self._shape = "zoned"
        now = datetime.now(self._zone).replace(second=0, microsecond=0)
        self._show(now if self._shape != "naive" else now.replace(tzinfo=None))
        self._show_shape()
        self.edited.emit(self.value())

    # -- display -------------------------------------------------------------------------------

    def _show(self, moment: date | datetime) -> None:
        if not isinstance(moment, datetime):
            self._shape = "date"
            wall = datetime(moment.year, moment.month, moment.day)
        elif moment.tzinfo is None:
            self._shape = "naive"
            wall = moment
        else:
            self._shape = "zoned"
            wall = moment.astimezone(self._zone).replace(tzinfo=None)
        self._fine = (wall.hour, wall.minute, wall.second, wall.microsecond)
        shown = QDateTime(
            QDate(wall.year, wall.month, wall.day),
            QTime(wall.hour, wall.minute, wall.second, wall.microsecond // 1000),
            QTimeZone.utc(),
        )
        if shown != self.edit.dateTime():
            with QSignalBlocker(self.edit):
                self.edit.setDateTime(shown)

    def _show_shape(self) -> None:
        with_time, day_only = _FORMATS.get(self.language, _FORMATS["en"])
        with QSignalBlocker(self.edit):
            self.edit.setDisplayFormat(day_only if self._shape == "date" else with_time)
        moment = self.value()
        if self._shape == "zoned" and isinstance(moment, datetime):
            self.zone_label.setText(zone_label(moment))
            self.zone_label.setToolTip(self.tr("Time zone of the site: {0}").format(self._zone))
        elif self._shape == "naive":
            self.zone_label.setText(self.tr("UTC"))
            self.zone_label.setToolTip(
                self.tr("The file gives no time zone, so Hugo reads this time as UTC")
            )
        else:
            self.zone_label.clear()
            self.zone_label.setToolTip("")
        self.zone_label.setVisible(bool(self.zone_label.text()))

    def _on_changed(self, _shown: QDateTime) -> None:
        if self._shape == "none":
            self._shape = "zoned"  # the first date of an article without one
        self._show_shape()
        value = self.value()
        if value is not None:  # back at "No date" is not a value to write
            self.edited.emit(value)
