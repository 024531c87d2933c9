# ruff: noqa: E501  (the samples are pasted HTML as programs write it, one long line each)
"""Which HTML-to-Markdown converter keeps what journalists paste (Word, Google Docs, a web page)?

For each sample the features a writer expects to keep are checked in the converter's Markdown
rendered back with redactie's own renderer: headings, bold, italic, links, lists, quotes,
images, and no leftover markup or script text. Prints the score per converter and sample.

Run: .venv/bin/python benchmarks/paste_converters.py   (html2text: pip install html2text)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from redactie.core.render import render_html

WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<h2 style="mso-style-name:Kop2">Raad stemt in</h2>
<p class=MsoNormal>De raad stemde <b>unaniem</b> in met het <i>plan</i>.<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>·<span style='mso-tab-count:1'> </span>eerste punt</p>
<ul><li>punt een</li><li>punt twee</li></ul>
<p>Zie <a href="https://gemeente.nl/besluit">het besluit</a>.</p></body></html>"""

GDOCS = """<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234">
<h2 dir="ltr"><span style="font-size:16pt;font-weight:400">Raad stemt in</span></h2>
<p dir="ltr"><span style="font-weight:400">De raad stemde </span><span style="font-weight:700">unaniem</span><span style="font-weight:400"> in met het </span><span style="font-style:italic;font-weight:400">plan</span><span>.</span></p>
<ul><li dir="ltr"><p dir="ltr"><span>punt een</span></p></li><li dir="ltr"><p dir="ltr"><span>punt twee</span></p></li></ul>
<p dir="ltr"><span>Zie </span><a href="https://gemeente.nl/besluit"><span style="text-decoration:underline">het besluit</span></a><span>.</span></p></b>"""

WEB = """<nav><a href="/">Home</a></nav><script>track()</script><article>
<h2>Raad stemt in</h2><p>De raad stemde <strong>unaniem</strong> in met het <em>plan</em>.</p>
<blockquote><p>Dit is een goede dag.</p></blockquote>
<ul><li>punt een</li><li>punt twee</li></ul>
<p><img src="https://gemeente.nl/foto.jpg" alt="De raadszaal"></p>
<p>Zie <a href="https://gemeente.nl/besluit">het besluit</a>.</p></article>"""

CHECKS: dict[str, Callable[[str, str], bool]] = {
    "heading": lambda md, html: re.search(r"<h2[^>]*>Raad stemt in</h2>", html) is not None,
    "bold": lambda md, html: "<strong>unaniem</strong>" in html,
    "italic": lambda md, html: "<em>plan</em>" in html,
    "link": lambda md, html: '<a href="https://gemeente.nl/besluit">het besluit</a>' in html,
    "list": lambda md, html: re.search(r"<li[^>]*>\s*(<p[^>]*>)?punt een", html) is not None,
    "no markup left": lambda md, html: "<span" not in md and "<o:p>" not in md,
    "no script": lambda md, html: "track()" not in md,
}
EXTRA = {
    "WEB": {
        "quote": lambda md, html: "<blockquote" in html,
        "image": lambda md, html: 'alt="De raadszaal"' in html,
    }
}


def markdownify_convert(html: str) -> str:
    import markdownify

    return str(markdownify.markdownify(html, heading_style="ATX"))


def html2text_convert(html: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.google_doc = "docs-internal-guid" in html
    return str(converter.handle(html))


def main() -> None:
    from redactie.core.paste_markdown import html_to_markdown

    converters = {
        "markdownify": markdownify_convert,
        "html2text": html2text_convert,
        "redactie": html_to_markdown,  # markdownify with its extension point for Google Docs
    }
    samples = {"WORD": WORD, "GDOCS": GDOCS, "WEB": WEB}
    print(f"{'sample':8} {'converter':12} score  missing")
    for sample, html in samples.items():
        checks = {**CHECKS, **EXTRA.get(sample, {})}
        for name, convert in converters.items():
            md = convert(html)
            rendered = render_html(md)
            missing = [c for c, ok in checks.items() if not ok(md, rendered)]
            score = len(checks) - len(missing)
            print(f"{sample:8} {name:12} {score}/{len(checks)}  {', '.join(missing) or '-'}")


if __name__ == "__main__":
    main()
