"""Lossless TOML front matter (`+++`), edited through tomlkit, which keeps formatting.

tomlkit round-trips a document's text exactly and keeps an item's comment when its value is
replaced; on top of that this editor keeps a string's quoting (basic, literal, multi-line) and a
date's written form, and refuses edits that would not read back as intended.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta, timezone
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.exceptions import ParseError, TOMLKitError
from tomlkit.items import Item, String, StringType, Table
from tomlkit.toml_document import TOMLDocument

from redactie.core.article.frontmatter.base import (
    Format,
    LosslessEditor,
    Problem,
    normalize,
)
from redactie.core.article.frontmatter.yaml_bounds import MAX_FRONT_MATTER
from redactie.core.article.frontmatter.yaml_scalars import render_date


class TomlFrontMatter(LosslessEditor):
    """The front matter between `+++` fences."""

    format: Format = "toml"
    _edit_errors = (TOMLKitError, KeyError, ValueError, TypeError)

    def _parse(self) -> None:
        self._problems: list[Problem] = []
        self._doc: TOMLDocument | None = None
        self._data: dict[str, Any] | None = None
        if len(self._text) > MAX_FRONT_MATTER:
            message = f"front matter over {MAX_FRONT_MATTER // 1024} KB"
            self._problems.append(Problem(self._line_offset + 1, 1, "too-large", message))
            return
        if self._read_only:
            self._data = quick_data(self._text)
            if self._data is not None:
                return
        try:
            self._doc = tomlkit.parse(self._text)
        except ParseError as exc:
            line = exc.line + self._line_offset
            self._problems.append(Problem(line, exc.col + 1, "toml-syntax", _message(exc)))
            return
        except TOMLKitError as exc:
            self._problems.append(Problem(self._line_offset + 1, 1, "toml-syntax", str(exc)))
            return
        self._data = normalize(self._doc.unwrap())

    def _apply(self, keys: list[str], value: Any, *, delete: bool) -> None:
        assert self._doc is not None
        container = self._container(keys[:-1], create=not delete)
        if delete:
            del container[keys[-1]]
        else:
            old = container.get(keys[-1]) if keys[-1] in container else None
            container[keys[-1]] = self._item(value, old)
        self._text = self._doc.as_string()

    def _container(self, keys: list[str], *, create: bool) -> Container | Table:
        assert self._doc is not None
        node: Container | Table = self._doc
        for key in keys:
            if key not in node:
                if not create:
                    raise KeyError(key)
                node[key] = tomlkit.table()
            child = node[key]
            if not isinstance(child, Table | Container):
                if not create:
                    raise KeyError(key)
                node[key] = tomlkit.table()
                child = node[key]
            node = child
        return node

    def _item(self, value: Any, old: Any) -> Item:
        """A new item in the old one's style: quoting for strings, written form for dates."""
        if isinstance(value, str) and isinstance(old, String):
            literal = old.type in (StringType.SLL, StringType.MLL)
            multiline = old.type in (StringType.MLB, StringType.MLL)
            if literal and ("'" in value or any(ord(c) < 32 and c != "\t" for c in value)):
                literal = False
            if not multiline and "\n" in value:
                multiline = False  # a basic string escapes the newline and stays one line
            if literal and multiline and "'''" in value:
                literal = False
            return tomlkit.string(value, literal=literal, multiline=multiline)
        if isinstance(value, date):
            old_text = old.as_string() if isinstance(old, Item) else None
            text = render_date(value, old_text, self._default_tz)
            parsed = tomlkit.parse(f"v = {text}\n").item("v")
            assert isinstance(parsed, Item)
            return parsed
        new: Item = tomlkit.item(value)
        return new


def _message(exc: ParseError) -> str:
    text = str(exc)
    return text.split(" at line ")[0] if " at line " in text else text


# -- reading only ---------------------------------------------------------------------------------

_UTC = timezone(timedelta(0), "UTC")  # tomlkit's own for `Z`


def quick_data(text: str) -> dict[str, Any] | None:
    """The values tomlkit reads, read by tomllib (6x faster: tomlkit builds a document to edit,
    780 of 900 µs of checking a TOML article), or None where tomlkit must read it itself: any
    error (tomlkit words it and has its own place for it), a carriage return (tomlkit keeps it
    in multi-line strings, tomllib does not) or a zero offset written as `±00:00` (tomlkit
    names the zone by what was written). Offsets are named as tomlkit names them (`+01:00`,
    `UTC` for `Z`). tests/core/test_read_only_front_matter.py holds the two side by side."""
    if "\r" in text or "+00:00" in text or "-00:00" in text:
        return None
    try:
        data = tomllib.loads(text)
    except Exception:  # whatever it is, tomlkit's own reading decides
        return None
    named = _named_offsets(data)
    assert isinstance(named, dict)
    return named


def _named_offsets(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _named_offsets(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_named_offsets(v) for v in value]
    if isinstance(value, datetime) and value.tzinfo is not None:
        offset = value.utcoffset() or timedelta(0)
        if not offset:
            return value.replace(tzinfo=_UTC)
        minutes = abs(int(offset.total_seconds())) // 60
        sign = "-" if offset < timedelta(0) else "+"
        name = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
        return value.replace(tzinfo=timezone(offset, name))
    return value
