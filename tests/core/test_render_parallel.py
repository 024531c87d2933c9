"""The first full render of a long article on both cores (`core/render/parallel.py`).

A helper renders the blocks after the split from an assumed entry state; the worker's render
takes those whose real key matches and renders the rest again. The HTML must be the serial
render's byte for byte, on the whole corpus as long articles and on cases made to break the
assumption (a quote left open across the split, the same heading on both sides, notes
referenced on both sides, raw HTML on a site that allows it, shortcodes); and the helper must
really do the work: in a process of its own, the worker renders fewer than half the blocks.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from redactie.core.render import fold, prepare_source
from redactie.core.render.blocks import BlockCache
from redactie.core.render.fold import FullRendering, Part, Stream, render_full
from redactie.core.render.parallel import Ahead, serve_helper
from redactie.core.render.request import RenderRequest
from tests.markers import needs_corpus
from tests.paths import corpus_files


@contextmanager
def helper_thread() -> Iterator[Any]:
    """The helper's loop on a real pipe, in a thread (the same code as the process runs)."""
    ours, theirs = multiprocessing.Pipe()
    thread = threading.Thread(target=serve_helper, args=(theirs,))
    thread.start()
    try:
        yield ours
    finally:
        ours.close()
        thread.join()
        theirs.close()


def parallel(text: str, unsafe: bool, connection: Any, revision: int = 1) -> tuple[str, Ahead]:
    ahead = Ahead(connection, revision, text, unsafe)
    result = render_full(text, unsafe=unsafe, cache=BlockCache(65536), ahead=ahead)
    return result.html, ahead


def same_as_serial(text: str, unsafe: bool, connection: Any, revision: int = 1) -> Ahead:
    html, ahead = parallel(text, unsafe, connection, revision)
    assert html == render_full(text, unsafe=unsafe).html
    return ahead


def long_articles(limit: int = 300_000) -> list[str]:
    """Every corpus article's body, joined into articles of about `limit` characters."""
    articles: list[str] = []
    current: list[str] = []
    size = 0
    for path in corpus_files():
        if path.suffix != ".md":
            continue
        body = prepare_source(path.read_text(encoding="utf-8"))
        current.append(body)
        size += len(body)
        if size >= limit:
            articles.append("\n\n".join(current))
            current, size = [], 0
    if current:
        articles.append("\n\n".join(current))
    return articles


@needs_corpus
@pytest.mark.parametrize("unsafe", [False, True])
def test_the_corpus_as_long_articles_renders_as_the_serial_render(unsafe: bool) -> None:
    articles = long_articles()
    assert sum(len(a) for a in articles) > 1_000_000
    with helper_thread() as connection:
        for revision, text in enumerate(articles):
            ahead = same_as_serial(text, unsafe, connection, revision)
            assert ahead.taken > 0


def paragraphs(n: int, word: str) -> str:
    return "".join(
        f"Alinea {word} {i} met *nadruk* en een [link](https://x.nl/{i}).\n\n" for i in range(n)
    )


HARD_CASES = {
    "a quote left open across the split": (
        paragraphs(40, "een")
        + 'Hij zei: "dit blijft open.\n\n'
        + "".join(f"Alinea {i} met \"citaat\" en 'enkel'.\n\n" for i in range(40))
    ),
    "the same headings on both sides": "".join(
        f"## Inleiding\n\n## Deel {i % 3}\n\n{paragraphs(2, str(i))}" for i in range(40)
    ),
    "notes referenced on both sides": (
        "".join(f"Alinea {i} met een noot[^{i % 4}] en nog een[^x{i}].\n\n" for i in range(60))
        + "".join(f"[^{i}]: Noot {i}.\n\n" for i in range(4))
        + "".join(f"[^x{i}]: Extra {i}.\n\n" for i in range(60))
    ),
    "raw HTML held open across the split": (
        paragraphs(40, "een")
        + '<div class="kader">\n\n'
        + paragraphs(10, "in")
        + "<script>alert(1)</script>\n\n</div>\n\n"
        + paragraphs(40, "na")
        + "<details>\n<summary>Meer</summary>\n\nTekst\n\n</details>\n"
    ),
    "shortcodes on both sides": "".join(
        f'## Kop {{{{< param title >}}}} {i}\n\n{{{{< figure src="a{i}.jpg" >}}}}\n\n'
        f"{{{{% notice %}}}}\nBinnen {i} met *nadruk*.\n{{{{% /notice %}}}}\n\n"
        + paragraphs(2, str(i))
        for i in range(40)
    ),
    "a paired shortcode across the split": (
        paragraphs(40, "een") + "{{% notice %}}\n" + paragraphs(40, "in") + "{{% /notice %}}\n"
    ),
    "references defined before the split, used after": (
        '[ref]: https://voorbeeld.nl/ref "Titel"\n\n[^n]: Noot.\n\n'
        + paragraphs(40, "een")
        + "".join(f"Zie [hier][ref] en [^n] en [nergens][x] {i}.\n\n" for i in range(40))
    ),
    "an open fence to the end": paragraphs(40, "een") + "```\ncode\n\n" + paragraphs(40, "in"),
    "a list across the split": "".join(f"- punt {i}\n\n  vervolg {i}\n" for i in range(200)),
}


@pytest.mark.parametrize("unsafe", [False, True])
@pytest.mark.parametrize("case", list(HARD_CASES))
def test_hard_cases_render_as_the_serial_render(case: str, unsafe: bool) -> None:
    with helper_thread() as connection:
        same_as_serial(HARD_CASES[case], unsafe, connection)
        # and again on the same pipe: answers stay with their render
        same_as_serial(HARD_CASES[case] + "\n\nNog een alinea.\n", unsafe, connection, 2)


def test_an_open_quote_is_rendered_again_not_taken_from_the_helper() -> None:
    text = HARD_CASES["a quote left open across the split"]
    with helper_thread() as connection:
        html, ahead = parallel(text, False, connection)
    assert html == render_full(text).html
    assert "&ldquo;dit blijft open." in html
    assert ahead.taken > 0


def test_the_worker_renders_fewer_than_half_the_blocks_with_a_helper_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "".join(
        f'## Deel {i}\n\nEen alinea {i} met *nadruk*, "citaat" en [een link](https://x.nl).\n\n'
        f"- punt {i}\n- nog een\n\n"
        for i in range(3000)
    )
    rendered: list[int] = []
    real = fold._render_block

    def counting(*args: Any, **kwargs: Any) -> Any:
        rendered.append(1)
        return real(*args, **kwargs)

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    helper = context.Process(target=serve_helper, args=(theirs,), daemon=True)
    helper.start()
    theirs.close()
    try:
        monkeypatch.setattr(fold, "_render_block", counting)
        html, ahead = parallel(text, False, ours)
        by_the_worker = len(rendered)
    finally:
        ours.close()
        helper.join(30)
    monkeypatch.undo()
    blocks = len(render_full(text).blocks)
    assert html == render_full(text).html
    assert helper.exitcode == 0  # it ended when the worker's end closed
    assert ahead.taken > blocks * 2 // 5
    assert by_the_worker < blocks // 2


def test_a_helper_gone_leaves_the_render_to_the_worker() -> None:
    text = HARD_CASES["the same headings on both sides"]
    ours, theirs = multiprocessing.Pipe()
    theirs.close()
    html, ahead = parallel(text, False, ours)
    assert html == render_full(text).html
    assert ahead.taken == 0


def test_serve_streams_a_helped_render_in_parts_from_the_first_screen() -> None:
    text = HARD_CASES["notes referenced on both sides"] * 3
    gui, worker_end = multiprocessing.Pipe()
    worker_helper, helper_end = multiprocessing.Pipe()
    helper = threading.Thread(target=serve_helper, args=(helper_end,))
    worker = threading.Thread(target=fold.serve, args=(worker_end, worker_helper))
    helper.start()
    worker.start()
    try:
        gui.send(RenderRequest(7, text, False, Stream(3, 2_000, helped=True)))
        parts: list[Part] = []
        while True:
            assert gui.poll(120), "the worker answers"  # a dead loop must fail, not hang
            message = gui.recv()
            if isinstance(message, Part):
                parts.append(message)
                continue
            revision, result = message
            break
    finally:
        gui.close()
        worker.join()
        worker_helper.close()
        helper.join()
    assert revision == 7 and isinstance(result, FullRendering)
    assert len(parts) > 2 and parts[0].blocks[0].start == 0
    blocks = tuple(b for part in parts for b in part.blocks)
    serial = render_full(text)
    assert blocks == serial.blocks and result.footnotes == serial.footnotes


def test_a_block_without_a_note_reference_stays_cached_when_a_note_comes_before_it() -> None:
    body = paragraphs(30, "een") + "Met noten[^a][^b].\n\n[^a]: De noot.\n\n[^b]: Nog een.\n"
    cache = BlockCache(65536)
    render_full(body, cache=cache)
    edited = "Eerst een noot[^b].\n\n" + body  # the same notes, numbered otherwise
    hits = cache.hits
    assert render_full(edited, cache=cache).html == render_full(edited).html
    assert cache.hits - hits >= 30  # every paragraph without `[^`


@pytest.mark.parametrize("opened", ["Hij zei 'open en", 'Dubbel "open'])
def test_blocks_stay_cached_when_more_quotes_open_above_them_and_render_as_fresh(
    opened: str,
) -> None:
    """The cache keys a block by the open quote counts only up to its own number of quotes
    that may close one (`fold._relevant`): from two open quotes on, a block with two quotes
    renders the same however many are open, as a fresh render says."""
    body = "".join(
        f"Alinea {i}: 'citaat' en \"dubbel\" en zo'n ding, Smiths' huis {i}.\n\n"
        if i % 3 == 0
        else f"Alinea {i} opent 'hier en \"daar {i}.\n\n"
        for i in range(60)
    )
    cache = BlockCache(65536)
    for n in range(5):
        edited = f"{opened}\n\n" * n + body
        hits = cache.hits
        assert render_full(edited, cache=cache).html == render_full(edited).html
        if n >= 3:
            assert cache.hits - hits >= 60  # every block of the body
