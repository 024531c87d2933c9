"""Which front-matter fields the form shows, as plain data.

The form is built from a `Schema`, never from hard-coded widgets, so a site can later describe
its own fields (from its `redactie.toml`) with the same dataclasses. Keys the schema does not
know are not the form's business: they stay untouched in the file and are shown raw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

from redactie.core.article.dates import DEFAULT_TIMEZONE, new_date_text

Kind = Literal["text", "datetime", "tags", "multiline", "choice", "image", "bool"]
KINDS: tuple[str, ...] = get_args(Kind)
Default = str | bool | None
# The article's spell-checking language (Vim's name; Hugo ignores it), set from a menu.
SPELLING_KEY = "spelllang"
# Keys the app sets through its menus, not the form: known, so never listed as "other keys".
APP_KEYS: tuple[str, ...] = (SPELLING_KEY,)


def _pick(language: str, english: str, dutch: str) -> str:
    return dutch if language == "nl" and dutch else english


@dataclass(frozen=True)
class Field:
    """One front-matter value the form edits; `key` is a dotted path such as `cover.alt`."""

    key: str
    kind: Kind
    label_en: str
    label_nl: str
    required: bool = False
    max_length: int | None = None  # a recommendation shown while typing, never enforced
    choices: tuple[str, ...] = ()
    placeholder_en: str = ""
    placeholder_nl: str = ""
    default: Default = None  # None: the kind's empty value ("", [], False, or now for dates)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"field {self.key!r}: unknown kind {self.kind!r}")
        if not self.key or any(part == "" for part in self.key.split(".")):
            raise ValueError(f"invalid field key {self.key!r}")

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.key.split("."))

    def label(self, language: str) -> str:
        return _pick(language, self.label_en, self.label_nl)

    def placeholder(self, language: str) -> str:
        return _pick(language, self.placeholder_en, self.placeholder_nl)

    def empty_value(self, *, now: datetime | None = None, tz: str = DEFAULT_TIMEZONE) -> Any:
        """What a new article holds for this field."""
        if self.default is not None:
            return self.default
        if self.kind == "datetime":
            return new_date_text(now, tz=tz)
        if self.kind == "tags":
            return []
        if self.kind == "bool":
            return False
        return ""


@dataclass(frozen=True)
class Group:
    """A titled box for the fields under one key, such as PaperMod's `cover`."""

    key: str
    label_en: str
    label_nl: str

    def label(self, language: str) -> str:
        return _pick(language, self.label_en, self.label_nl)


@dataclass(frozen=True)
class Schema:
    """The fields of an article in the order the file and the form list them."""

    fields: tuple[Field, ...]
    groups: tuple[Group, ...] = field(default=())

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise ValueError(f"duplicate field keys: {', '.join(duplicates)}")

    def field(self, key: str) -> Field:
        """The field at `key`; KeyError when the schema does not know it."""
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(key)

    def group(self, key: str) -> Group | None:
        return next((g for g in self.groups if g.key == key), None)

    def known_top_level_keys(self) -> tuple[str, ...]:
        """The first part of every field's key, in schema order, each once."""
        return tuple(dict.fromkeys(f.path[0] for f in self.fields))

    def unknown_keys(self, data: Mapping[str, Any]) -> list[str]:
        """Dotted paths in `data` that no field shows (`eventdate`, `cover.relative`)."""
        known = {f.path for f in self.fields} | {(key,) for key in APP_KEYS}
        found: list[str] = []

        def visit(node: Mapping[str, Any], prefix: tuple[str, ...]) -> None:
            for key, value in node.items():
                path = (*prefix, str(key))
                if path in known:
                    continue
                inner = any(k[: len(path)] == path for k in known)
                if inner and isinstance(value, Mapping):
                    visit(value, path)
                else:
                    found.append(".".join(path))

        visit(data, ())
        return found

    def defaults(
        self, now: datetime | None = None, *, tz: str = DEFAULT_TIMEZONE
    ) -> dict[str, Any]:
        """The front matter of a new article, nested and in field order."""
        result: dict[str, Any] = {}
        for item in self.fields:
            node = result
            for part in item.path[:-1]:
                node = node.setdefault(part, {})
            node[item.path[-1]] = item.empty_value(now=now, tz=tz)
        return result


DEFAULT_SCHEMA = Schema(
    fields=(
        Field(
            "title",
            "text",
            "Title",
            "Titel",
            required=True,
            placeholder_en="The headline",
            placeholder_nl="De kop",
        ),
        Field("date", "datetime", "Date", "Datum", required=True),
        Field(
            "tags",
            "tags",
            "Tags",
            "Tags",
            placeholder_en="Add a tag…",
            placeholder_nl="Tag toevoegen…",
        ),
        Field(
            "summary",
            "multiline",
            "Summary",
            "Samenvatting",
            max_length=160,
            placeholder_en="One or two sentences for overviews and search engines",
            placeholder_nl="Een of twee zinnen voor overzichten en zoekmachines",
        ),
        Field("label", "choice", "Label", "Label"),
        Field(
            "cover.image",
            "image",
            "Image",
            "Afbeelding",
            placeholder_en="https://… or a path such as images/photo.jpg",
            placeholder_nl="https://… of een pad zoals images/foto.jpg",
        ),
        Field(
            "cover.alt",
            "text",
            "Alt text",
            "Alt-tekst",
            placeholder_en="What the image shows, for screen readers",
            placeholder_nl="Wat er op de foto staat, voor schermlezers",
        ),
        Field(
            "cover.caption",
            "text",
            "Caption",
            "Bijschrift",
            placeholder_en="Photo: name via Pexels",
            placeholder_nl="Foto: naam via Pexels",
        ),
        Field(
            "draft", "bool", "Draft (not published)", "Concept (niet gepubliceerd)", default=True
        ),
    ),
    groups=(Group("cover", "Cover", "Omslagfoto"),),
)
"""The PaperMod article as the newsroom writes it (see `../shared/examples/`)."""
