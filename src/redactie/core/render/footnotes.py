"""Footnotes the way Goldmark parses, numbers and writes them.

Not mdit-py-plugins' footnote plugin: Goldmark allows spaces in labels, matches labels
byte for byte (no case folding), lets the first of two definitions win, numbers
notes by first reference, drops notes nobody references, gives the n-th repeated
reference the id `fnref{n}:N`, and puts one back link per reference at the end of the
note's last paragraph (or after its last block when that is not a paragraph).

Measured (`benchmarks/libraries.py`, Hugo 0.168): writing Goldmark's HTML for it, that plugin
renders the 13 corpus articles with footnotes the same, but 3 of 12 plausible snippets not (a
label with a space, a repeated definition, an escaped `]`). It also numbers and collects notes
for a whole document at once; the pipeline renders block by block and would still need the
snapshot and end-section code below around it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .chars import ASCII_PUNCT

ENV_KEY = "goldmark_footnotes"


@dataclass
class _Note:
    index: int = 0  # 0 until first referenced
    refs: int = 0


class NotesState:
    """The numbering after some references: immutable, made in O(1), equal by content.

    Each reference that numbers a note or counts a back link makes a new state on top of the
    last (`parent`, `change`); a digest of the chain makes equality O(1). Taking and comparing
    a snapshot per block was O(notes) each, so 4,000 footnotes took 30 s; now a block costs
    only its own references. Two different chains that end in the same numbering are merely
    unequal (a cache miss), never wrongly equal (128-bit digest).
    """

    __slots__ = ("change", "count", "depth", "digest", "parent")
    change: tuple[str, int, int] | None
    count: int
    depth: int
    digest: bytes
    parent: NotesState | None

    def __init__(
        self,
        count: int = 0,
        parent: NotesState | None = None,
        change: tuple[str, int, int] | None = None,
    ) -> None:
        self.count = count
        self.parent = parent
        self.change = change
        self.depth = parent.depth + 1 if parent is not None else 0
        base = parent.digest if parent is not None else b""
        self.digest = (
            hashlib.blake2b(base + repr((count, change)).encode(), digest_size=16).digest()
            if change is not None
            else base
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NotesState) and (self.count, self.digest) == (
            other.count,
            other.digest,
        )

    def __hash__(self) -> int:
        return hash((self.count, self.digest))

    def chain(self) -> list[tuple[str, int, int]]:
        """The changes from the start to this state, oldest first."""
        changes = []
        state: NotesState | None = self
        while state is not None:
            if state.change is not None:
                changes.append(state.change)
            state = state.parent
        return changes[::-1]


@dataclass
class _Notes:
    by_label: dict[str, _Note] = field(default_factory=dict)
    count: int = 0
    state: NotesState = field(default_factory=NotesState)

    def record(self, label: str, note: _Note) -> None:
        self.state = NotesState(self.count, self.state, (label, note.index, note.refs))


def footnotes_plugin(md: MarkdownIt) -> None:
    """Block rule for definitions, inline rule for references, core rule for the list."""
    md.block.ruler.before(
        "reference", "goldmark_footnote_def", _definition, {"alt": ["paragraph", "reference"]}
    )
    md.inline.ruler.before("link", "goldmark_footnote_ref", _reference)
    md.core.ruler.push("goldmark_footnote_tail", _tail)


def _notes(env: MutableMapping[str, Any]) -> _Notes:
    notes = env.get(ENV_KEY)
    if not isinstance(notes, _Notes):
        notes = _Notes()
        env[ENV_KEY] = notes
    return notes


def _find_closure(text: str, start: int) -> int:
    """Goldmark's FindClosure for `]` without nesting: index of `]`, or -1."""
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in ASCII_PUNCT:
            i += 2
            continue
        if c == "]":
            return i
        if c in "[\n":
            return -1
        i += 1
    return -1


def _definition(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.is_code_block(start_line):
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    maximum = state.eMarks[start_line]
    src = state.src
    if not src.startswith("[^", start):
        return False
    close = _find_closure(src[:maximum], start + 2)
    if close < 0 or close + 1 >= maximum or src[close + 1] != ":":
        return False
    label = src[start + 2 : close]
    if not label.strip():
        return False
    if silent:
        return True
    notes = _notes(state.env)
    notes.by_label.setdefault(label, _Note())

    opener = state.push("footnote_reference_open", "", 1)
    opener.meta = {"label": label}
    old_b, old_t, old_s = (
        state.bMarks[start_line],
        state.tShift[start_line],
        state.sCount[start_line],
    )
    old_parent = state.parentType
    after_colon = close + 2
    pos = after_colon
    initial = offset = state.sCount[start_line] + after_colon - start
    while pos < maximum and src[pos] in " \t":
        offset += 4 - offset % 4 if src[pos] == "\t" else 1
        pos += 1
    state.tShift[start_line] = pos - after_colon
    state.sCount[start_line] = offset - initial
    state.bMarks[start_line] = after_colon
    state.blkIndent += 4
    state.parentType = "footnote"
    if state.sCount[start_line] < state.blkIndent:
        state.sCount[start_line] += state.blkIndent
    first_token = len(state.tokens)
    state.md.block.tokenize(state, start_line, end_line)
    if pos > after_colon:
        # Goldmark keeps the space after `:` in the first line's text, so an HTML comment
        # there does not start its line and is not dropped (Hugo writes the marker).
        for token in state.tokens[first_token:]:
            if token.type == "html_block" and token.map and token.map[0] == start_line:
                token.meta["indented"] = True
    state.parentType = old_parent
    state.blkIndent -= 4
    state.bMarks[start_line], state.tShift[start_line], state.sCount[start_line] = (
        old_b,
        old_t,
        old_s,
    )
    opener.map = [start_line, state.line]
    state.push("footnote_reference_close", "", -1)
    return True


def _reference(state: StateInline, silent: bool) -> bool:
    src = state.src
    pos = state.pos
    bang = src[pos] == "!"
    first = pos + 1 if bang else pos
    if not src.startswith("[^", first):
        return False
    close = _find_closure(src[: state.posMax], first + 2)
    if close < 0:
        return False
    notes = _notes(state.env)
    note = notes.by_label.get(src[first + 2 : close])
    if note is None:
        return False
    if not silent:
        if note.index == 0:
            notes.count += 1
            note.index = notes.count
        if bang:
            state.append_pending("!")
        token = state.push("footnote_ref", "", 0)
        token.meta = {"index": note.index, "ref": note.refs}
        note.refs += 1
        notes.record(src[first + 2 : close], note)
    state.pos = close + 1
    return True


def _tail(state: StateCore) -> None:
    """Move referenced definitions, in reference order, into one list at the end."""
    state.tokens, bodies = extract_definitions(state.tokens)
    state.tokens.extend(section_tokens(bodies, state.env))


Definitions = dict[str, tuple[Token, list[Token]]]
"""Label -> (opening token, body tokens) of each footnote definition."""


def extract_definitions(tokens: list[Token]) -> tuple[list[Token], Definitions]:
    """The tokens without footnote definitions, and the definitions (first one wins)."""
    kept: list[Token] = []
    bodies: Definitions = {}
    depth = 0
    current: list[Token] = []
    label = ""
    opener: Token | None = None
    for token in tokens:
        if token.type == "footnote_reference_open":
            if depth == 0:
                current, label, opener = [], token.meta["label"], token
            else:
                current.append(token)
            depth += 1
            continue
        if token.type == "footnote_reference_close":
            depth -= 1
            if depth == 0 and opener is not None:
                bodies.setdefault(label, (opener, current))
            else:
                current.append(token)
            continue
        (current if depth else kept).append(token)
    return kept, bodies


def section_tokens(bodies: Definitions, env: MutableMapping[str, Any]) -> list[Token]:
    """Tokens of the footnotes section: referenced notes by number, with back links."""
    notes = env.get(ENV_KEY)
    if not isinstance(notes, _Notes):
        return []
    referenced = sorted(
        (n.index, lab) for lab, n in notes.by_label.items() if n.index and lab in bodies
    )
    if not referenced:
        return []
    out = [Token("footnote_block_open", "", 1)]
    for index, lab in referenced:
        opener, body = bodies[lab]
        item = Token("footnote_open", "li", 1)
        item.meta = {"index": index}
        item.map = opener.map
        out.append(item)
        out.extend(_with_backlinks(body, index, notes.by_label[lab].refs))
        out.append(Token("footnote_close", "li", -1))
    out.append(Token("footnote_block_close", "", -1))
    return out


_START = NotesState()


def snapshot(env: MutableMapping[str, Any]) -> NotesState:
    """The numbering state so far (hashable, O(1)), for caching rendered blocks."""
    notes = env.get(ENV_KEY)
    return notes.state if isinstance(notes, _Notes) else _START


def labels(env: MutableMapping[str, Any]) -> frozenset[str]:
    """Every footnote label defined in the document."""
    notes = env.get(ENV_KEY)
    return frozenset(notes.by_label) if isinstance(notes, _Notes) else frozenset()


def share_numbering(envs: Sequence[MutableMapping[str, Any]], defined: Iterable[str]) -> None:
    """Let parse environments number footnotes as one document: these labels (defined in any
    of them), one count (the live preview renumbers the blocks with `[^`, each parsed alone)."""
    shared = _Notes()
    for label in defined:
        shared.by_label.setdefault(label, _Note())
    for env in envs:
        env[ENV_KEY] = shared


def restore(env: MutableMapping[str, Any], saved: NotesState) -> None:
    """Put back a numbering state taken with `snapshot`: usually the current one or a few
    changes on top of it (applied one by one), else rebuilt from the start."""
    notes = _notes(env)
    if saved == notes.state:
        notes.state = saved
        return
    steps: list[tuple[str, int, int]] = []
    state: NotesState | None = saved
    while state is not None and state.depth > notes.state.depth:
        if state.change is not None:
            steps.append(state.change)
        state = state.parent
    if state is None or state != notes.state:  # not built on the current state: start over
        for note in notes.by_label.values():
            note.index, note.refs = 0, 0
        steps = saved.chain()[::-1]
    for label, index, refs in reversed(steps):
        note = notes.by_label.setdefault(label, _Note())
        note.index, note.refs = index, refs
    notes.count = saved.count
    notes.state = saved


def _with_backlinks(body: list[Token], index: int, refs: int) -> list[Token]:
    links = []
    for ref in range(max(refs, 1)):
        link = Token("footnote_backref", "", 0)
        link.meta = {"index": index, "ref": ref}
        links.append(link)
    if len(body) >= 2 and body[-1].type == "paragraph_close" and body[-2].type == "inline":
        inline = body[-2].copy()
        inline.children = [*(inline.children or []), *links]
        return [*body[:-2], inline, body[-1]]
    return [*body, *links]


def _ref_id(index: int, ref: int) -> str:
    return f"fnref:{index}" if ref == 0 else f"fnref{ref}:{index}"


def render_ref(tokens: Sequence[Token], idx: int) -> str:
    """`<sup id="fnref:1"><a href="#fn:1" ...>1</a></sup>`, Goldmark's reference."""
    index, ref = tokens[idx].meta["index"], tokens[idx].meta["ref"]
    return (
        f'<sup id="{_ref_id(index, ref)}"><a href="#fn:{index}" class="footnote-ref" '
        f'role="doc-noteref">{index}</a></sup>'
    )


def render_backref(tokens: Sequence[Token], idx: int) -> str:
    """The ↩ link back to one reference, preceded by a no-break space."""
    index, ref = tokens[idx].meta["index"], tokens[idx].meta["ref"]
    return (
        f'&#160;<a href="#{_ref_id(index, ref)}" class="footnote-backref" '
        'role="doc-backlink">&#x21a9;&#xfe0e;</a>'
    )


BLOCK_OPEN = '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n'
BLOCK_CLOSE = "</ol>\n</div>\n"
