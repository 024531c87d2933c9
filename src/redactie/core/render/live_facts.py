"""The document-wide facts a window update of the live preview must leave as they are.

`IncrementalRenderer` (incremental.py) re-renders a window of lines around an edit. Some
facts belong to the whole document: the link reference definitions, the footnote labels and
the top-level shortcodes (their placeholders are numbered through the document). This module
checks, per window, that those stay as they were outside the window, and keeps them up to
date without looking at the whole text when it can:

- shortcodes: when the edited lines held and hold no `{{`, no shortcode reaches them, and
  every `{{<`/`{{%` of the document scanned as a tag, the spans are the old ones shifted (the
  scanner reads left to right, and nothing before the edit reads into it); only otherwise is
  the whole text scanned again (it was, on every key, 17 ms at 5 MB);
- footnotes: an edit that renders no block holding `[^` (no reference, no definition) and
  drops none leaves the labels, the numbering and the notes section as they were; the
  section's line numbers after the window shift with it (`shift_notes`). Any other edit
  renumbers the blocks with `[^` (`live_notes`);
- link references: the definitions after the edit are the old ones outside the window and
  the window's own; labels defined anew (`changed_labels`) are re-rendered only in the
  blocks that may use them (`uses_labels`), not by a full render (3.2 s a key at 5 MB).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from markdown_it.common.utils import MD_TRIM_RE

from . import fold
from .fold import Reference
from .patch import LiveBlock

Spans = tuple[tuple[int, int], ...]
_DATA_LINE_RE: Final = re.compile(r' data-line="(\d+)"')


@dataclass
class Facts:
    """Document-wide facts that a window update must leave as they are."""

    references: list[Reference] = field(default_factory=list)  # in line order
    labels: frozenset[str] = frozenset()
    spans: Spans = ()
    raw: bool = False
    reference_env: dict[str, Any] = field(default_factory=dict)
    spans_clean: bool = True  # every `{{<` / `{{%` scanned as a tag (see module docstring)


def shift_notes(html: str, moves: list[tuple[int, int, int]]) -> str:
    """The notes section with each `data-line` in old lines [start, end) moved by delta."""

    def shifted(m: re.Match[str]) -> str:
        line = int(m.group(1))
        for start, end, delta in moves:
            if start <= line < end:
                return f' data-line="{line + delta}"' if delta else m.group()
        return m.group()

    return _DATA_LINE_RE.sub(shifted, html)


def moved_notes(
    notes: str, old: Sequence[LiveBlock], fresh: Sequence[LiveBlock], resync: int, delta: int
) -> str:
    """The notes section after a window update: the lines of definitions in old blocks that
    moved (reused, same id) and of all lines from the old window's end follow them."""
    before = {b.id: b for b in old}
    moves = [(o.start, o.end, b.start - o.start) for b in fresh if (o := before.get(b.id))]
    moves.append((resync - delta, sys.maxsize, delta))
    if not any(move[2] for move in moves):
        return notes
    return shift_notes(notes, moves)


def _line(reference: Reference) -> int:
    return reference.line


def _checked_references(
    facts: Facts, window: fold.Window, first: int, resync: int, delta: int
) -> list[Reference]:
    """The references after the edit (in line order, like `facts.references`). A window that
    had and has none leaves them as they were, shifted: no comparison of the whole
    document's definitions on every key (5 ms at 5 MB); the caller compares the others."""
    old = facts.references
    new = sorted((r for r in window.references if r.line < resync), key=_line)
    low = bisect_left(old, first, key=_line)
    high = bisect_left(old, resync - delta, key=_line)
    if not new and low == high and not delta:
        return old
    after = [Reference(r.line + delta, r.label, r.href, r.title) for r in old[high:]]
    return old[:low] + new + after


def changed_labels(old: Mapping[str, Any], new: Mapping[str, Any]) -> frozenset[str]:
    """The reference labels (normalized) defined differently, or only on one side."""
    return frozenset(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def uses_labels(source: str, labels: frozenset[str]) -> bool:
    """Whether a block may use one of these reference labels, conservatively: it has a `]`
    and every word of a label, compared the way markdown-it normalizes labels (a label can
    run over lines, behind a quote's `>`)."""
    if "]" not in source:
        return False
    text = MD_TRIM_RE.sub(" ", source).lower().upper()
    return any(all(word in text for word in label.split(" ")) for label in labels)


def checked_facts(
    facts: Facts,
    window: fold.Window,
    first: int,
    resync: int,
    delta: int,
    changed: tuple[int, int, bool],
    text: Callable[[], str],
) -> tuple[list[Reference], Spans, bool] | None:
    """The new references, shortcode spans and whether the scan was clean, if no shortcode
    changes outside the window [first, resync) (new lines; the old ones end at
    resync - delta); None otherwise. Changed references are the caller's
    (`changed_labels`). `changed` is the edited stretch, new lines [start, end), and
    whether its old text held `{{`."""
    refs = _checked_references(facts, window, first, resync, delta)
    old_spans = facts.spans
    old_end = resync - delta
    start, end, old_braces = changed
    if any(a < first <= b or a < old_end <= b for a, b in old_spans):
        return None  # a shortcode crosses the window's edge
    edited_end = end - delta  # the old edited lines are [start, edited_end)
    if (
        facts.spans_clean
        and not old_braces
        and not any("{{" in line for line in window.source_lines[start - first : end - first])
        and all(b < start or a > edited_end for a, b in old_spans)
    ):
        spans = tuple(s for s in old_spans if s[1] < start) + tuple(
            (a + delta, b + delta) for a, b in old_spans if a > edited_end
        )
        return refs, spans, True
    spans, clean = fold.shortcode_scan(text())
    if any(a < first <= b or a < resync <= b for a, b in spans):
        return None
    outside = [s for s in spans if s[1] < first or s[0] >= resync]
    expected = [s for s in old_spans if s[1] < first]
    later = [(a + delta, b + delta) for a, b in old_spans if a >= old_end]
    if outside != expected + later:
        return None
    if later and len(spans) != len(old_spans):
        return None  # the placeholders after the window would be numbered anew
    return refs, spans, clean
