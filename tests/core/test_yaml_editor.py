"""The YAML front-matter editor changes only the text of what is set, in the author's style."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import yaml

from redactie.core.article import Article
from redactie.core.article.frontmatter import EditRefusedError, InvalidFrontMatterError


def article(front: str, body: str = "Tekst.\n") -> Article:
    return Article.from_bytes(f"---\n{front}---\n{body}".encode())


def front(a: Article) -> str:
    return a.front_matter_text


EXAMPLE = """title: "OpenAI haalt talent binnen"
date: 2026-02-25T10:11:21.282Z
tags: ["openai", "ai-agents"]
label: "BESLISSER"
cover:
  image: "https://images.pexels.com/photos/1/a.jpeg"
  alt: "Close-up of a phone."
draft: false
"""


def test_double_quotes_are_kept_and_escaped() -> None:
    a = article(EXAMPLE)
    a.set("title", 'Hij zei "ja" \\ nee')
    assert front(a).splitlines()[0] == 'title: "Hij zei \\"ja\\" \\\\ nee"'
    assert a.get("title") == 'Hij zei "ja" \\ nee'


def test_single_quotes_are_kept_and_doubled() -> None:
    a = article("title: 'Oud'\n")
    a.set("title", "auto's")
    assert front(a) == "title: 'auto''s'\n"


def test_plain_stays_plain_when_it_can_and_is_quoted_when_it_must() -> None:
    a = article("title: Oud\nother: x\n")
    a.set("title", "Nieuw en  mooi")
    assert front(a) == "title: Nieuw en  mooi\nother: x\n"
    a.set("title", "Let op: dit")
    assert front(a).startswith("title: 'Let op: dit'\n")
    assert a.get("title") == "Let op: dit"


def test_trailing_comment_on_the_line_stays() -> None:
    a = article("title: Oud # niet weghalen\nlabel: 'x'  # ook niet\n")
    a.set("title", "Nieuw")
    a.set("label", "y")
    assert front(a) == "title: Nieuw # niet weghalen\nlabel: 'y'  # ook niet\n"


@pytest.mark.parametrize(
    "value",
    [
        "Ĳsselmeer — “quotes” ‘single’ 😀",
        "quote \" and ' both",
        "back\\slash",
        "two\nlines",
        "trailing newline\n",
        "# not a comment",
        "key: value",
        "- not a list",
        "yes",
        "no",
        "on",
        "off",
        "true",
        "null",
        "~",
        "123",
        "0o17",
        "1e3",
        "2024-01-01",
        "",
        " leading space",
        "trailing space ",
        "tab\there",
        "[not, flow]",
        "{not: map}",
        "&anchor",
        "*alias",
        "!tag",
        "%percent",
        "@at",
        "`tick",
        "a #hash",
        "\x07bell",
        "line\u2028separator",
    ],
)
@pytest.mark.parametrize("old", ["plain", "'single'", '"double"', "[a, b]"])
def test_any_string_survives_set_then_reparse(value: str, old: str) -> None:
    a = article(f"title: {old}\nnext: 1\n")
    a.set("title", value)
    reread = Article.from_bytes(a.to_bytes())
    assert reread.get("title") == value
    assert reread.get("next") == 1
    assert reread.problems == []


@pytest.mark.parametrize(
    "value",
    [True, False, 0, 42, -7, 3.5, None, date(2024, 5, 1), ["a", "b"], {"x": 1, "y": ["z"]}],
)
def test_other_value_types_survive(value: object) -> None:
    a = article("field: 'old'\nnext: 1\n")
    a.set("field", value)
    reread = Article.from_bytes(a.to_bytes())
    assert reread.get("field") == value
    assert reread.get("next") == 1


def test_bool_keeps_its_spelling() -> None:
    a = article("draft: True\nflag: yes\n")
    a.set("draft", False)
    a.set("flag", False)
    assert front(a) == "draft: False\nflag: no\n"


def test_appending_to_a_flow_list_keeps_it_flow_and_its_quotes() -> None:
    a = article(EXAMPLE)
    a.set("tags", ["openai", "ai-agents", "talent"])
    assert 'tags: ["openai", "ai-agents", "talent"]\n' in front(a)
    a.set("tags", ["openai", "talent"])
    assert 'tags: ["openai", "talent"]\n' in front(a)
    a.set("tags", [])
    assert "tags: []\n" in front(a)
    a.set("tags", ["nieuw"])
    assert 'tags: ["nieuw"]\n' in front(a)


def test_appending_to_a_block_list_adds_one_line_and_keeps_comments() -> None:
    text = "tags:\n  - een # eerste\n  # tussen\n  - twee\nnext: x\n"
    a = article(text)
    a.set("tags", ["een", "twee", "drie"])
    assert front(a) == "tags:\n  - een # eerste\n  # tussen\n  - twee\n  - drie\nnext: x\n"
    a.set("tags", ["nul", "een", "twee", "drie"])
    assert front(a).startswith("tags:\n  - nul\n  - een # eerste\n")
    a.set("tags", ["nul", "een", "drie"])
    assert front(a) == "tags:\n  - nul\n  - een # eerste\n  # tussen\n  - drie\nnext: x\n"
    a.set("tags", ["nul", "EEN", "drie"])
    assert "  - EEN # eerste\n" in front(a)


def test_indentless_block_list_stays_indentless() -> None:
    a = article("tags:\n- 'a'\n- 'b'\n")
    a.set("tags", ["a", "b", "c"])
    assert front(a) == "tags:\n- 'a'\n- 'b'\n- 'c'\n"


def test_new_key_goes_inside_its_parent_block_in_the_siblings_style() -> None:
    a = article(EXAMPLE)
    a.set("cover.caption", "Foto: Sanket  Mishra via Pexels")
    lines = front(a).splitlines()
    index = lines.index('  alt: "Close-up of a phone."')
    assert lines[index + 1] == '  caption: "Foto: Sanket  Mishra via Pexels"'
    assert lines[index + 2] == "draft: false"


def test_new_key_in_four_space_block() -> None:
    a = article("cover:\n    image: x.jpg\nz: 1\n")
    a.set("cover.alt", "Een foto")
    assert front(a) == "cover:\n    image: x.jpg\n    alt: Een foto\nz: 1\n"


def test_new_nested_key_creates_its_parent() -> None:
    a = article('title: "x"\n')
    a.set("cover.image", "a.jpg")
    assert front(a) == 'title: "x"\ncover:\n  image: "a.jpg"\n'


def test_new_top_level_key_goes_last_in_the_document_quote_style() -> None:
    a = article(EXAMPLE)
    a.set("summary", "Kort")
    assert front(a).endswith('draft: false\nsummary: "Kort"\n')


def test_value_of_empty_key_gets_a_space() -> None:
    a = article("location:\nnext: 1\n")
    a.set("location", "Amsterdam")
    assert front(a) == "location: Amsterdam\nnext: 1\n"


def test_delete_removes_only_that_keys_lines() -> None:
    a = article(EXAMPLE)
    a.delete("cover.alt")
    assert "alt:" not in front(a)
    assert '  image: "https://images.pexels.com/photos/1/a.jpeg"\ndraft: false\n' in front(a)
    a.delete("tags")
    assert front(a).splitlines()[2] == 'label: "BESLISSER"'
    with pytest.raises(KeyError):
        a.delete("nope")


def test_delete_from_flow_mapping() -> None:
    a = article("cover: {image: a.jpg, alt: x, caption: y}\n")
    a.delete("cover.alt")
    assert front(a) == "cover: {image: a.jpg, caption: y}\n"
    a.delete("cover.image")
    assert front(a) == "cover: {caption: y}\n"
    a.set("cover.alt", "z")
    assert front(a) == "cover: {caption: y, alt: z}\n"


def test_block_scalars_keep_their_style() -> None:
    a = article("summary: >\n  Een lange\n  zin.\n\nnext: 1\n")
    a.set("summary", "Nieuw")
    assert front(a) == "summary: >-\n  Nieuw\n\nnext: 1\n"
    a.set("summary", "Regel een\nRegel twee\n")
    assert front(a) == "summary: |\n  Regel een\n  Regel twee\n\nnext: 1\n"
    assert Article.from_bytes(a.to_bytes()).get("summary") == "Regel een\nRegel twee\n"


def test_dates_keep_their_written_form() -> None:
    amsterdam = timezone(timedelta(hours=1))
    new = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=amsterdam)
    a = article("a: 2026-02-25T10:11:21.282Z\nb: 2024-01-01T10:00:00+02:00\nc: 2024-01-01\n")
    a.set("a", new)
    a.set("b", new)
    a.set("c", new)
    assert front(a) == "a: 2026-03-01T11:30:15.123Z\nb: 2026-03-01T12:30:15+01:00\nc: 2026-03-01\n"


def test_reading_dates_gives_aware_datetimes_and_dates() -> None:
    a = article("a: 2026-02-25T10:11:21Z\nb: 2024-01-01T10:00:00+02:00\nc: 2024-01-01\n")
    assert a.get("a") == datetime(2026, 2, 25, 10, 11, 21, tzinfo=UTC)
    assert a.get("b").utcoffset() == timedelta(hours=2)
    assert a.get("c") == date(2024, 1, 1)


def test_new_date_is_rfc3339_with_amsterdam_offset() -> None:
    a = article('title: "x"\n')
    a.set("date", datetime(2026, 7, 1, 9, 0))  # naive: wall time in the site's zone
    a.set("winter", datetime(2026, 1, 1, 9, 0))
    assert "date: 2026-07-01T09:00:00+02:00\n" in front(a)
    assert "winter: 2026-01-01T09:00:00+01:00\n" in front(a)


def test_quoted_date_string_stays_a_quoted_string() -> None:
    a = article('date: "2024-01-01T10:00:00+01:00"\n')
    a.set("date", datetime(2025, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=2))))
    assert front(a) == 'date: "2025-06-01T08:00:00+02:00"\n'


def test_crlf_documents_get_crlf_lines() -> None:
    data = b"---\r\ntitle: x\r\ntags:\r\n  - a\r\n---\r\nBody\r\n"
    a = Article.from_bytes(data)
    a.set("tags", ["a", "b"])
    a.set("summary", "s")
    assert (
        a.to_bytes()
        == b"---\r\ntitle: x\r\ntags:\r\n  - a\r\n  - b\r\nsummary: s\r\n---\r\nBody\r\n"
    )


def test_setting_the_same_value_changes_nothing() -> None:
    text = "title:   'Zelfde'   # c\ndate: 2024-01-01T10:00:00.50+01:00\n"
    a = article(text)
    a.set("title", "Zelfde")
    a.set("date", a.get("date"))
    assert front(a) == text


def test_invalid_yaml_is_reported_and_kept() -> None:
    data = b"---\ntitle: x\ntags: [a, b\nsummary: y\n---\nDe tekst blijft.\n"
    a = Article.from_bytes(data)
    assert a.body == "De tekst blijft.\n"
    assert a.to_bytes() == data
    [problem] = a.problems
    assert problem.code == "yaml-unclosed-list"
    assert (problem.line, problem.column) == (3, 7)  # the [ that is never closed
    with pytest.raises(InvalidFrontMatterError):
        a.set("title", "y")
    a.front_matter_text = "title: x\ntags: [a, b]\nsummary: y\n"
    assert a.problems == []
    a.set("title", "y")
    assert a.to_bytes() == b"---\ntitle: y\ntags: [a, b]\nsummary: y\n---\nDe tekst blijft.\n"


def test_duplicate_keys_are_problems_with_their_line() -> None:
    a = article("title: een\nlabel: x\ntitle: twee\n")
    [problem] = a.problems
    assert (problem.code, problem.line, problem.column) == ("duplicate-key", 4, 1)
    assert a.get("title") == "twee"


def test_an_edit_that_would_not_read_back_is_refused_and_changes_nothing() -> None:
    a = article("a: &anker 1\nb: *anker\n")
    with pytest.raises(EditRefusedError):
        a.set("b", 2)
    assert front(a) == "a: &anker 1\nb: *anker\n"


def test_result_is_always_valid_yaml_for_pyyaml() -> None:
    a = article(EXAMPLE)
    a.set("cover.caption", 'Foto: "Noor"  van den Berg via Pexels')
    a.set("tags", ["a: b", "#c", "yes"])
    data = yaml.safe_load(front(a))
    assert data["cover"]["caption"] == 'Foto: "Noor"  van den Berg via Pexels'
    assert data["tags"] == ["a: b", "#c", "yes"]


def test_setting_a_field_on_an_article_without_front_matter_adds_it() -> None:
    a = Article.from_bytes(b"# Kop\n\nTekst.\n")
    a.set("title", "Nieuw artikel")
    a.set("tags", ["een"])
    assert a.to_bytes() == b'---\ntitle: "Nieuw artikel"\ntags: ["een"]\n---\n# Kop\n\nTekst.\n'


def test_empty_front_matter_gets_its_first_key() -> None:
    a = Article.from_bytes(b"---\n---\nTekst.\n")
    a.set("cover.alt", "Een foto")
    assert a.to_bytes() == b'---\ncover:\n  alt: "Een foto"\n---\nTekst.\n'


def test_new_article_is_empty_yaml() -> None:
    a = Article.new()
    assert a.format == "yaml"
    assert a.to_bytes() == b"---\n---\n"
    a.set("title", "x")
    assert a.to_bytes() == b'---\ntitle: "x"\n---\n'


@pytest.mark.parametrize(
    ("front_matter", "code", "line", "column"),
    [
        ('title: "Hallo wereld\ndate: 2024-01-01\n', "yaml-unclosed-quote", 2, 8),
        ("date: 2024-01-01\ntitle: 'Hallo wereld\n", "yaml-unclosed-quote", 3, 8),
        ("title: x\n\ttags: [a]\n", "yaml-tab", 3, 1),
        ("title: x\n  date: 2024-01-01\n", "yaml-indent", 3, 3),
        ("cover:\n  image: x\n alt: y\n", "yaml-indent", 4, 2),
        ("title: Rutte: het is klaar\n", "yaml-colon-in-value", 2, 13),
        ("tags: [a, b\ntitle: x\n", "yaml-unclosed-list", 2, 7),
        ('title: "Hallo" wereld\n', "yaml-after-quote", 2, 16),
        ("title: [a, b]]\n", "yaml-syntax", 2, 14),
    ],
)
def test_common_yaml_mistakes_get_a_plain_code_where_to_look(
    front_matter: str, code: str, line: int, column: int
) -> None:
    """PyYAML's words are for programmers; the UI says these in plain words at this spot."""
    data = f"---\n{front_matter}---\nTekst.\n".encode()
    a = Article.from_bytes(data)
    [problem] = a.problems
    assert (problem.code, problem.line, problem.column) == (code, line, column)
    assert a.to_bytes() == data
