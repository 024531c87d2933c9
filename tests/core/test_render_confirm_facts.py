"""A confirming render sends the document's facts only when they differ from the engine's
(`confirm.facts_digest`): a right page gets none, and a changed reference definition,
footnote label or shortcode span gets them, after which the engine's facts are a full
render's."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import replace

import pytest

from redactie.core.render import render_html
from redactie.core.render.confirm import Confirmation, apply, compare, facts_digest, page_state
from redactie.core.render.fold import Reference, render_full
from redactie.core.render.incremental import IncrementalRenderer
from redactie.core.render.live_facts import Facts


def article(sections: int) -> str:
    parts = [
        f'## Deel {n}\n\nAlinea {n} met "citaat"[^{n % 2}] en [link][l{n % 3}].'
        for n in range(sections)
    ]
    parts.insert(3, '{{< figure src="a.jpg" >}}')
    parts.insert(9, "{{< youtube abc >}}")
    parts.append('[l0]: https://example.nl/0\n[l1]: https://example.nl/1 "Een"')
    parts.append("[^0]: Noot nul.\n\n[^1]: Noot een.")
    return "\n\n".join(parts) + "\n"


def shown(text: str) -> IncrementalRenderer:
    engine = IncrementalRenderer()
    engine.reset(text)
    revision, snapshot = engine.snapshot()
    engine.install(revision, render_full(snapshot))
    return engine


def typed(engine: IncrementalRenderer, starting: str, new: str) -> None:
    """Line `starting...` becomes `new` on the keystroke path (to be confirmed)."""
    line = next(n for n, text in enumerate(engine.lines) if text.startswith(starting))
    assert engine.change(line, 1, new.split("\n"))
    engine.update()
    assert engine.confirming


def confirm_round(engine: IncrementalRenderer) -> Confirmation:
    state = page_state(engine)
    assert state is not None
    revision, text = engine.snapshot()
    sent = pickle.loads(pickle.dumps(state))  # as it crosses to the worker
    answer = pickle.loads(pickle.dumps(compare(render_full(text), sent)))
    assert isinstance(answer, Confirmation)
    apply(engine, revision, answer)
    return answer


def assert_facts_of_a_full_render(engine: IncrementalRenderer) -> None:
    fresh = shown(engine.text)
    assert engine._facts == fresh._facts
    assert engine._notes_raw == fresh._notes_raw
    assert not engine.confirming
    assert engine.html() == render_html(engine.text, front_matter=False)


def test_a_right_page_with_unchanged_facts_gets_no_facts() -> None:
    engine = shown(article(40))
    facts = engine._facts
    typed(engine, "Alinea 7 ", "Alinea 7 met andere woorden.")
    answer = confirm_round(engine)
    assert answer.facts is None and answer.blocks == ()
    assert engine._facts is facts  # kept, not rebuilt
    assert_facts_of_a_full_render(engine)


def test_lines_added_shift_the_facts_yet_they_need_not_come() -> None:
    engine = shown(article(40))
    typed(engine, "Alinea 2 ", "Alinea 2.\n\nEen nieuwe alinea.\n\nEn nog een.")
    assert engine._facts.spans != shown(article(40))._facts.spans  # shifted on the GUI
    answer = confirm_round(engine)
    assert answer.facts is None
    assert_facts_of_a_full_render(engine)


def last_reference(facts: Facts, **changes: str) -> Facts:
    references = facts.references
    return replace(facts, references=[*references[:-1], replace(references[-1], **changes)])


def first_span_moved(facts: Facts) -> Facts:
    (start, end), *rest = facts.spans
    return replace(facts, spans=((start + 1, end + 1), *rest))


@pytest.mark.parametrize(
    "wrong",
    [
        pytest.param(lambda f: last_reference(f, href="x"), id="reference href"),
        pytest.param(lambda f: last_reference(f, title=""), id="reference title"),
        pytest.param(lambda f: replace(f, references=f.references[:1]), id="reference lost"),
        pytest.param(lambda f: replace(f, labels=frozenset({"0"})), id="footnote label"),
        pytest.param(first_span_moved, id="shortcode span"),
        pytest.param(lambda f: replace(f, spans_clean=False), id="spans clean"),
    ],
)
def test_facts_the_engine_has_wrong_come_and_are_installed(
    wrong: Callable[[Facts], Facts],
) -> None:
    engine = shown(article(40))
    typed(engine, "Alinea 7 ", "Alinea 7 met andere woorden.")
    engine._facts = wrong(engine._facts)  # as if a patch had erred
    answer = confirm_round(engine)
    assert answer.facts is not None and answer.blocks == ()
    assert_facts_of_a_full_render(engine)


def test_notes_with_raw_html_the_engine_missed_come() -> None:
    engine = shown(article(20))
    typed(engine, "Alinea 7 ", "Alinea 7 met andere woorden.")
    engine._notes_raw = True
    answer = confirm_round(engine)
    assert answer.facts is not None and answer.facts.notes_raw is False
    assert_facts_of_a_full_render(engine)


@pytest.mark.parametrize(
    ("starting", "new"),
    [
        ("[l0]: ", "[l0]: https://example.nl/nul"),
        ("[l1]: ", '[l1]: https://example.nl/1 "Twee"'),
        ("Alinea 5 ", "Alinea 5 met [^nieuw].\n\n[^nieuw]: Een nieuwe noot."),
        ("Alinea 30 ", '{{< figure src="b.jpg" >}}'),  # after the last: no renumbering
        ("{{< youtube", "Geen video meer."),
    ],
    ids=["reference changed", "reference title", "footnote label", "shortcode added", "gone"],
)
def test_facts_changed_by_typing_are_a_full_renders_after_confirming(
    starting: str, new: str
) -> None:
    engine = shown(article(40))
    typed(engine, starting, new)
    confirm_round(engine)
    assert_facts_of_a_full_render(engine)


def test_the_digest_tells_apart_what_differs() -> None:
    ref = Reference(3, "A", "https://a", "")
    digests = {
        facts_digest([], [], (), True, False),
        facts_digest([], [""], (), True, False),
        facts_digest([ref], [], (), True, False),
        facts_digest([Reference(3, "A", "", "https://a")], [], (), True, False),
        facts_digest([Reference(3, "A\0B", "", "")], [], (), True, False),
        facts_digest([Reference(3, "A", "\0B", "")], [], (), True, False),
        facts_digest([ref], [], ((1, 2),), True, False),
        facts_digest([ref], [], ((1, 2),), False, False),
        facts_digest([ref], [], ((1, 2),), True, True),
        facts_digest([ref], [], ((1, 2),), True, False, raw=True),
        facts_digest([], ["a", "b"], (), True, False),
        facts_digest([], ["a\0b"], (), True, False),
    }
    assert len(digests) == 12
    assert facts_digest([ref], {"b", "a"}, ((1, 2),), True, False) == facts_digest(
        [Reference(3, "A", "https://a", "")], ["a", "b"], [(1, 2)], True, False
    )


def test_a_state_without_a_digest_gets_the_facts() -> None:
    engine = shown(article(10))
    typed(engine, "Alinea 7 ", "Alinea 7 met andere woorden.")
    state = page_state(engine)
    assert state is not None
    answer = compare(render_full(engine.snapshot()[1]), replace(state, facts=b""))
    assert isinstance(answer, Confirmation) and answer.facts is not None
