"""Two versions as changes to take one by one; words marked inside a changed line."""

from __future__ import annotations

from redactie.core.article.compare import changes, merge, word_spans

MINE = "---\ntitle: Mijn kop\n---\nEerste alinea.\n\nTweede alinea van mij.\n\nSlot.\n"
THEIRS = "---\ntitle: Hun kop\n---\nEerste alinea.\n\nTweede alinea van hen.\n\nSlot.\nExtra.\n"


def test_each_difference_is_a_change_and_merge_takes_what_is_chosen() -> None:
    found = changes(MINE, THEIRS)
    assert len(found) == 3
    assert merge(MINE, THEIRS, [False, False, False]) == MINE
    assert merge(MINE, THEIRS, [True, True, True]) == THEIRS
    mixed = merge(MINE, THEIRS, [False, True, False])
    assert "title: Mijn kop" in mixed and "van hen." in mixed and "Extra." not in mixed


def test_the_words_that_differ_are_marked() -> None:
    old, new = word_spans("Tweede alinea van mij.", "Tweede alinea van hen.")
    assert ["Tweede alinea van mij."[a:b] for a, b in old] == ["mij"]
    assert ["Tweede alinea van hen."[a:b] for a, b in new] == ["hen"]
