"""Two versions as changes to take one by one; words marked inside a changed line."""

from __future__ import annotations

from redactie.core.article.compare import changes, merge, theirs_only, word_spans

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


def test_the_changes_only_the_other_side_made_are_told_apart() -> None:
    base = "Een.\nTwee.\nDrie.\nVier.\nVijf.\nZes.\n"
    mine = "Een.\nTwee, zegt Anna.\nDrie.\nVier.\nVijf.\nZes.\n"
    theirs = "Een.\nTwee, zegt Bart.\nDrie.\nVier.\nVijf, aangevuld.\nZes.\nZeven.\n"

    found = changes(mine, theirs)
    assert [c.mine_start for c in found] == [1, 4, 6]
    assert theirs_only(base, mine, theirs) == [False, True, True]  # the clash stays mine
    merged = merge(mine, theirs, theirs_only(base, mine, theirs))
    assert merged == "Een.\nTwee, zegt Anna.\nDrie.\nVier.\nVijf, aangevuld.\nZes.\nZeven.\n"


def test_a_line_i_deleted_is_not_put_back_beforehand() -> None:
    base = "Een.\nTwee.\nDrie.\n"
    mine = "Een.\nDrie.\n"  # I deleted "Twee."
    theirs = "Een.\nTwee.\nDrie.\n"  # the colleague did not touch it
    assert theirs_only(base, mine, theirs) == [False]
