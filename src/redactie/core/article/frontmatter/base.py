"""What every front-matter editor shares: problems, errors, key paths and the safety check.

Each format (YAML, TOML, JSON) has its own lossless editor; they all take the raw front-matter
text, report problems with a line and column in the file, and change only the text of the value
being set. Every edit is re-read and compared with the intended result before it is kept, so a
bug in an editor can refuse an edit but never write a file that means something else.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol

from redactie.core.article.dates import DEFAULT_TIMEZONE, as_datetime
from redactie.core.errors import RedactieError

Format = Literal["yaml", "toml", "json"]
KeyPath = str | Sequence[str]


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file, with its 1-based line and column in the whole file."""

    line: int
    column: int
    code: str  # stable id, e.g. "yaml-syntax", "duplicate-key", "unclosed-front-matter"
    message: str  # English detail from the parser; the UI words it for the user
    severity: Literal["error", "warning"] = "error"


class FrontMatterError(RedactieError):
    """A front-matter operation that cannot be done; the text is left as it was."""


class InvalidFrontMatterError(FrontMatterError):
    """The front matter does not parse, so fields cannot be edited (the raw text can)."""

    codes = ("front-matter.not-closed", "front-matter.invalid")


class EditRefusedError(FrontMatterError):
    """An edit whose result would not read back as intended; nothing was changed.

    `key` is the dotted path; `detail` the editor's reason when it could not apply the edit."""

    codes = ("front-matter.edit-failed", "front-matter.edit-not-kept")


def split_path(path: KeyPath) -> list[str]:
    keys = path.split(".") if isinstance(path, str) else [str(k) for k in path]
    if not keys or any(k == "" for k in keys):
        raise KeyError(path)
    return keys


def lookup(data: Any, keys: Sequence[str]) -> Any:
    """The value at `keys` in parsed data; KeyError when any part is missing."""
    node = data
    for key in keys:
        if not isinstance(node, Mapping) or key not in node:
            raise KeyError(".".join(keys))
        node = node[key]
    return node


def normalize(value: Any) -> Any:
    """Turn tuples into lists and mappings into dicts, so results compare by value."""
    if isinstance(value, Mapping):
        return {str(k): normalize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalize(v) for v in value]
    return value


def expected_after(data: Any, keys: Sequence[str], value: Any, *, delete: bool = False) -> Any:
    """What the parsed data must be after setting (or deleting) `keys`."""
    result = copy.deepcopy(data) if isinstance(data, dict) else {}
    node = result
    for key in keys[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = {}
            node[key] = child
        node = child
    if delete:
        node.pop(keys[-1], None)
    else:
        node[keys[-1]] = normalize(value)
    return result


def unchanged(data: Any, keys: Sequence[str], value: Any) -> bool:
    """True when `keys` already holds `value`: such a set must not touch the text."""
    try:
        current = lookup(data, keys)
    except KeyError:
        return False
    both_moments = isinstance(current, datetime) and isinstance(value, datetime)
    if both_moments and (current.tzinfo is None) != (value.tzinfo is None):
        return False  # adding or removing an offset is a change, even at the same wall time
    return type(current) is type(value) and same_value(current, value)


def same_value(a: Any, b: Any) -> bool:
    """Equality that lets a date keep its written precision and form."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, date) or isinstance(b, date):
        return _same_moment(as_datetime(a), as_datetime(b))
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def _same_moment(a: date | datetime | None, b: date | datetime | None) -> bool:
    if a is None or b is None:
        return False
    if not isinstance(a, datetime) or not isinstance(b, datetime):
        return _day(a) == _day(b)
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return abs((a - b).total_seconds()) < 1


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


class FrontMatterEditor(Protocol):
    """The interface `Article` uses; one implementation per format."""

    format: Format

    @property
    def text(self) -> str: ...

    @property
    def problems(self) -> list[Problem]: ...

    @property
    def data(self) -> dict[str, Any] | None: ...

    def get(self, path: KeyPath) -> Any: ...

    def set(self, path: KeyPath, value: Any) -> None: ...

    def delete(self, path: KeyPath) -> None: ...


__all__ = [
    "DEFAULT_TIMEZONE",
    "EditRefusedError",
    "Format",
    "FrontMatterEditor",
    "FrontMatterError",
    "InvalidFrontMatterError",
    "KeyPath",
    "LosslessEditor",
    "Problem",
    "expected_after",
    "lookup",
    "normalize",
    "same_value",
    "split_path",
    "unchanged",
]


class LosslessEditor:
    """What the format editors share: state, reading, and the checked edit.

    A subclass parses (`_parse`, setting `_data` and `_problems`) and applies one change to its
    text (`_apply`); this class refuses edits on unparsable text, skips edits that change
    nothing, and keeps an edit only when the re-parsed data is exactly what was intended.
    """

    format: Format
    _edit_errors: tuple[type[Exception], ...] = (KeyError, ValueError, IndexError, TypeError)

    def __init__(
        self,
        text: str,
        *,
        line_offset: int = 1,
        newline: str = "\n",
        default_tz: str = DEFAULT_TIMEZONE,
        read_only: bool = False,
    ) -> None:
        self._line_offset = line_offset
        self._newline = newline
        self._default_tz = default_tz
        self._read_only = read_only  # only read (`redactie check`): what edits need is skipped
        self._text = text
        self._problems: list[Problem] = []
        self._data: dict[str, Any] | None = None
        self._parse()

    @property
    def text(self) -> str:
        return self._text

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    @property
    def data(self) -> dict[str, Any] | None:
        return self._data

    def get(self, path: KeyPath) -> Any:
        if self._data is None:
            raise KeyError(path)
        return lookup(self._data, split_path(path))

    def set(self, path: KeyPath, value: Any) -> None:
        self._writable()
        self._edit(split_path(path), normalize(value), delete=False)

    def delete(self, path: KeyPath) -> None:
        self._writable()
        keys = split_path(path)
        if self._data is None:
            raise InvalidFrontMatterError("front-matter.invalid")
        lookup(self._data, keys)  # KeyError when absent
        self._edit(keys, None, delete=True)

    def _parse(self) -> None:
        raise NotImplementedError

    def _apply(self, keys: list[str], value: Any, *, delete: bool) -> None:
        raise NotImplementedError

    def _writable(self) -> None:
        if self._read_only:
            raise TypeError("front matter read only, to check it: open it again to edit")

    def _edit(self, keys: list[str], value: Any, *, delete: bool) -> None:
        if self._data is None:
            raise InvalidFrontMatterError("front-matter.invalid")
        if not delete and unchanged(self._data, keys, value):
            return  # setting what is already there must not touch the text
        expected = expected_after(self._data, keys, value, delete=delete)
        before = self._text
        name = ".".join(keys)
        try:
            self._apply(keys, value, delete=delete)
        except self._edit_errors as exc:
            self._restore(before)
            raise EditRefusedError("front-matter.edit-failed", key=name, detail=str(exc)) from exc
        self._parse()
        if self._data is None or not same_value(expected, self._data):
            self._restore(before)
            raise EditRefusedError("front-matter.edit-not-kept", key=name)

    def _restore(self, text: str) -> None:
        self._text = text
        self._parse()
