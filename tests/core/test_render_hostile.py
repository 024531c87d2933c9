"""`render_html` on hostile bodies: no exception, the whole content, and (benchmarks/hostile.py
times them) linear work. Deep shortcode nesting is shown as text past a bound."""

from __future__ import annotations

from redactie.core.render import render_html
from redactie.core.render.pipeline import MAX_SHORTCODE_DEPTH


def test_two_hundred_nested_shortcodes_render() -> None:
    html = render_html("{{< kader >}}" * 200 + "binnenin" + "{{< /kader >}}" * 200)
    assert "binnenin" in html
    assert html.count('data-shortcode="kader"') >= MAX_SHORTCODE_DEPTH


def test_four_thousand_footnotes_are_numbered_in_order() -> None:
    body = "".join(f"Zin {i}.[^n{i}]\n\n" for i in range(4000))
    body += "".join(f"[^n{i}]: Noot {i}.\n" for i in range(4000))
    html = render_html(body)
    assert html.count('<li id="fn:') == 4000
    assert '<li id="fn:4000" ' in html and "Noot 3999." in html
    assert html.index("Noot 0.") < html.index("Noot 1.") < html.index("Noot 3999.")


def test_a_line_of_twenty_thousand_quotes() -> None:
    html = render_html('"' * 20_000)
    assert html.count("&ldquo;") + html.count("&rdquo;") + html.count("&quot;") == 20_000
