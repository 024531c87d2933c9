"""The incremental renderer, case by case: what it patches, what it leaves to a full render.

(The randomized comparison with full renders is in test_incremental_random.py.)
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.core.render import render_html
from redactie.core.render.fold import render_full, shortcode_spans
from redactie.core.render.incremental import IncrementalRenderer, Limits, _Dirty
from redactie.core.render.patch import (
    Footnotes,
    Insert,
    Remove,
    Reset,
    Shift,
    Whole,
    as_json,
)

ARTICLE = """Eerste alinea met wat tekst.

## Inleiding

Tweede alinea, met een [link](https://example.nl).

- een
- twee

> Een citaat.

Laatste alinea.
"""


def loaded(text: str, *, unsafe: bool = False, limits: Limits | None = None) -> IncrementalRenderer:
    renderer = IncrementalRenderer(unsafe=unsafe, limits=limits)
    renderer.reset(text)
    revision, snapshot = renderer.snapshot()
    update = renderer.install(revision, render_full(snapshot, unsafe=unsafe))
    assert not update.full
    return renderer


def edit(renderer: IncrementalRenderer, line: int, new: str) -> None:
    """Replace one line by `new` (which may hold line breaks)."""
    assert renderer.change(line, 1, new.split("\n"))


def exact(renderer: IncrementalRenderer) -> bool:
    return renderer.html() == render_html(renderer.text, front_matter=False)


def full_render(renderer: IncrementalRenderer) -> None:
    revision, text = renderer.snapshot()
    assert not renderer.install(revision, render_full(text)).full


def test_the_first_install_shows_the_whole_document_at_once() -> None:
    renderer = IncrementalRenderer()
    renderer.reset(ARTICLE)
    assert renderer.update().full  # nothing to patch yet
    revision, text = renderer.snapshot()
    update = renderer.install(revision, render_full(text))
    assert [type(op) for op in update.ops] == [Reset]
    assert exact(renderer)


def test_typing_in_a_paragraph_replaces_only_that_block() -> None:
    renderer = loaded(ARTICLE)
    before = {b.id for b in renderer.blocks}
    edit(renderer, 4, "Tweede alinea, met een [link](https://example.nl) en meer.")
    update = renderer.update()
    assert not update.full
    removed = [op for op in update.ops if isinstance(op, Remove)]
    inserted = [op for op in update.ops if isinstance(op, Insert)]
    assert len(removed) == 1 and len(removed[0].ids) == 1
    assert len(inserted) == 1 and "en meer." in inserted[0].blocks[0][1]
    assert len(before & {b.id for b in renderer.blocks}) == len(before) - 1
    assert exact(renderer)


def test_an_edit_that_leaves_the_html_alone_sends_nothing() -> None:
    renderer = loaded(ARTICLE)
    edit(renderer, 0, "Eerste alinea met wat tekst.  ")  # trailing spaces: same HTML
    update = renderer.update()
    assert update.ops == () and not update.full
    assert exact(renderer)


def test_a_new_line_shifts_the_line_numbers_of_the_blocks_after_it() -> None:
    renderer = loaded(ARTICLE)
    edit(renderer, 0, "Eerste alinea\nmet wat tekst.")
    update = renderer.update()
    shifts = [op for op in update.ops if isinstance(op, Shift)]
    assert len(shifts) == 1 and shifts[0].delta == 1
    assert shifts[0].last == renderer.blocks[-1].id
    assert '<p data-line="12">Laatste' in renderer.html()  # it moved down from line 11
    assert exact(renderer)


def test_an_unclosed_code_fence_is_left_to_a_full_render() -> None:
    renderer = loaded(ARTICLE * 200)  # long enough that the fence's reach exceeds the window
    edit(renderer, 0, "```")
    update = renderer.update()
    assert update.full and update.ops == ()
    assert renderer.needs_full
    full_render(renderer)
    assert exact(renderer)
    assert renderer.html().count("<pre") == 1


def test_a_new_link_reference_definition_re_renders_the_blocks_that_use_it() -> None:
    renderer = loaded("Zie [de site][site].\n\nMeer tekst.\n\nGeen link.\n")
    edit(renderer, 2, "[site]: https://example.nl")
    update = renderer.update()
    assert not update.full
    inserted = [html for op in update.ops if isinstance(op, Insert) for _, html in op.blocks]
    assert inserted == ['<p data-line="0">Zie <a href="https://example.nl">de site</a>.</p>\n']
    assert exact(renderer)


def test_an_edited_footnote_reference_renumbers_without_a_full_render() -> None:
    renderer = loaded("Tekst[^1].\n\nNog[^2].\n\n[^1]: Een.\n\n[^2]: Twee.\n")
    edit(renderer, 0, "Tekst[^2], meer[^1].")
    update = renderer.update()
    assert not update.full
    assert any(isinstance(op, Footnotes) for op in update.ops)  # the notes swapped places
    assert 'href="#fn:2" class="footnote-ref" role="doc-noteref">2' in renderer.html()
    assert exact(renderer)


def test_an_opened_quote_re_renders_the_later_blocks_that_have_quotes() -> None:
    text = 'Een "citaat" hier.\n\nGeen aanhalingstekens.\n\nZij zei dit" toen.\n'
    renderer = loaded(text)
    assert "dit&quot; toen" in renderer.html()  # nothing open: a plain quote
    edit(renderer, 0, 'Een "citaat hier.')  # the quote stays open
    update = renderer.update()
    inserted = [html for op in update.ops if isinstance(op, Insert) for _, html in op.blocks]
    assert len(inserted) == 2  # the edited block and the last one; not the middle one
    assert "dit&rdquo; toen" in inserted[1]  # now it closes the open quote
    assert exact(renderer)


def test_a_repeated_heading_renumbers_the_later_one() -> None:
    renderer = loaded("## Inleiding\n\nTekst.\n\n## Slot\n\n## Inleiding\n")
    assert 'id="inleiding-1"' in renderer.html()
    edit(renderer, 0, "## Begin")
    assert not renderer.update().full
    assert 'id="inleiding"' in renderer.html() and "inleiding-1" not in renderer.html()
    assert exact(renderer)


def test_typing_in_a_repeated_heading_re_renders_no_block_with_braces_that_is_no_heading() -> None:
    """A heading's new id is compared with the later headings' ids; blocks with `{` that
    are no heading (code, JSON) cannot take an id whatever the ids before them. They were
    rendered again as if they were headings with an explicit id: past the limit of renders
    a 5 MB article asked for a full render on every key typed into such a heading."""
    code = '```json\n{"sleutel": 1}\n```\n\n'
    text = "## Geselecteerd\n\nTekst.\n\n## Geselecteerd\n\n" + code * 40 + "## Slot {#slot}\n"
    renderer = loaded(text)
    assert 'id="geselecteerd-1"' in renderer.html()
    for typed in ("## DGeselecteerd", "## DiGeselecteerd", "## Di Geselecteerd"):
        edit(renderer, 4, typed)
        update = renderer.update()
        assert not update.full
        inserted = [html for op in update.ops if isinstance(op, Insert) for _, html in op.blocks]
        assert len(inserted) == 1 and "<h2" in inserted[0]  # the heading typed in, alone
        assert exact(renderer)
    edit(renderer, 0, "## Slot")  # a heading before the one with an explicit id: it moves
    assert not renderer.update().full
    assert exact(renderer)


NO_RENUMBERING = Limits(notes=0)  # a footnote edit then needs a full render


def test_edits_made_while_a_full_render_runs_are_replayed_on_its_result() -> None:
    renderer = loaded(ARTICLE, limits=NO_RENUMBERING)
    edit(renderer, 0, "Eerste[^1] alinea.\n\n[^1]: Een noot.")
    assert renderer.update().full
    revision, text = renderer.snapshot()
    result = render_full(text)
    edit(renderer, 11, "Laatste alinea, nu langer.")  # typed while the worker renders
    update = renderer.install(revision, result)
    assert not update.full
    assert "nu langer" in renderer.html()
    assert exact(renderer)


def test_a_result_for_another_request_is_dropped() -> None:
    renderer = loaded(ARTICLE, limits=NO_RENUMBERING)
    edit(renderer, 0, "Eerste[^1] alinea.\n\n[^1]: Een noot.")
    renderer.update()
    revision, text = renderer.snapshot()
    update = renderer.install(revision - 1, render_full(text))
    assert update.ops == () and update.full


def test_raw_html_left_open_across_blocks_is_sanitized_as_one_block() -> None:
    renderer = IncrementalRenderer(unsafe=True)
    renderer.reset('<div class="kader">\n\nHallo\n\n</div>\n\n<script>alert(1)</script>\n')
    revision, text = renderer.snapshot()
    update = renderer.install(revision, render_full(text, unsafe=True))
    assert [type(op) for op in update.ops] == [Reset]
    assert [(b.start, b.end) for b in renderer.blocks] == [(0, 5), (6, 7)]
    assert "<script" not in renderer.html() and "Hallo" in renderer.html()
    assert renderer.html() == render_html(renderer.text, front_matter=False, unsafe=True)
    edit(renderer, 2, "Hallo daar")
    assert not renderer.update().full  # the range again, not the whole
    assert renderer.html() == render_html(renderer.text, front_matter=False, unsafe=True)


def test_raw_html_left_open_to_the_end_shows_the_sanitized_whole() -> None:
    renderer = IncrementalRenderer(unsafe=True)
    renderer.reset('<div class="kader">\n\nHallo\n\n<script>alert(1)</script>\n')
    revision, text = renderer.snapshot()
    update = renderer.install(revision, render_full(text, unsafe=True))
    assert [type(op) for op in update.ops] == [Whole]
    assert "<script" not in renderer.html() and "Hallo" in renderer.html()
    edit(renderer, 2, "Hallo daar")
    assert renderer.update().full  # the whole again


def test_raw_html_closed_in_its_block_stays_incremental_on_a_key() -> None:
    text = "<div>Hallo</div>\n\nTekst.\n\n<script>alert(1)</script>\n"
    renderer = loaded(text, unsafe=True)
    assert renderer.whole is None
    edit(renderer, 2, "Tekst, <b>vet</b>.")
    update = renderer.update()
    assert not update.full and update.ops
    assert "<script" not in renderer.html() and "<b>vet</b>" in renderer.html()
    assert renderer.html() == render_html(renderer.text, front_matter=False, unsafe=True)


def test_block_at_finds_the_block_of_a_line() -> None:
    renderer = loaded(ARTICLE)
    block = renderer.block_at(5)
    assert block is not None and block.start == 4
    assert renderer.block_at(0) is renderer.blocks[0]


def test_a_provisional_first_screen_keeps_its_blocks_when_the_full_render_comes() -> None:
    renderer = IncrementalRenderer()
    renderer.reset(ARTICLE)
    revision, text = renderer.snapshot()
    shown = renderer.provisional(render_full(text.split("## Inleiding")[0]))
    first_id = renderer.blocks[0].id
    assert isinstance(shown.ops[0], Reset)
    update = renderer.install(revision, render_full(text))
    assert renderer.blocks[0].id == first_id
    assert not any(isinstance(op, Remove) and first_id in op.ids for op in update.ops)
    assert exact(renderer)


def test_shortcode_spans_cover_pairs_and_their_insides() -> None:
    text = "a\n{{< note >}}\nb\n{{< /note >}}\n{{< youtube x >}}\n{{</* x */>}}\n"
    assert shortcode_spans(text) == ((1, 3), (4, 4), (5, 5))
    assert shortcode_spans("geen {{ liquid }} hier") == ()


def test_operations_as_the_page_reads_them() -> None:
    assert as_json(Remove((1, 2))) == ["remove", [1, 2]]
    assert as_json(Shift(3, 9, -2)) == ["shift", 3, 9, -2]
    assert as_json(Insert(None, ((4, "<p>x</p>\n"),))) == ["insert", None, [[4, "<p>x</p>\n"]]]
    assert as_json(Reset(((1, "<hr>\n"),), "")) == ["reset", [[1, "<hr>\n"]], ""]
    assert as_json(Footnotes("<div></div>")) == ["footnotes", "<div></div>"]
    assert as_json(Whole("<p>x</p>")) == ["whole", "<p>x</p>"]


_edits = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=8
)


@settings(max_examples=300, deadline=None)
@given(_edits)
def test_composed_edits_cover_every_changed_line(edits: list[tuple[int, int, int]]) -> None:
    original = [f"r{i}" for i in range(30)]
    lines = list(original)
    dirty = _Dirty()
    for number, (first, removed, added) in enumerate(edits):
        first = min(first, len(lines))
        removed = min(removed, len(lines) - first)
        lines[first : first + removed] = [f"n{number}-{k}" for k in range(added)]
        dirty.add(first, removed, added)
    assert lines[: dirty.start] == original[: dirty.start]
    assert lines[dirty.end :] == original[dirty.end - dirty.delta :]
    assert len(lines) - len(original) == dirty.delta


def test_a_background_full_render_confirms_a_patched_page_or_corrects_it() -> None:
    renderer = loaded(ARTICLE)
    assert not renderer.confirming  # just rendered in full
    edit(renderer, 0, "Eerste alinea, nu met meer tekst.")
    assert not renderer.update().full
    assert renderer.confirming
    revision, text = renderer.snapshot()
    assert renderer.install(revision, render_full(text)).ops == ()  # nothing differs
    assert not renderer.confirming and renderer.corrections == 0
    edit(renderer, 0, "Eerste alinea, weer anders.")
    renderer.update()
    renderer.blocks[0].html = "<p>fout</p>\n"  # as if a patch had gone wrong
    revision, text = renderer.snapshot()
    update = renderer.install(revision, render_full(text))
    assert [type(op) for op in update.ops] == [Remove, Insert]
    assert renderer.corrections == 1 and exact(renderer)
