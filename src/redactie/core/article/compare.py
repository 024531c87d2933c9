"""Two versions of one article, as changes a journalist can take one by one.

The texts are compared by line (difflib, the standard library's matcher); each change is a
`Change` with both sides, and inside a change the words that differ are marked, because prose
changes a word, not a line. `merge` builds the text from a choice per change: nothing is
decided for the journalist, and both versions stay whole until they choose.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Change:
    """Lines `mine` (from `mine_start`) replaced by `theirs` in the other version."""

    mine_start: int
    mine: tuple[str, ...]
    theirs_start: int
    theirs: tuple[str, ...]


def changes(mine: str, theirs: str) -> list[Change]:
    """The places where the versions differ, in order."""
    a, b = mine.splitlines(keepends=True), theirs.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        Change(i1, tuple(a[i1:i2]), j1, tuple(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def merge(mine: str, theirs: str, take_theirs: list[bool]) -> str:
    """`mine` with the changes whose choice is True taken from `theirs`."""
    a = mine.splitlines(keepends=True)
    found = changes(mine, theirs)
    if len(take_theirs) != len(found):
        raise ValueError("one choice per change")
    out: list[str] = []
    position = 0
    for change, theirs_wins in zip(found, take_theirs, strict=True):
        out.extend(a[position : change.mine_start])
        out.extend(change.theirs if theirs_wins else change.mine)
        position = change.mine_start + len(change.mine)
    out.extend(a[position:])
    return "".join(out)


def theirs_only(base: str, mine: str, theirs: str) -> list[bool]:
    """Per change of `changes(mine, theirs)`: True where only the other side changed the text
    since `base` (their common version), so taking theirs loses nothing of mine.

    Used to tick those changes beforehand in a sync conflict: a colleague's edit elsewhere in
    the article is not undone by accident. Conservative: a change next to one of mine, or where
    I deleted lines, stays unticked (mine)."""
    a, c = base.splitlines(keepends=True), mine.splitlines(keepends=True)
    touched: set[int] = set()  # lines of mine that differ from the base
    cut: set[int] = set()  # positions in mine where I removed lines of the base
    matcher = difflib.SequenceMatcher(None, a, c, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        touched.update(range(j1, j2))
        if i2 > i1:
            cut.update((j1, j2))
    found = []
    for change in changes(mine, theirs):
        start, end = change.mine_start, change.mine_start + len(change.mine)
        near = set(range(start - 1, end + 1))
        found.append(not (near & touched) and not (set(range(start, end + 1)) & cut))
    return found


def word_spans(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the words that differ: in `old`, and in `new`."""
    old_words, new_words = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    old_at = _offsets(old_words)
    new_at = _offsets(new_words)
    spans_old: list[tuple[int, int]] = []
    spans_new: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            spans_old.append((old_at[i1], old_at[i2]))
        if j2 > j1:
            spans_new.append((new_at[j1], new_at[j2]))
    return spans_old, spans_new


def _offsets(words: list[str]) -> list[int]:
    at = [0]
    for word in words:
        at.append(at[-1] + len(word))
    return at
