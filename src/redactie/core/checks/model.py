"""The shapes the publication checks share: a rule, what it found, and what it looks at.

A rule is data: an id, a severity and a function that yields `Hit`s (where, and the values for
the message). `run_checks` in `rules.py` turns hits into `Finding`s; the window, the CLI and
the export all show the same findings, worded by one catalogue (`redactie.gui.messages`) from
the finding's `code` ("check." + rule id, plus the hit's variant) and `params`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from redactie.core.article import Article
from redactie.core.site import Site

Severity = Literal["error", "warning", "info"]  # info: a hint, never a gate


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: a 1-based file line and/or a field, and the message's values."""

    line: int | None = None
    field: str | None = None
    args: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    severity: Severity | None = None  # None: the rule's (a parser's problem has its own)
    subject: str | None = None  # the value it is about (a tag), for actions such as "confirm"
    variant: str | None = None  # which of the rule's `variants` (its own wording) this is
    column: int | None = None  # 1-based, where the place is smaller than a line


@dataclass(frozen=True)
class Finding:
    """A rule that fired, ready to show: `file:line: rule_id message`."""

    rule_id: str
    severity: Severity
    line: int | None
    field: str | None
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)
    subject: str | None = None  # the value it is about, e.g. the new tag of `tags-unknown`
    variant: str | None = None
    column: int | None = None

    @property
    def code(self) -> str:
        """The message's catalogue code: `check.<rule id>[.<variant>]`."""
        return f"check.{self.rule_id}" + (f".{self.variant}" if self.variant else "")

    @property
    def replacement(self) -> tuple[int, int, str, str] | None:
        """A fix in the body: (start, end, old text, new text) as body offsets; None if none."""
        p = self.params
        if isinstance(p.get("start"), int) and isinstance(p.get("new"), str):
            return int(p["start"]), int(p["end"]), str(p["old"]), str(p["new"])
        return None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may look at; built once per `run_checks` call."""

    article: Article
    site: Site | None
    now: datetime
    publishing: bool
    path: Path | None = None
    known_tags: Mapping[str, int] | None = None  # None: no taxonomy, tags are not compared
    confirmed_tags: frozenset[str] = frozenset()
    planned: frozenset[Path] = frozenset()  # files an export is about to write (its cover)
    links: Mapping[str, Any] | None = None  # url -> links.LinkResult, when links were checked
    interactive: bool = False  # the window: skip what would first load seconds of data here

    @cached_property
    def site_image_dirs(self) -> list[Path]:
        """The site's static and assets folders (the themes' too), where `/x.jpg` is found."""
        return self.site.static_dirs + self.site.assets_dirs if self.site is not None else []

    @cached_property
    def body_first_line(self) -> int:
        """The file line (1-based) on which the body starts."""
        text = self.article.to_text()
        return text.count("\n", 0, len(text) - len(self.article.body)) + 1

    @cached_property
    def _front_lines(self) -> list[str]:
        return self.article.front_matter_text.splitlines()

    @cached_property
    def _asked(self) -> dict[tuple[str, str], Any]:
        """Values and key lines asked for already in this run: the rules ask for the same
        few (`cover.image`, `tags`) dozens of times per article; the article does not change."""
        return {}

    def field_line(self, key: str) -> int | None:
        """The file line of a front-matter key (`cover.alt`), found in the raw text."""
        asked = self._asked
        if ("line", key) not in asked:
            asked["line", key] = self._field_line(key)
        line: int | None = asked["line", key]
        return line

    def _field_line(self, key: str) -> int | None:
        lines = self._front_lines
        offset = 2 if self.article.format in ("yaml", "toml") else 1
        start, found = 0, None
        parts = key.split(".")
        for depth, part in enumerate(parts):
            prefix = ".".join(parts[: depth + 1])
            pattern = _key_pattern(part, prefix)
            index = next((i for i in range(start, len(lines)) if pattern.match(lines[i])), None)
            if index is None:
                break
            found, start = index, index + 1
        return None if found is None else found + offset

    def value(self, key: str) -> Any:
        asked = self._asked
        if ("value", key) not in asked:
            asked["value", key] = self.article.get(key, None)
        return asked["value", key]

    def text(self, key: str) -> str:
        """A field as text; non-strings (a number, a list) as their string form, None as ""."""
        value = self.value(key)
        return "" if value is None else str(value).strip()


@functools.lru_cache(maxsize=256)  # the same few keys for every file of a site check
def _key_pattern(part: str, dotted: str) -> re.Pattern[str]:
    name = re.escape(part)
    table = re.escape(dotted)
    return re.compile(
        rf"""^\s*(?:-\s+)?(?:["']?{name}["']?\s*[:=]|\[\s*{table}\s*\]|{table}\s*=)"""
    )


CheckFunction = Callable[[CheckContext], Iterable[Hit]]
FixFunction = Callable[[CheckContext], None]


@dataclass(frozen=True)
class Rule:
    """One check, as data; its message is the catalogue's `check.<id>` (`.<variant>`)."""

    id: str
    severity: Severity
    check: CheckFunction = dataclasses.field(repr=False)
    publishing_only: bool = False  # an error only when about to publish; a warning before
    articles_only: bool = True  # False: also for a section's `_index.md` (a list page)
    fix: FixFunction | None = dataclasses.field(default=None, repr=False)  # a one-click repair
    variants: tuple[str, ...] = ()  # a hit's `variant`, each worded on its own
    reads_fields: bool = True  # False: also runs when the front matter cannot be read
    house_style: bool = False  # off unless the site sets `[style] house_style` or a level
    whole_body: bool = False  # reads the whole body (tens of ms at 500 KB): the window's pool

    @property
    def codes(self) -> tuple[str, ...]:
        """The catalogue codes this rule's findings may carry."""
        base = f"check.{self.id}"
        return tuple(f"{base}.{v}" for v in self.variants) or (base,)

    def finding(self, hit: Hit, severity: Severity | None = None) -> Finding:
        return Finding(
            self.id,
            severity or self.severity,
            hit.line,
            hit.field,
            dict(hit.args),
            hit.subject,
            hit.variant,
            hit.column,
        )
