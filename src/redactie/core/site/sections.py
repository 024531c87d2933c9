"""The sections of a site: the top-level folders under its content folder.

Listing them reads only folder names and each section's `_index.md` title, never the articles,
so it stays instant on a site with thousands of pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_TITLE_RE = re.compile(r"""^\s*title\s*[:=]\s*(?P<q>["']?)(?P<title>.*?)(?P=q)\s*,?\s*$""", re.M)
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class Section:
    """One section: its folder name (what Hugo calls the section) and the `_index.md` title."""

    name: str
    path: Path
    title: str = ""

    @property
    def display_name(self) -> str:
        return self.title or self.name


def list_sections(content_dir: Path) -> list[Section]:
    """Sections in name order; hidden folders and Hugo's `_`-prefixed ones are left out."""
    if not content_dir.is_dir():
        return []
    found = []
    for entry in sorted(content_dir.iterdir(), key=lambda p: p.name.lower()):
        if not entry.is_dir() or entry.name.startswith((".", "_")):
            continue
        if (entry / "index.md").is_file():  # a leaf bundle at the top: a page, not a section
            continue
        found.append(Section(entry.name, entry, _index_title(entry)))
    return found


def is_valid_section_name(name: str) -> bool:
    """One plain folder name (nested sections are given as `a/b`), nothing that leaves content/."""
    parts = name.split("/")
    return bool(name) and all(p and p not in (".", "..") and "\\" not in p for p in parts)


def _index_title(folder: Path) -> str:
    for name in ("_index.md", "_index.markdown"):
        path = folder / name
        try:
            with path.open("rb") as handle:
                head = handle.read(_HEAD_BYTES).decode("utf-8", "replace")
        except OSError:
            continue
        found = _TITLE_RE.search(head)
        return found["title"].strip() if found else ""
    return ""
