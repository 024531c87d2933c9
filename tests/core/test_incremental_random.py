"""The live preview's incremental rendering equals a full render, after every random edit.

Thousands of edits on corpus articles (and the example article): single characters, Markdown
punctuation that changes structure (fences, list markers, headings, tables, quotes, link
definitions, footnotes, shortcodes, raw HTML), deleted spans, pasted snippets, new lines.
After each edit (sometimes after several, so composed edits are covered too) the page's body
(`IncrementalRenderer.html()`) must be exactly `render_html` of the text. Full renders, when
the renderer asks for one, run synchronously here, sometimes with more edits made before the
result is installed, as happens while the worker process renders.
"""

from __future__ import annotations

import difflib
import random
from pathlib import Path

import pytest

from redactie.core.article import Article
from redactie.core.render import render_html
from redactie.core.render.fold import render_full
from redactie.core.render.incremental import IncrementalRenderer
from tests.paths import EXAMPLE_ARTICLE, SAMPLES

FRONTEERS = "fronteers__website/src/nl/blog/2018/12"
ARTICLES = {
    # Rust blog: 35 link reference definitions, fenced code, tables, raw HTML
    "rust": SAMPLES / "rust-lang__blog.rust-lang.org/content/Rust-1.16.md",
    # Dutch prose full of quotes and apostrophes, code, lists
    "fronteers": SAMPLES / FRONTEERS / "hoe-een-blinde-klant-zich-heel-even-miljonair-waande.md",
    # footnotes, nested lists
    "overheid": SAMPLES / "developer-overheid-nl__don-site/blog/2025/05/21-hoe-haven-jou-helpt.md",
    # a Hugo PaperMod post with a shortcode
    "papermod": SAMPLES
    / "istvnurbn__istvnurbn.github.io/content/posts/010-obscure_formats"
    / "index.md",
    "example": EXAMPLE_ARTICLE,
}
SNIPPETS = (
    "a", "e", " ", "\n", "\n\n", "#", "## ", "- ", "* ", "1. ", "> ", "```", "```\n", "~~~",
    "    ", "\t", "*", "_", "**", "`", "[", "]", "(", ")", "[x]: /u", "[x]", "[^1]",
    "[^1]: noot", '"', "'", "<div>", "</div>", "<!--", "-->", "|", "| a | b |\n|---|---|\n",
    "---", "===", ": ", "{{< x >}}", "{{< /x >}}", "{#id}", "https://example.com", "&amp;",
    "\\", "Inleiding", "## Inleiding\n", "!", "![a](b.png)", "<", ">", "--", "...",
    "<script>alert(1)</script>",
)  # fmt: skip


def body_of(path: Path) -> str:
    body = Article.from_bytes(path.read_bytes()).body
    return body.replace("\r\n", "\n").replace("\r", "\n")


def random_edit(rng: random.Random, lines: list[str]) -> tuple[int, int, list[str]]:
    """A random text edit, as the editor reports it: first line, lines removed, new lines."""
    text = "\n".join(lines)
    position = rng.randrange(len(text) + 1)
    roll = rng.random()
    if roll < 0.45:
        insert = rng.choice(SNIPPETS) if rng.random() < 0.7 else rng.choice("abcdefghij klm\n")
        new = text[:position] + insert + text[position:]
    elif roll < 0.8:
        length = rng.choice((1, 1, 1, 2, 5, 20, 80))
        new = text[:position] + text[position + length :]
    else:
        length = rng.choice((1, 3, 10, 40))
        new = text[:position] + rng.choice(SNIPPETS) + text[position + length :]
    return changed_lines(lines, new.split("\n"))


def changed_lines(lines: list[str], new_lines: list[str]) -> tuple[int, int, list[str]]:
    """The edit as the editor reports it: first line, lines removed, new lines."""
    first = 0
    limit = min(len(lines), len(new_lines))
    while first < limit and lines[first] == new_lines[first]:
        first += 1
    tail = 0
    while tail < limit - first and lines[-1 - tail] == new_lines[-1 - tail]:
        tail += 1
    return first, len(lines) - first - tail, new_lines[first : len(new_lines) - tail]


def full_render(renderer: IncrementalRenderer, rng: random.Random | None = None) -> None:
    """What the worker process does, here synchronously (maybe with an edit meanwhile)."""
    while True:
        revision, text = renderer.snapshot()
        result = render_full(text, unsafe=renderer.unsafe)
        if rng is not None and rng.random() < 0.3:
            renderer.change(*random_edit(rng, renderer.lines))
        if not renderer.install(revision, result).full:
            return


def check(renderer: IncrementalRenderer, where: str) -> None:
    expected = render_html(renderer.text, front_matter=False, unsafe=renderer.unsafe)
    got = renderer.html()
    if got != expected:
        diff = difflib.unified_diff(expected.splitlines(), got.splitlines(), lineterm="", n=1)
        pytest.fail(f"{where}: incremental != full render\n" + "\n".join(list(diff)[:40]))


@pytest.mark.parametrize(
    ("name", "edits", "unsafe", "update_every", "mostly_incremental"),
    [
        ("rust", 450, False, 1.0, True),
        ("fronteers", 450, False, 1.0, True),
        ("overheid", 200, False, 1.0, True),  # footnotes: incremental unless a note changes
        ("papermod", 450, False, 0.4, True),
        ("example", 300, False, 1.0, True),
        ("fronteers", 150, True, 0.5, False),  # raw HTML allowed: the random `<div>`s and
        # `<!--` left open send many edits to the sanitized whole
    ],
)
def test_incremental_equals_full_render_after_random_edits(
    name: str, edits: int, unsafe: bool, update_every: float, mostly_incremental: bool
) -> None:
    rng = random.Random(f"{name}-{unsafe}")
    renderer = IncrementalRenderer(unsafe=unsafe)
    renderer.reset(body_of(ARTICLES[name]))
    full_render(renderer)
    check(renderer, f"{name}: first render")
    incremental = 0
    for number in range(edits):
        renderer.change(*random_edit(rng, renderer.lines))
        if rng.random() >= update_every and number < edits - 1:
            continue  # edits pile up, as when several arrive before the preview updates
        update = renderer.update()
        if update.full:
            full_render(renderer, rng)
        else:
            incremental += 1
        check(renderer, f"{name}, edit {number}")
    if mostly_incremental:
        assert incremental > edits * update_every * 0.5
