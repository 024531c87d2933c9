"""Saving gives every line end back as the file had it: the fast scan (no copy of the old
body, issue 18) decides as the old copying test did, for any mix of line ends."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from redactie.gui.document import from_editor_text, merge_line_ends

lines = st.lists(
    st.tuples(st.sampled_from(["", "a", "tekst", "é"]), st.sampled_from(["\n", "\r\n", "\r"])),
    max_size=8,
)


def _before(text: str, old_body: str, newline: str) -> str:
    """The rule as it was: uniform when no lone CR and CRLF on no line or on every line."""
    crlf = old_body.count("\r\n")
    uniform = "\r" not in old_body.replace("\r\n", "") and crlf in (0, old_body.count("\n"))
    if uniform:
        return text if newline == "\n" else text.replace("\n", newline)
    return merge_line_ends(old_body, text, newline)


@given(lines, st.text(alphabet="ab\n", max_size=30), st.sampled_from(["\n", "\r\n", "\r"]))
def test_the_line_ends_come_back_as_before(
    old: list[tuple[str, str]], text: str, newline: str
) -> None:
    old_body = "".join(words + end for words, end in old)
    assert from_editor_text(text, old_body, newline) == _before(text, old_body, newline)


def test_the_usual_cases() -> None:
    assert from_editor_text("a\nb\n", "x\ny\n", "\n") == "a\nb\n"
    assert from_editor_text("a\nb\n", "x\r\ny\r\n", "\r\n") == "a\r\nb\r\n"
    assert from_editor_text("a\ny\n", "x\r\ny\n", "\r\n") == "a\r\ny\n"  # mixed: kept per line
