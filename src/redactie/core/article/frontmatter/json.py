"""Lossless JSON front matter: the YAML editor's span splicing with JSON's own writing.

JSON is YAML's flow style, so `yaml.compose` gives exact spans for every member; values are
read with `json` itself (strict) and written with `json.dumps`.
A new member goes after the last one with the separator the object already uses, so an object
written one member per line stays that way and key order is kept.
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from yaml.nodes import Node, ScalarNode

from redactie.core.article.frontmatter import yaml_scalars as sc
from redactie.core.article.frontmatter.base import Format
from redactie.core.article.frontmatter.yaml import YamlFrontMatter


class JsonFrontMatter(YamlFrontMatter):
    """Front matter as one JSON object at the start of the file."""

    format: Format = "json"

    def _compose(self) -> Node | None:
        try:
            self._json_data = json.loads(self._text)
        except json.JSONDecodeError as exc:
            self._problem(exc.lineno - 1, exc.colno - 1, "json-syntax", exc.msg)
            return None
        # Tabs are JSON whitespace but not YAML's; same length, so every span stays right.
        return yaml.compose(self._text.replace("\t", " "), Loader=yaml.SafeLoader)

    def _parse(self) -> None:
        super()._parse()
        if self._problems and self._data == {}:
            self._data = None  # a JSON syntax error is not an empty object

    def _load(self) -> Any:
        return self._json_data

    def _learn_style(self, root: Node) -> None:
        super()._learn_style(root)
        self._flow_lists = True
        self._string_style = sc.DOUBLE

    def _key_text(self, key: str, *, flow: bool) -> str:
        return json.dumps(key, ensure_ascii=False)

    def _scalar_text(self, value: Any, old: Node, flow: bool, indent: str) -> str:
        old_text = self._text[old.start_mark.index : old.end_mark.index]
        return sc.render_json(value, old_text, self._default_tz)

    def _render_scalar(
        self, value: Any, style: str, *, flow: bool, old_text: str | None = None
    ) -> str:
        return sc.render_json(value, old_text, self._default_tz)

    def _flow_text(self, value: Any, style: str) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    def _value_text(self, value: Any, column: int, flow: bool, style: str) -> str:
        return " " + self._flow_text(value, style)

    def _neighbour_style(self, node: Node | None) -> str:
        return sc.DOUBLE if isinstance(node, ScalarNode) else self._string_style
