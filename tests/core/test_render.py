"""Unit tests for redactie.core.render: each Goldmark feature, sanitizing, shortcodes,
data-line, and the block splitter.

Every expected HTML string for a Goldmark feature was checked byte for byte against
Hugo 0.168 (test_render_hugo.py compares whole articles with the real binary);
placeholders, `data-line` and sanitizing are redactie's own.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.core.render import render_html
from redactie.core.render.blocks import BlockCache, render_blocks
from tests.markers import needs_corpus
from tests.paths import CORPUS, DATA, corpus_files


def html(markdown: str, **kwargs: bool) -> str:
    """render_html without data-line attributes, for comparing with Hugo's output."""
    return re.sub(r' data-line="\d+"', "", render_html(markdown, **kwargs))


# CommonMark basics and Goldmark's HTML shape --------------------------------------------


def test_paragraph_emphasis_and_breaks() -> None:
    assert html("*a* **b** `c`  \nd\\\ne") == (
        "<p><em>a</em> <strong>b</strong> <code>c</code><br>\nd<br>\ne</p>\n"
    )


def test_strikethrough_is_del_with_one_or_two_tildes() -> None:
    assert html("~a~ ~~b~~") == "<p><del>a</del> <del>b</del></p>\n"


def test_code_blocks_end_with_a_newline_and_keep_only_the_first_info_word() -> None:
    assert html('```go {linenos=true}\na < "b"\n```') == (
        '<pre><code class="language-go">a &lt; &quot;b&quot;\n</code></pre>\n'
    )
    assert html("```\nnot closed") == "<pre><code>not closed\n</code></pre>\n"
    assert html("    indented") == "<pre><code>indented\n</code></pre>\n"


def test_empty_blockquote_keeps_its_line_break() -> None:
    assert html(">") == "<blockquote>\n</blockquote>\n"


def test_image_alt_keeps_typographic_entities_and_drops_markup() -> None:
    assert html('![Het "kabinet" *nu*](/a.jpg "Foto: ANP")') == (
        '<p><img src="/a.jpg" alt="Het &ldquo;kabinet&rdquo; nu" title="Foto: ANP"></p>\n'
    )


def test_urls_are_escaped_the_goldmark_way() -> None:
    # A destination with a space is no link; Goldmark then linkifies the URL after `(`.
    assert html("[a](https://example.com/über?q=a b) [b](<x y>) [c](/%20/%zz)") == (
        '<p>[a](<a href="https://example.com/">https://example.com/</a>über?q=a b) '
        '<a href="x%20y">b</a> <a href="/%20/%25zz">c</a></p>\n'
    )
    assert html("[a](https://example.com/über)") == (
        '<p><a href="https://example.com/%C3%BCber">a</a></p>\n'
    )


# Typographer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ('"Ja," zei ze.', "&ldquo;Ja,&rdquo; zei ze."),
        ("'s Avonds zo'n auto's", "&rsquo;s Avonds zo&rsquo;n auto&rsquo;s"),
        ("rock 'n' roll, de '90s, 'twas", "rock &rsquo;n&rsquo; roll, de &rsquo;90s, &rsquo;twas"),
        ("Pieters' fiets", "Pieters&rsquo; fiets"),
        ("a -- b --- c ---- d", "a &ndash; b &mdash; c &mdash;- d"),
        ("wacht... of.... niet..", "wacht&hellip; of&hellip;. niet.."),
        ("<<zo>> en a->b", "&laquo;zo&raquo; en a-&gt;b"),
        ('12" plaat en "Monitor 21""', "12&quot; plaat en &ldquo;Monitor 21&quot;&rdquo;"),
        ('\\"niet\\" en \\--', "&quot;niet&quot; en --"),
    ],
)
def test_typographer(markdown: str, expected: str) -> None:
    assert html(markdown) == f"<p>{expected}</p>\n"


def test_open_quote_count_runs_across_blocks() -> None:
    # Goldmark keeps counting open quotes through the document, as Hugo shows.
    assert html('"begin\n\neinde"') == "<p>&ldquo;begin</p>\n<p>einde&rdquo;</p>\n"


def test_no_typography_in_code() -> None:
    assert html('`"a" -- b...`') == "<p><code>&quot;a&quot; -- b...</code></p>\n"


# Heading ids ---------------------------------------------------------------------------


def test_heading_ids_github_style_with_unicode_and_duplicates() -> None:
    assert html("## Hallo wereld!\n\n## Hallo wereld!\n\n## Ünïcode Çàfé 🎉") == (
        '<h2 id="hallo-wereld">Hallo wereld!</h2>\n'
        '<h2 id="hallo-wereld-1">Hallo wereld!</h2>\n'
        '<h2 id="ünïcode-çàfé-">Ünïcode Çàfé 🎉</h2>\n'
    )


def test_heading_attributes_and_explicit_ids_count_as_taken() -> None:
    assert html("## Eerste {#x .klas}\n\n## x\n\n## Geen {#y} ##") == (
        '<h2 id="x" class="klas">Eerste</h2>\n<h2 id="x-1">x</h2>\n<h2 id="geen-y">Geen {#y}</h2>\n'
    )


def test_heading_id_text_follows_goldmark() -> None:
    assert html("## [Een link](u) en *nadruk* 'quote'") == (
        '<h2 id="een-link-en-nadruk-quote"><a href="u">Een link</a> en <em>nadruk</em> '
        "&lsquo;quote&rsquo;</h2>\n"
    )
    assert html("## !!!\n\n#\n\n## <b></b>") == (
        '<h2 id="heading">!!!</h2>\n<h1></h1>\n'
        "<h2><!-- raw HTML omitted --><!-- raw HTML omitted --></h2>\n"
    )
    assert html("Twee\nregels\n===") == '<h1 id="regels">Twee\nregels</h1>\n'


# Tables, task lists, definition lists ----------------------------------------------------


def test_table_in_hugo_layout_with_alignment_and_padding() -> None:
    assert html("| a | b |\n|:--|--:|\n| 1 |") == (
        "<table>\n\t<thead>\n\t\t\t<tr>\n"
        '\t\t\t\t\t<th style="text-align: left">a</th>\n'
        '\t\t\t\t\t<th style="text-align: right">b</th>\n'
        "\t\t\t</tr>\n\t</thead>\n\t<tbody>\n\t\t\t<tr>\n"
        '\t\t\t\t\t<td style="text-align: left">1</td>\n'
        "\t\t\t\t\t<td></td>\n"
        "\t\t\t</tr>\n\t</tbody>\n</table>\n"
    )


def test_table_with_only_a_header_has_an_empty_body() -> None:
    assert html("| a |\n|---|").endswith("\t</thead>\n\t<tbody>\n\t</tbody>\n</table>\n")


def test_task_lists() -> None:
    assert html("- [ ] open\n- [x] klaar\n- [X]zonder spatie\n- [ ]") == (
        "<ul>\n"
        '<li><input disabled="" type="checkbox"> open</li>\n'
        '<li><input checked="" disabled="" type="checkbox"> klaar</li>\n'
        '<li><input checked="" disabled="" type="checkbox"> zonder spatie</li>\n'
        '<li><input disabled="" type="checkbox"> </li>\n'
        "</ul>\n"
    )


def test_definition_lists_tight_and_loose() -> None:
    assert html("Term\n: Een\n: Twee\n\n  Meer\n\nLos\n\n: def\n\nA\n~ geen") == (
        "<dl>\n<dt>Term</dt>\n<dd>Een</dd>\n<dd>Twee\n<p>Meer</p>\n</dd>\n"
        "<dt>Los</dt>\n<dd>\n<p>def</p>\n</dd>\n</dl>\n<p>A\n~ geen</p>\n"
    )


# Footnotes -----------------------------------------------------------------------------


def test_footnotes_in_goldmark_shape() -> None:
    out = html("x[^b] y[^a] z[^b] w[^nee]\n\n[^a]: A.\n[^b]: B.\n[^c]: Nooit gebruikt.")
    assert out == (
        '<p>x<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1'
        '</a></sup> y<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" '
        'role="doc-noteref">2</a></sup> z<sup id="fnref1:1"><a href="#fn:1" '
        'class="footnote-ref" role="doc-noteref">1</a></sup> w[^nee]</p>\n'
        '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n'
        '<li id="fn:1">\n<p>B.&#160;<a href="#fnref:1" class="footnote-backref" '
        'role="doc-backlink">&#x21a9;&#xfe0e;</a>&#160;<a href="#fnref1:1" '
        'class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n'
        '<li id="fn:2">\n<p>A.&#160;<a href="#fnref:2" class="footnote-backref" '
        'role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>\n'
    )


def test_footnote_labels_may_hold_spaces_and_are_case_sensitive() -> None:
    out = html("a[^een label] b[^Een label]\n\n[^een label]: Ja.")
    assert 'href="#fn:1"' in out
    assert "[^Een label]" in out


# Linkify -------------------------------------------------------------------------------


def test_linkify_like_hugo() -> None:
    assert html("Zie www.nos.nl, https://x.nl/a_(b). of mail@nos.nl.") == (
        '<p>Zie <a href="https://www.nos.nl">www.nos.nl</a>, '
        '<a href="https://x.nl/a_(b)">https://x.nl/a_(b)</a>. of '
        '<a href="mailto:mail@nos.nl">mail@nos.nl</a>.</p>\n'
    )


def test_linkify_skips_urls_glued_to_text_and_after_an_open_bracket() -> None:
    assert html("x.www.nos.nl [open www.nos.nl") == "<p>x.www.nos.nl [open www.nos.nl</p>\n"
    assert html("[www.nos.nl](https://a.nl)") == '<p><a href="https://a.nl">www.nos.nl</a></p>\n'


# Raw HTML ------------------------------------------------------------------------------


def test_raw_html_is_omitted_like_hugo() -> None:
    assert html("<div>\nx\n</div>\n\na <b>b</b> <!-- weg --> c") == (
        "<!-- raw HTML omitted -->\n"
        "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted -->  c</p>\n"
    )
    assert html("<!-- alleen commentaar -->") == ""
    assert html("<script>\nx\n</script>") == (
        "<!-- raw HTML omitted -->\n<!-- raw HTML omitted -->\n"
    )


def test_unsafe_keeps_harmless_html() -> None:
    out = render_html('<div class="kader">\nx\n</div>\n\nEen <span>woord</span>.', unsafe=True)
    assert '<div data-line="0" class="kader">' in out
    assert "<span>woord</span>" in out


DANGEROUS = [
    "<script>alert(1)</script>",
    "<SCRIPT src=//evil.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<div onclick="alert(1)" onmouseover=alert(2)>x</div>',
    '<svg onload="alert(1)"><script>alert(2)</script></svg>',
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1) 'title')",
    "[x](&#106;avascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    '<style>body{background:url("javascript:alert(1)")}</style>',
    "<p\nonclick=alert(1)>x</p>",
]


class _Elements(HTMLParser):
    """The real elements and attributes of some HTML (escaped text is not an element)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def _assert_harmless(out: str) -> None:
    elements = _Elements()
    elements.feed(out)
    assert "script" not in elements.tags
    assert not [name for name, _ in elements.attributes if name.lower().startswith("on")]
    # As text `javascript:` is harmless; as any attribute value it is not.
    assert not [
        value for _, value in elements.attributes if value.strip().lower().startswith("javascript:")
    ]


@pytest.mark.parametrize("markdown", DANGEROUS)
@pytest.mark.parametrize("unsafe", [False, True])
def test_never_scripts_handlers_or_javascript_urls(markdown: str, unsafe: bool) -> None:
    _assert_harmless(render_html(markdown, unsafe=unsafe))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *DANGEROUS,
                "<div>",
                "</div>",
                "text",
                "\n\n",
                "\n",
                "[l](",
                ")",
                "<a href='",
                "'>",
                "*",
                "`",
                "{{< x >}}",
            ]
        ),
        max_size=12,
    ),
    st.booleans(),
)
def test_sanitizing_holds_for_mixtures(parts: list[str], unsafe: bool) -> None:
    _assert_harmless(render_html("".join(parts), unsafe=unsafe))


# Shortcodes ----------------------------------------------------------------------------

SHORTCODES = """{{< figure src="/a.jpg" caption="Foto" >}}

Tekst met {{< x user="nos" >}} erin.

{{< youtube id="abc" >}}

{{% notice %}}
Een **mededeling**.
{{% /notice %}}

{{< details summary="Meer" >}}
Binnen {{< x id="1" >}}.
{{< /details >}}

{{< onbekend >}}

{{< highlight go >}}
fmt.Println("<hi>")
{{< /highlight >}}
"""


def test_shortcodes_become_labelled_placeholders_never_braces() -> None:
    out = render_html(SHORTCODES)
    assert "{{" not in out and "}}" not in out
    for name in ("figure", "x", "youtube", "notice", "details", "onbekend", "highlight"):
        assert f'data-shortcode="{name}"' in out
        assert f'<span data-shortcode-name="">{name}</span>' in out
    assert '<span data-shortcode-args="">src=&quot;/a.jpg&quot; caption=&quot;Foto&quot;' in out


def test_shortcode_alone_replaces_its_paragraph_and_inline_stays_inline() -> None:
    out = render_html('{{< figure src="a" >}}\n\nTekst {{< x >}} hier.')
    assert out.startswith('<div data-shortcode="figure" data-line="0">')
    assert '<p data-line="2">Tekst <span data-shortcode="x">' in out


def test_paired_shortcodes_render_their_inner_markdown() -> None:
    out = render_html(SHORTCODES)
    assert "<strong>mededeling</strong>" in out
    inner = out[out.index('data-shortcode="details"') :]
    assert '<span data-shortcode="x">' in inner  # the nested shortcode
    assert '<code class="language-go">fmt.Println(&quot;&lt;hi&gt;&quot;)\n</code>' in out


def test_escaped_shortcodes_show_as_written() -> None:
    assert html('`{{</* figure src="x" */>}}`') == (
        "<p><code>{{&lt; figure src=&quot;x&quot; &gt;}}</code></p>\n"
    )


def test_unclosed_and_orphan_shortcodes_do_not_break_rendering() -> None:
    out = render_html("{{< x\n\nvolgende alinea\n\n{{< /nooit >}}")
    assert "volgende alinea" in out
    assert '<span data-shortcode-name="">/nooit</span>' in out


def test_shortcode_inside_a_link_destination_is_dropped_from_the_attribute() -> None:
    out = render_html('[tekst]({{< ref "ander.md" >}})')
    assert '<a href="">tekst</a>' in out


# data-line and front matter ------------------------------------------------------------


def test_every_block_carries_its_source_line() -> None:
    markdown = "---\ntitle: x\n---\n# Kop\n\nAlinea\n\n- a\n- b\n\n> c\n\n```\nd\n```\n\n---\n"
    out = render_html(markdown)
    for tag, line in [("h1", 3), ("p", 5), ("ul", 7), ("li", 8), ("blockquote", 10)]:
        assert re.search(rf'<{tag}[^>]* data-line="{line}"', out), (tag, out)
    assert '<pre data-line="12">' in out
    assert '<hr data-line="16">' in out


def test_lines_after_a_multiline_shortcode_stay_right() -> None:
    out = render_html('{{< figure\n  src="a.jpg"\n  alt="b" >}}\n\nNa de figuur.')
    assert '<p data-line="4">Na de figuur.</p>' in out


@pytest.mark.parametrize(
    "front",
    ['---\ntitle: "x"\n---\n', '+++\ntitle = "x"\n+++\n', '{\n  "title": "x"\n}\n'],
)
def test_front_matter_is_skipped(front: str) -> None:
    assert render_html(front + "Tekst") == f'<p data-line="{front.count(chr(10))}">Tekst</p>\n'


def test_body_options_and_special_starts() -> None:
    assert html("---\nx\n---\n", front_matter=False) == '<hr>\n<h2 id="x">x</h2>\n'
    assert html("{{< x >}}\n\ntekst").startswith('<div data-shortcode="x">')
    assert html('\ufeff---\r\ntitle: x\r\n---\r\n"a"\r\n') == "<p>&ldquo;a&rdquo;</p>\n"


def test_core_does_not_import_qt() -> None:
    code = (
        "import sys; import redactie.core.render, redactie.core.render.blocks; "
        "print(any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


# Blocks and the block cache ------------------------------------------------------------


def _sample_documents() -> list[str]:
    cases = sorted((DATA / "render").glob("*.md"))
    corpus = [p for p in corpus_files() if p.suffix == ".md"][::25]
    return [p.read_bytes().decode("utf-8") for p in [*cases, *corpus]] + [SHORTCODES]


def test_blocks_join_to_render_html() -> None:
    for text in _sample_documents():
        blocks = render_blocks(text)
        assert not blocks.full_render_needed
        assert blocks.html == render_html(text)


def test_blocks_have_line_ranges_in_order() -> None:
    blocks = render_blocks("---\nt: x\n---\n# Kop\n\nEen\ntwee\n\n- a\n- b\n").blocks
    assert [(b.start, b.end) for b in blocks] == [(3, 4), (5, 7), (8, 10)]
    assert blocks[1].html == '<p data-line="5">Een\ntwee</p>\n'


def test_cache_rerenders_only_the_changed_block_and_survives_moves() -> None:
    cache = BlockCache()
    text = "# Kop\n\nEen.\n\nTwee.\n\nDrie.\n"
    render_blocks(text, cache=cache)
    cache.hits = cache.misses = 0
    edited = render_blocks("Nieuw.\n\n" + text.replace("Twee", "2"), cache=cache)
    assert cache.misses == 2  # the new paragraph and the edited one
    assert cache.hits == 3
    assert edited.html == render_html("Nieuw.\n\n" + text.replace("Twee", "2"))
    assert '<p data-line="8">Drie.</p>' in edited.html  # moved block, shifted lines


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('"open\n\ndicht"', 'open\n\ndicht"'),  # typographic quote opened earlier
        ("## A\n\n## A", "## B\n\n## A"),  # heading id taken earlier
        ("x[^a] y[^b]\n\n[^a]: A\n[^b]: B", "y[^b]\n\n[^a]: A\n[^b]: B"),  # numbering
        ("[r]\n\n[r]: /een", "[r]\n\n[r]: /twee"),  # reference defined elsewhere
    ],
)
def test_cache_respects_dependencies_between_blocks(before: str, after: str) -> None:
    cache = BlockCache()
    render_blocks(before, cache=cache)
    assert render_blocks(after, cache=cache).html == render_html(after)


def test_cache_evicts_least_recently_used() -> None:
    cache = BlockCache(max_blocks=2)
    render_blocks("a\n\nb\n\nc", cache=cache)
    assert len(cache) == 2


def test_cache_is_bounded_by_bytes() -> None:
    text = "\n\n".join(f"Alinea {n} " + "woord " * 200 for n in range(50))
    unbounded = BlockCache()
    render_blocks(text, cache=unbounded)
    assert len(unbounded) == 50
    one_block = unbounded.bytes // 50
    cache = BlockCache(max_bytes=one_block * 10)
    render_blocks(text, cache=cache)
    assert 8 <= len(cache) <= 10 and cache.bytes <= one_block * 10
    assert render_blocks(text, cache=cache).html == render_html(text)  # misses render anew
    cache.clear()
    assert len(cache) == 0 and cache.bytes == 0


def test_unsafe_raw_html_asks_for_a_full_render() -> None:
    text = '<div class="x">\n\nAlinea\n\n</div>'
    blocks = render_blocks(text, unsafe=True)
    assert blocks.full_render_needed
    assert all("<script" not in b.html for b in blocks.blocks)
    assert not render_blocks(text).full_render_needed


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Tekst 'met' \"quotes\"",
                "## Kop",
                "## Kop",
                "- lijst\n- twee",
                "x[^1]",
                "[^1]: noot",
                "[ref]",
                "[ref]: /ergens",
                "| a |\n|---|\n| b |",
                "Term\n: def",
                "{{< x >}}",
                "```\ncode\n```",
                '"open',
                'dicht"',
            ]
        ),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.integers(min_value=0, max_value=7), max_size=3),
)
def test_cached_blocks_always_equal_a_fresh_render(parts: list[str], drops: list[int]) -> None:
    cache = BlockCache()
    first = "\n\n".join(parts)
    render_blocks(first, cache=cache)
    second = "\n\n".join(p for i, p in enumerate(parts) if i not in drops)
    assert render_blocks(second, cache=cache).html == render_html(second)


@needs_corpus
def test_sample_paths_exist() -> None:
    assert CORPUS.is_dir() and (DATA / "render").is_dir() and Path(__file__).exists()
