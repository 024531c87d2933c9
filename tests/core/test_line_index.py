"""A finding's line and column: the same whether counted (the first few offsets) or looked up
in the line starts (after that), for any text and any offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redactie.core.checks.lines import LineIndex


def _counted(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(alphabet="ab\n \r", max_size=60), st.lists(st.floats(0, 1), max_size=30))
def test_lines_and_columns_are_counted_alike_before_and_after_the_index(
    text: str, where: list[float]
) -> None:
    index = LineIndex(text)
    for fraction in where:  # past the counted few, the starts answer
        offset = round(fraction * len(text))
        assert (index.line(offset), index.column(offset)) == _counted(text, offset)
    assert index.starts == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
