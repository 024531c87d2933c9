"""Raw HTML block by block: a block `self_contained` says closes what it opens, so the
blocks sanitized one by one are the sanitized whole (property test on random raw HTML)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.core.render.raw_blocks import self_contained
from redactie.core.render.sanitize import sanitize

PARTS = (
    "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href='x'>", "</a>",
    "<br>", "<img src=a.png>", "<hr/>", "tekst", " & ", "<", ">", "<!-- c -->", "<!--",
    "-->", "<script>x()</script>", "<script>", "<table>", "</table>", "<tr>", "<td>", "</td>",
    "</tr>", "<iframe src='y'></iframe>", "<details>", "<summary>s</summary>", "</details>",
    "<li>", "</li>", "<ul>", "</ul>", "<svg>", "<span title=\"a>b\">", "</span>", "\n",
)  # fmt: skip
_block = st.lists(st.sampled_from(PARTS), min_size=1, max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(_block, min_size=1, max_size=5))
def test_self_contained_blocks_sanitize_alone_as_in_the_whole(blocks: list[str]) -> None:
    pieces = [f"<p>Alinea {n}.</p>\n{b}\n" for n, b in enumerate(blocks)]
    if all(self_contained(piece) for piece in pieces):
        assert "".join(sanitize(p) for p in pieces) == sanitize("".join(pieces))


def test_what_is_self_contained() -> None:
    assert self_contained('<figure><img src="a.png"><figcaption>x</figcaption></figure>\n')
    assert self_contained('<iframe src="https://example.nl"></iframe>')
    assert self_contained("<table><tr><td>1</td></tr></table>")
    assert self_contained("<p>a <!-- noot --> b</p>")
    assert not self_contained("<details>\n<summary>Meer</summary>\n")
    assert not self_contained("</div>")
    assert not self_contained("<b><i></b></i>")
    assert not self_contained("<!-- open")
    assert not self_contained("<script>alert(1)")
    assert not self_contained("<td>los</td>")
    assert not self_contained("<div title='x'")
