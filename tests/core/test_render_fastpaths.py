"""The renderer's fast paths give exactly what the slow paths they skip give.

Each fast path (`render/dispatch.py`'s inline and paragraph-end rules, the deflist's
first-character test, the typographer's lone dots and dashes, the ASCII anchor and URL
shortcuts) is compared with the same parser or function taking its slow path, on generated
text full of Markdown's special characters and over the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from redactie.core.render import deflist, dispatch, prepare_source, typographer
from redactie.core.render.context import ENV_UNSAFE
from redactie.core.render.headings import anchor_name
from redactie.core.render.parser import build_parser, goldmark_parser
from redactie.core.render.urls import escape_url
from tests.markers import needs_corpus
from tests.paths import corpus_files

_PIECES = st.sampled_from(
    [
        "a", "b", "Zo'n", "'s avonds", "'90s", " ", "  ", "\n", "\n\n", "\t", "-", "--", "---",
        ".", "...", "'", '"', "<", ">", "<<", ">>", "<b>", "</b>", "<!-- x -->", "<http://a.nl>",
        "*", "**", "_", "~", "~~", "`", "``", "[", "]", "(", ")", "[x](http://a.nl)", "![i](a.png)",
        "[^1]", "[^1]: noot", "\\", "\\*", "&amp;", "&#65;", "&", "#", "## Kop", "> ", "- ", "1. ",
        ":", ": def", "\n+ ", "\n* ", "\n2) ", "\n~~~", "\n___", "\n|-|", "\n<div>", "|",
        "| a | b |\n|---|---|", "www.example.nl", "https://a.nl/x?y=1",
        "jan@example.nl", "{#id}", "é", "ü", "\u00a0", "{{< x >}}", "@", "=", "+", "%", "$",
    ]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


@contextmanager
def _slow_paths() -> Iterator[MarkdownIt]:
    """A parser without the dispatch rule, and the deflist asking every rule on every line."""
    md = build_parser(dispatch=False)
    original = deflist._may_follow, typographer._lone
    deflist._may_follow = lambda state, start, end: True  # type: ignore[assignment]
    typographer._lone = lambda src, pos, ch: False  # type: ignore[assignment]
    try:
        yield md
    finally:
        deflist._may_follow, typographer._lone = original  # type: ignore[assignment]


def _render(md: MarkdownIt, text: str, unsafe: bool) -> str:
    env: dict[str, Any] = {ENV_UNSAFE: unsafe}
    return md.render(text, env)


def _both(text: str, unsafe: bool) -> tuple[str, str]:
    fast = _render(goldmark_parser(), text, unsafe)
    with _slow_paths() as md:
        slow = _render(md, text, unsafe)
    return fast, slow


def test_the_dispatch_rules_are_installed_on_the_shared_parser() -> None:
    md = goldmark_parser()
    rules = md.inline.ruler.get_active_rules()
    assert rules[0] == dispatch.NAME
    assert tuple(rules[1:]) == dispatch.CHAIN
    assert len(md.block.ruler.getRules("paragraph")) == 1  # the paragraph end rule alone
    assert dispatch.BLOCK_NAME in md.block.ruler.get_active_rules()


def test_the_dispatch_rules_stay_out_of_chains_they_were_not_written_for() -> None:
    md = build_parser(dispatch=False)
    md.inline.ruler.disable("entity")
    md.block.ruler.disable("hr")
    dispatch.dispatch_plugin(md)
    dispatch.paragraph_end_plugin(md)
    assert dispatch.NAME not in md.inline.ruler.get_active_rules()
    assert dispatch.BLOCK_NAME not in md.block.ruler.get_active_rules()
    assert len(md.block.ruler.getRules("paragraph")) == len(dispatch.PARAGRAPH_CHAIN) - 1


@settings(max_examples=250, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, unsafe=st.booleans())
def test_fast_paths_render_what_the_slow_paths_render(text: str, unsafe: bool) -> None:
    fast, slow = _both(text, unsafe)
    assert fast == slow


def test_the_slow_parser_really_takes_the_slow_path() -> None:
    with _slow_paths() as md:
        assert dispatch.NAME not in md.inline.ruler.get_active_rules()
        assert dispatch.BLOCK_NAME not in md.block.ruler.get_active_rules()
        assert deflist._may_follow(None, 0, 0)  # type: ignore[arg-type]
        assert not typographer._lone("a.", 1, ".")


@needs_corpus
@pytest.mark.parametrize("unsafe", [False, True])
def test_fast_paths_render_the_corpus_as_the_slow_paths(unsafe: bool) -> None:
    files = [p for p in corpus_files() if p.suffix == ".md"]
    assert len(files) > 500
    for path in files[unsafe::2]:  # each article once, in one of the two modes
        text = prepare_source(path.read_bytes().decode("utf-8", "replace"))
        fast, slow = _both(text, unsafe)
        assert fast == slow, path


@given(st.text(st.characters(codec="ascii"), max_size=30))
def test_the_ascii_anchor_shortcut_equals_the_loop(text: str) -> None:
    # A non-ASCII letter at the end sends the whole text through the loop.
    assert anchor_name(text) + "é" == anchor_name(text + "é")


@given(st.text(st.characters(codec="ascii"), max_size=30))
def test_the_url_shortcut_equals_the_loop(url: str) -> None:
    # A space at the end sends the whole URL through the loop.
    assert escape_url(url) + "%20" == escape_url(url + " ")
