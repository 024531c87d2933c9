"""The word count from parts (`PartCounter`) is exactly `text_stats` of the whole text, after
any edit: the status bar shows what Hugo would, without counting 5 MB again after each key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.core.article import Article
from redactie.core.article.textstats import text_stats
from redactie.core.article.textstats_parts import PartCounter, parts
from tests.markers import needs_corpus
from tests.paths import EXAMPLE_ARTICLE, corpus_files

# Lines of every construct `readable_text` knows, the ones that run over lines most of all.
LINES = [
    "Een gewone zin met woorden.",
    "",
    "",
    "```",
    "```python",
    "~~~",
    "````",
    "``` a`b",
    "<!-- een",
    "opmerking -->",
    "<div",
    'class="x">binnen</div>',
    "<br>",
    "{{< figure",
    'src="a.jpg" >}}',
    "{{% notitie %}}tekst{{% /notitie %}}",
    "{{<",
    ">}}",
    "%}}",
    "| a | b |",
    "|---|---|",
    "| c | d |",
    "# Kop",
    "Kop",
    "===",
    "> citaat",
    "- punt *nadruk* en _snake_case_",
    "`code` en ``dubbel` code``",
    "[link](https://example.org) ![alt](a.jpg) [^1]",
    "[^1]: voetnoot",
    "[ref]: https://example.org",
    "&amp; &eacute; \\* e\u0301",
    "   ingesprongen   met   ruimte  ",
    "<https://example.org> a < b > c",
]

texts = st.lists(st.sampled_from(LINES), max_size=40).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_parts_count_as_the_whole(text: str) -> None:
    assert "\n\n".join(parts(text)) == text
    assert PartCounter().count(text) == text_stats(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 40), texts), max_size=8))
def test_after_random_edits_the_count_is_the_whole_count(
    text: str, edits: list[tuple[int, int, str]]
) -> None:
    counter = PartCounter()
    assert counter.count(text) == text_stats(text)
    for at, removed, inserted in edits:
        at = min(at, len(text))
        text = text[:at] + inserted + text[at + removed :]
        assert counter.count(text) == text_stats(text)


def test_a_key_recounts_only_its_paragraph() -> None:
    paragraph = "Alinea over de gemeenteraad en het nieuwe stadhuis.\n\n"
    text = "```\ncode\n\nmeer code\n```\n\n{{< figure\nsrc=x >}}\n\n" + paragraph * 2000
    counter = PartCounter()
    counter.count(text)
    edited = text[:-20] + "x" + text[-20:]
    assert counter.count(edited) == text_stats(edited)
    assert counter.recounted == len(paragraph) - 2 + 1


def test_the_example_and_the_corpus() -> None:
    bodies = [Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body]
    for path in corpus_files():
        try:
            bodies.append(Article.from_bytes(path.read_bytes()).body)
        except Exception:  # an unreadable corpus file is not this test's business
            continue
    for body in bodies:
        assert PartCounter().count(body) == text_stats(body)


@needs_corpus
def test_the_corpus_is_there() -> None:
    assert list(corpus_files())
