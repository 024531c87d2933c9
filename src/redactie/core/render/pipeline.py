"""The rendering pipeline, one top-level block at a time.

A document is parsed into blocks once (cheap); then each top-level block's inline
content is parsed and rendered in document order. Blocks are not independent in
Goldmark: a quote opened in one paragraph may close in the next, heading ids count the
headings before them, footnotes are numbered by first reference. So each block is
rendered from an entry state (open quotes, ids taken, footnote numbering) and leaves an
exit state for the next one; a block's HTML is a function of its text, that entry state
and the document-wide link references and footnote labels. That is what lets a cache
reuse a block's HTML after an edit elsewhere, and it is the only code path: a whole
render is the same fold without a cache, so the two cannot drift apart.

HTML is cached with `data-line` relative to the block's first line and shifted on the
way out, so a block that merely moved is still a cache hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape as html_escape
from typing import Any, Final, Protocol

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from . import footnotes, headings, shortcodes, typographer
from .context import ENV_LINE_OF, ENV_RAW_HTML, ENV_UNSAFE
from .parser import goldmark_parser

_DATA_LINE_RE: Final = re.compile(r' data-line="(\d+)"')


@dataclass(frozen=True)
class EntryState:
    """What a block's rendering depends on from the blocks before it."""

    quotes: tuple[int, int]
    ids: frozenset[str]
    notes: footnotes.NotesState


@dataclass(frozen=True)
class CachedBlock:
    """A rendered block as stored: HTML with relative lines, and the state it leaves."""

    html: str
    raw_html: bool
    exit: EntryState


class BlockStore(Protocol):
    """Where rendered blocks are kept between renders (see `blocks.BlockCache`)."""

    def get(self, key: tuple[Any, ...]) -> CachedBlock | None: ...

    def put(self, key: tuple[Any, ...], block: CachedBlock) -> None: ...


@dataclass(frozen=True)
class RenderedBlock:
    """One top-level block: its source lines [start, end) and its HTML."""

    start: int
    end: int
    html: str
    raw_html: bool


@dataclass
class RenderedDocument:
    """All blocks in order, then the footnotes section Goldmark puts at the end."""

    blocks: list[RenderedBlock] = field(default_factory=list)
    footnotes: str = ""
    footnotes_raw_html: bool = False

    @property
    def html(self) -> str:
        return "".join(b.html for b in self.blocks) + self.footnotes

    @property
    def raw_html(self) -> bool:
        return self.footnotes_raw_html or any(b.raw_html for b in self.blocks)


def _phases(md: MarkdownIt) -> tuple[list[Callable[[StateCore], None]], ...]:
    """The core rules before inline parsing, the inline ones, and the footnote tail."""
    names = md.core.ruler.get_active_rules()
    rules = md.core.ruler.getRules("")
    inline = names.index("inline")
    tail = names.index("goldmark_footnote_tail")
    return rules[:inline], rules[inline:tail], rules[tail:]


def _segments(tokens: list[Token]) -> Iterator[list[Token]]:
    """The token runs of the top-level blocks."""
    i = 0
    while i < len(tokens):
        depth = 0
        j = i
        while True:
            depth += tokens[j].nesting
            if depth <= 0 or j == len(tokens) - 1:
                break
            j += 1
        yield tokens[i : j + 1]
        i = j + 1


def _save(env: dict[str, Any]) -> EntryState:
    return EntryState(
        typographer.snapshot(env),
        headings.heading_ids(env).snapshot(),
        footnotes.snapshot(env),
    )


def _load(env: dict[str, Any], state: EntryState) -> None:
    typographer.restore(env, state.quotes)
    headings.heading_ids(env).restore(state.ids)
    footnotes.restore(env, state.notes)


def _document_key(env: dict[str, Any], unsafe: bool) -> tuple[Any, ...]:
    """The document-wide facts every block's rendering may depend on."""
    references = env.get("references", {})
    refs = tuple(sorted((k, v.get("href"), v.get("title")) for k, v in references.items()))
    labels = tuple(sorted(footnotes.labels(env)))
    return unsafe, refs, labels


def shift_lines(html: str, offset: int) -> str:
    """Add offset to every `data-line` in the HTML."""
    if not offset:
        return html
    return _DATA_LINE_RE.sub(lambda m: f' data-line="{int(m.group(1)) + offset}"', html)


def render_document(
    text: str,
    *,
    first_line: int = 0,
    unsafe: bool = False,
    cache: BlockStore | None = None,
    depth: int = 0,
) -> RenderedDocument:
    """Render normalized text (no front matter) block by block, reusing cached blocks;
    `depth` counts the paired shortcodes this text sits inside."""
    found = shortcodes.extract(text, first_line)
    md = goldmark_parser()
    env: dict[str, Any] = {ENV_UNSAFE: unsafe}
    block_phase, inline_phase, _ = _phases(md)
    core = StateCore(found.text, md, env)
    for rule in block_phase:
        rule(core)
    source_lines = text.split("\n")
    parsed_lines = found.text.split("\n")
    document_key = _document_key(env, unsafe)
    definitions: footnotes.Definitions = {}
    result = RenderedDocument()
    end = first_line
    for segment in _segments(core.tokens):
        span = segment[0].map or [0, 0]
        start = found.lines(span[0]) if segment[0].map else end
        end = found.lines(span[1]) if segment[0].map else start
        source = "\n".join(source_lines[start - first_line : end - first_line])
        parsed = "\n".join(parsed_lines[span[0] : span[1]])
        key = (source, parsed, _save(env), document_key)
        has_notes = any(t.type == "footnote_reference_open" for t in segment)
        cached = cache.get(key) if cache is not None and not has_notes else None
        if cached is None:
            cached = _render_block(md, env, inline_phase, segment, found, start, definitions, depth)
            if cache is not None and not has_notes:
                cache.put(key, cached)
        _load(env, cached.exit)
        result.blocks.append(
            RenderedBlock(start, end, shift_lines(cached.html, start), cached.raw_html)
        )
    section = footnotes.section_tokens(definitions, env)
    if section:
        env[ENV_LINE_OF] = found.lines
        env[ENV_RAW_HTML] = False
        html = md.renderer.render(section, md.options, env)
        raw = [False]
        result.footnotes = shortcodes.substitute(
            html, found.shortcodes, _inner_renderer(unsafe, 0, raw, depth)
        )
        result.footnotes_raw_html = bool(env.get(ENV_RAW_HTML)) or raw[0]
    return result


def _render_block(
    md: MarkdownIt,
    env: dict[str, Any],
    inline_phase: list[Callable[[StateCore], None]],
    segment: list[Token],
    found: shortcodes.Extracted,
    base: int,
    definitions: footnotes.Definitions,
    depth: int = 0,
) -> CachedBlock:
    env[ENV_LINE_OF] = lambda parsed_line: found.lines(parsed_line) - base
    env[ENV_RAW_HTML] = False
    state = StateCore(found.text, md, env)
    state.tokens = list(segment)
    for rule in inline_phase:
        rule(state)
    kept, notes = footnotes.extract_definitions(state.tokens)
    for label, body in notes.items():
        definitions.setdefault(label, body)
    html = md.renderer.render(kept, md.options, env)
    raw = [bool(env.get(ENV_RAW_HTML))]
    html = shortcodes.substitute(
        html, found.shortcodes, _inner_renderer(bool(env.get(ENV_UNSAFE)), base, raw, depth)
    )
    return CachedBlock(html, raw[0], _save(env))


MAX_SHORTCODE_DEPTH = 16  # real articles nest two or three; 200 deep overflowed the stack


def _inner_renderer(
    unsafe: bool, base: int, raw: list[bool], depth: int = 0
) -> shortcodes.InnerRenderer:
    """Renders a paired shortcode's content, with lines relative to base; past
    MAX_SHORTCODE_DEPTH the content is shown as plain text instead of rendered again."""

    def inner(markdown: str, line: int, inline: bool) -> str:
        if depth >= MAX_SHORTCODE_DEPTH:
            return html_escape(markdown)
        if inline:
            html, seen = render_inline(markdown, unsafe=unsafe, depth=depth + 1)
        else:
            document = render_document(
                markdown, first_line=line - base, unsafe=unsafe, depth=depth + 1
            )
            html, seen = document.html, document.raw_html
        raw[0] = raw[0] or seen
        return html

    return inner


def render_inline(text: str, *, unsafe: bool = False, depth: int = 0) -> tuple[str, bool]:
    """Inline Markdown (no blocks) and whether raw HTML was let through."""
    found = shortcodes.extract(text.strip())
    md = goldmark_parser()
    env: dict[str, Any] = {ENV_UNSAFE: unsafe}
    html = md.renderer.render(md.parseInline(found.text, env), md.options, env)
    raw = [bool(env.get(ENV_RAW_HTML))]
    html = shortcodes.substitute(html, found.shortcodes, _inner_renderer(unsafe, 0, raw, depth))
    return html, raw[0]
