"""A confirming full render compared in the worker (`render.confirm`): the page's state goes
out, only the blocks that differ come back, and the engine ends as `install` leaves it."""

from __future__ import annotations

import pickle

from redactie.core.render import render_html
from redactie.core.render.confirm import Confirmation, apply, compare, page_state
from redactie.core.render.fold import render_full
from redactie.core.render.incremental import IncrementalRenderer
from redactie.core.render.patch import Footnotes, Insert, Remove


def article(sections: int) -> str:
    parts = [
        f'## Deel {n}\n\nAlinea {n} met "citaat"[^{n % 2}] en [link][l{n % 3}].'
        for n in range(sections)
    ]
    parts.append("[l0]: https://example.nl/0\n[l1]: https://example.nl/1")
    parts.append("[^0]: Noot nul.\n\n[^1]: Noot een.")
    return "\n\n".join(parts) + "\n"


def patched_engine(text: str) -> IncrementalRenderer:
    """An engine showing `text` after a full render and one typed edit (to be confirmed)."""
    engine = IncrementalRenderer()
    engine.reset(text)
    revision, snapshot = engine.snapshot()
    engine.install(revision, render_full(snapshot))
    line = next(n for n, text in enumerate(engine.lines) if text.startswith("Alinea 7 "))
    assert engine.change(line, 1, [engine.lines[line] + " Meer tekst."])
    assert not engine.update().full
    assert engine.confirming
    return engine


def confirm_round(engine: IncrementalRenderer) -> tuple[object, list[object]]:
    state = page_state(engine)
    assert state is not None
    revision, text = engine.snapshot()
    sent = pickle.loads(pickle.dumps(state))  # as it crosses to the worker
    answer = pickle.loads(pickle.dumps(compare(render_full(text), sent)))
    assert isinstance(answer, Confirmation)
    return answer, list(apply(engine, revision, answer).ops)


def test_a_right_page_gets_nothing_back() -> None:
    engine = patched_engine(article(60))
    answer, ops = confirm_round(engine)
    assert isinstance(answer, Confirmation)
    assert answer.first == answer.last and not answer.blocks and answer.footnotes is None
    assert ops == []
    assert engine.corrections == 0 and not engine.confirming
    assert engine.html() == render_html(engine.text, front_matter=False)


def test_a_wrong_block_comes_back_alone_and_is_corrected() -> None:
    engine = patched_engine(article(60))
    wrong = engine.blocks[30]
    wrong.html = "<p>fout</p>\n"  # as if a patch had gone wrong
    answer, ops = confirm_round(engine)
    assert isinstance(answer, Confirmation)
    assert (answer.first, answer.last, len(answer.blocks)) == (30, 31, 1)
    assert [type(op) for op in ops] == [Remove, Insert]
    assert ops[0] == Remove((wrong.id,))
    assert engine.corrections == 1 and not engine.confirming
    assert engine.html() == render_html(engine.text, front_matter=False)


def test_a_wrong_notes_section_comes_back_without_the_blocks() -> None:
    engine = patched_engine(article(20))
    engine.footnotes = engine.footnotes.replace("Noot een", "Noot fout")
    answer, ops = confirm_round(engine)
    assert isinstance(answer, Confirmation) and answer.blocks == ()
    assert len(ops) == 1 and isinstance(ops[0], Footnotes) and "Noot een" in ops[0].html
    assert engine.html() == render_html(engine.text, front_matter=False)


def test_an_answer_overtaken_by_typing_is_dropped() -> None:
    engine = patched_engine(article(20))
    state = page_state(engine)
    assert state is not None
    revision, text = engine.snapshot()
    answer = compare(render_full(text), state)
    assert isinstance(answer, Confirmation)
    assert engine.change(2, 1, ["Alinea 0 met meer."])  # typed while the worker rendered
    engine.blocks[5].html = "<p>fout</p>\n"
    assert apply(engine, revision, answer).ops == ()
    assert engine.confirming  # the next pause confirms again


def test_raw_html_on_the_page_is_compared_the_old_way() -> None:
    engine = IncrementalRenderer(unsafe=True)
    engine.reset("<div>\n\nTekst\n\n</div>\n")
    assert page_state(engine) is None


def test_references_cross_to_the_gui_whole() -> None:
    references = render_full(article(12)).references
    assert len(references) == 2
    assert pickle.loads(pickle.dumps(references, protocol=pickle.HIGHEST_PROTOCOL)) == references
