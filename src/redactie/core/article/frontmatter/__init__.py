"""Lossless front-matter editors, one per format, behind one interface."""

from __future__ import annotations

from redactie.core.article.frontmatter.base import (
    EditRefusedError,
    Format,
    FrontMatterEditor,
    FrontMatterError,
    InvalidFrontMatterError,
    KeyPath,
    LosslessEditor,
    Problem,
)
from redactie.core.article.frontmatter.json import JsonFrontMatter
from redactie.core.article.frontmatter.toml import TomlFrontMatter
from redactie.core.article.frontmatter.yaml import YamlFrontMatter

_EDITORS: dict[Format, type[LosslessEditor]] = {
    "yaml": YamlFrontMatter,
    "toml": TomlFrontMatter,
    "json": JsonFrontMatter,
}


def make_editor(
    fmt: Format,
    text: str,
    *,
    line_offset: int,
    newline: str,
    default_tz: str,
    read_only: bool = False,
) -> FrontMatterEditor:
    """The editor for `fmt` over the raw front-matter `text`; `read_only`: for reading only
    (a check), the same values and problems without what editing needs, and edits refused."""
    editor = _EDITORS[fmt]
    return editor(
        text, line_offset=line_offset, newline=newline, default_tz=default_tz, read_only=read_only
    )


__all__ = [
    "EditRefusedError",
    "Format",
    "FrontMatterEditor",
    "FrontMatterError",
    "InvalidFrontMatterError",
    "JsonFrontMatter",
    "KeyPath",
    "Problem",
    "TomlFrontMatter",
    "YamlFrontMatter",
    "make_editor",
]
