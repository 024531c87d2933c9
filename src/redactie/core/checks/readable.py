"""`sentence-long`: the sentences a reader loses the thread in, as a hint (`info`).

The sentences and their count come from `core.article.readability` (pysbd and Pyphen, measured
there). Counting them takes 40-600 ms on real articles, so the window does not run this rule on
its GUI thread (`CheckContext.interactive`): it marks long sentences in the editor from a
worker instead. Here only the blocks long enough to hold one are segmented
(`readability.long_sentences`), the same findings at a fraction of the cost. `redactie check`
and the export list them; a site can raise the level.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactie.core.checks.model import CheckContext, Hit


def long_sentences(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.interactive:
        return
    # imported on first use: markdown-it, pysbd and Pyphen, a worker's ~0.2 s start, are for
    # hints, and `redactie check` runs none unless asked
    from redactie.core.article import readability as prose

    limit = (ctx.site.options.long_sentence_words if ctx.site is not None else None) or (
        prose.LONG_SENTENCE_WORDS
    )
    first = ctx.body_first_line
    for sentence in prose.long_sentences(ctx.article.body, limit):
        yield Hit(first + sentence.line - 1, None, {"words": sentence.words, "max": limit})
