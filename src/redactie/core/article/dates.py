"""Dates as front matter writes them: read them typed, write them back in the same form.

Hugo reads a date without an offset as UTC, so a Dutch article dated 10:00 without an offset is
"in the future" for an hour and silently left out of the build. New dates are therefore always
written RFC 3339 with the site's offset; existing dates keep the form they were written in
(date-only, precision, `Z` versus an offset).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Europe/Amsterdam"

_DATE_RE = re.compile(
    r"""^(?P<date>\d{4}-\d{1,2}-\d{1,2})
        (?:(?P<sep>[Tt]|[ \t]+)
           (?P<hour>\d{1,2}):(?P<minute>\d{2})
           (?::(?P<second>\d{2})(?:\.(?P<fraction>\d+))?)?
           (?P<tzspace>[ \t]*)
           (?P<tz>[Zz]|[-+]\d{1,2}(?::?\d{2})?)?
        )?$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DateForm:
    """How a date was written, so a new value can be written the same way."""

    date_only: bool = False
    separator: str = "T"
    seconds: bool = True
    fraction_digits: int = 0
    tz_space: str = ""
    tz: str = "+00:00"  # "" for no offset, "Z"/"z", or an offset sample like "+01:00"/"+0100"

    @property
    def has_offset(self) -> bool:
        return self.tz != ""


RFC3339 = DateForm()


def parse_date_text(text: str) -> tuple[date | datetime, DateForm] | None:
    """Parse a YAML/TOML/ISO date text; None when the text is not a date."""
    m = _DATE_RE.match(text.strip())
    if not m:
        return None
    try:
        year, month, day = (int(p) for p in m["date"].split("-"))
        day_value = date(year, month, day)
    except ValueError:
        return None
    if m["hour"] is None:
        return day_value, DateForm(date_only=True, tz="")
    fraction = m["fraction"] or ""
    micro = int((fraction + "000000")[:6]) if fraction else 0
    tz_text = m["tz"] or ""
    tz = _parse_offset(tz_text) if tz_text else None
    try:
        value = datetime(
            year,
            month,
            day,
            int(m["hour"]),
            int(m["minute"]),
            int(m["second"] or 0),
            micro,
            tzinfo=tz,
        )
    except ValueError:
        return None
    form = DateForm(
        separator=m["sep"],
        seconds=m["second"] is not None,
        fraction_digits=len(fraction),
        tz_space=m["tzspace"] if tz_text else "",
        tz=tz_text,
    )
    return value, form


def _parse_offset(text: str) -> tzinfo:
    if text in ("Z", "z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def format_date(
    value: date | datetime, form: DateForm, *, default_tz: str = DEFAULT_TIMEZONE
) -> str:
    """Write `value` in `form`; naive values are taken as wall time in `default_tz`."""
    if form.date_only:
        day = value.date() if isinstance(value, datetime) else value
        return day.isoformat()
    moment = value if isinstance(value, datetime) else datetime.combine(value, datetime.min.time())
    if form.has_offset or moment.tzinfo is not None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(default_tz))
        if form.tz in ("Z", "z"):
            moment = moment.astimezone(UTC)
    text = moment.strftime("%Y-%m-%d") + form.separator + moment.strftime("%H:%M")
    if form.seconds or moment.second or moment.microsecond:
        text += moment.strftime(":%S")
        digits = form.fraction_digits
        if digits:
            text += "." + f"{moment.microsecond:06d}"[:digits].ljust(digits, "0")
    if moment.tzinfo is None:
        return text
    return text + form.tz_space + _format_offset(moment, form.tz or "+00:00")


def _format_offset(moment: datetime, sample: str) -> str:
    offset = moment.utcoffset() or timedelta(0)
    if sample in ("Z", "z") and offset == timedelta(0):
        return sample
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    hh, mm = divmod(minutes, 60)
    if ":" in sample or len(sample) <= 1:
        return f"{sign}{hh:02d}:{mm:02d}"
    if len(sample.lstrip("+-")) <= 2 and mm == 0:
        return f"{sign}{hh:02d}"
    return f"{sign}{hh:02d}{mm:02d}"


def new_date_text(value: datetime | None = None, *, tz: str = DEFAULT_TIMEZONE) -> str:
    """RFC 3339 with the site's offset and whole seconds, e.g. `2026-02-25T11:11:21+01:00`."""
    zone = ZoneInfo(tz)
    moment = datetime.now(zone) if value is None else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return format_date(moment.astimezone(zone).replace(microsecond=0), RFC3339, default_tz=tz)


def as_datetime(value: object) -> date | datetime | None:
    """A front matter value as a date, whether it was written typed or as a string."""
    if isinstance(value, date):  # datetime is a date too
        return value
    if isinstance(value, str):
        parsed = parse_date_text(value)
        return parsed[0] if parsed else None
    return None
