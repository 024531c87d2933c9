"""The front-matter form on real articles: each edit changes only its own line of the file."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QTextCharFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from redactie.core.article import Article
from redactie.core.article.schema import Field, Group, Schema
from redactie.gui.form import FrontMatterForm, ImageField, SummaryEdit
from redactie.gui.form.cover import THUMBNAIL_SIZE
from tests.paths import EXAMPLE_ARTICLE, SAMPLES

FRONTEERS_CRLF = SAMPLES / "fronteers__website/src/nl/blog/2012/01/nieuwjaarsborrel.md"
FRONTEERS_EXTRA = (
    SAMPLES / "fronteers__website/src/en/activities/2019/how-does-subgrid-end-up-in-your-browser.md"
)


@dataclass
class Loaded:
    form: FrontMatterForm
    article: Article
    original: bytes
    changes: list[None]

    def line(self, key: str) -> QLineEdit:
        widget = self.form.findChild(QLineEdit, f"field:{key}")
        assert widget is not None, key
        return widget


def changed_lines(before: bytes, after: bytes) -> dict[int, str]:
    """1-based file line -> new text, for an edit that keeps the number of lines."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new), "lines were added or removed"
    return {n + 1: b.decode() for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b}


def make_form(qtbot: QtBot, **kwargs: object) -> FrontMatterForm:
    form = FrontMatterForm(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.resize(420, 680)
    form.show()
    qtbot.waitExposed(form)
    return form


def load(qtbot: QtBot, data: bytes, base: Path | None = None) -> Loaded:
    form = make_form(qtbot)
    form.set_base_folder(base)
    article = Article.from_bytes(data)
    changes: list[None] = []
    form.set_article(article)
    form.changed.connect(lambda: changes.append(None))
    return Loaded(form, article, data, changes)


@pytest.fixture
def example(qtbot: QtBot) -> Loaded:
    return load(qtbot, EXAMPLE_ARTICLE.read_bytes())


# -- showing ---------------------------------------------------------------------------------


def test_the_example_fills_every_field_without_writing(example: Loaded, qtbot: QtBot) -> None:
    form = example.form
    assert example.line("title").text() == (
        "OpenAI haalt Nederlands AI-talent binnen voor persoonlijke assistenten"
    )
    date_edit = form.findChild(QDateTimeEdit, "field:date")
    assert date_edit is not None
    assert date_edit.text() == "2026-02-25 11:11"  # 10:11:21Z is 11:11 in Amsterdam
    assert form.editors["date"].zone_label.text() == "CET (+01:00)"  # type: ignore[attr-defined]
    assert form.editors["tags"].value() == ["openai", "ai-agents", "talent", "innovatie"]
    summary = form.editors["summary"]
    assert isinstance(summary, SummaryEdit)
    assert summary.counter.text() == "164 / 160"
    assert summary.is_over_limit()
    combo = form.findChild(QComboBox, "field:label")
    assert combo is not None and combo.currentText() == "BESLISSER"
    assert example.line("cover.image").text().startswith("https://images.pexels.com/photos/")
    assert example.line("cover.caption").text() == "Foto: Sanket  Mishra via Pexels"
    draft = form.findChild(QCheckBox, "field:draft")
    assert draft is not None and not draft.isChecked()
    assert form.raw_panel.text() == example.article.front_matter_text
    assert not form.raw_toggle.isChecked()  # nothing beyond the form: the panel stays closed
    form.refresh_from_article()
    assert example.article.to_bytes() == example.original
    assert example.changes == []


@pytest.mark.usefixtures("dutch_ui")
def test_labels_come_from_the_schema_in_the_chosen_language(qtbot: QtBot) -> None:
    schema = Schema(
        fields=(
            Field("title", "text", "Title", "Titel"),
            Field("params.author", "choice", "Author", "Auteur", choices=("An", "Bo")),
        ),
        groups=(Group("params", "Details", "Gegevens"),),
    )
    form = make_form(qtbot, schema=schema)
    assert form.labels["title"].text() == "Titel"
    assert form.labels["params.author"].text() == "Auteur"
    assert set(form.editors) == {"title", "params.author"}
    article = Article.from_bytes(b"---\ntitle: x\nparams:\n  author: Bo\n  mood: blij\n---\n")
    form.set_article(article)
    assert form.editors["params.author"].value() == "Bo"
    assert "params.mood" in form.raw_panel.other_keys.text()


# -- editing one field changes one line --------------------------------------------------------


def test_typing_a_title_changes_only_the_title_line(example: Loaded, qtbot: QtBot) -> None:
    title = example.line("title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " - nu")
    assert changed_lines(example.original, example.article.to_bytes()) == {
        2: 'title: "OpenAI haalt Nederlands AI-talent binnen voor persoonlijke assistenten - nu"\n'
    }
    assert example.changes  # the window hears of every edit
    assert "persoonlijke assistenten - nu" in example.form.raw_panel.text()


def test_clearing_a_field_writes_an_empty_value_and_keeps_the_key(
    example: Loaded, qtbot: QtBot
) -> None:
    alt = example.line("cover.alt")
    alt.setFocus()
    alt.selectAll()
    qtbot.keyClick(alt, Qt.Key.Key_Delete)
    assert changed_lines(example.original, example.article.to_bytes()) == {9: '  alt: ""\n'}


def test_tags_added_with_enter_and_comma_keep_the_flow_list(example: Loaded, qtbot: QtBot) -> None:
    tag_input = example.line("tags")
    tag_input.setFocus()
    qtbot.keyClicks(tag_input, "nieuw")
    qtbot.keyClick(tag_input, Qt.Key.Key_Return)
    assert changed_lines(example.original, example.article.to_bytes()) == {
        4: 'tags: ["openai", "ai-agents", "talent", "innovatie", "nieuw"]\n'
    }
    qtbot.keyClicks(tag_input, "europa,")
    assert changed_lines(example.original, example.article.to_bytes()) == {
        4: 'tags: ["openai", "ai-agents", "talent", "innovatie", "nieuw", "europa"]\n'
    }


def test_backspace_removes_the_last_tag(example: Loaded, qtbot: QtBot) -> None:
    tag_input = example.line("tags")
    tag_input.setFocus()
    qtbot.keyClick(tag_input, Qt.Key.Key_Backspace)
    assert changed_lines(example.original, example.article.to_bytes()) == {
        4: 'tags: ["openai", "ai-agents", "talent"]\n'
    }


def test_summary_counter_follows_typing(example: Loaded, qtbot: QtBot) -> None:
    summary = example.form.editors["summary"]
    assert isinstance(summary, SummaryEdit)
    text_edit = summary.findChild(QPlainTextEdit, "field:summary")
    assert text_edit is not None
    text_edit.setFocus()
    text_edit.selectAll()
    qtbot.keyClicks(text_edit, "Korte samenvatting.")
    assert summary.counter.text() == "19 / 160"
    assert not summary.is_over_limit()
    assert changed_lines(example.original, example.article.to_bytes()) == {
        5: 'summary: "Korte samenvatting."\n'
    }
    qtbot.keyClicks(text_edit, " " + "x" * 141)
    assert summary.counter.text() == "161 / 160"
    assert summary.is_over_limit()
    assert QColor("#c0392b").name() in summary.counter.styleSheet()


def test_label_choice_changes_only_the_label_line(example: Loaded, qtbot: QtBot) -> None:
    example.form.set_label_choices(["BESLISSER", "ONDERNEMER"])
    combo = example.form.findChild(QComboBox, "field:label")
    assert combo is not None and combo.currentText() == "BESLISSER"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert changed_lines(example.original, example.article.to_bytes()) == {
        6: 'label: "ONDERNEMER"\n'
    }


def test_draft_check_box_changes_only_the_draft_line(example: Loaded, qtbot: QtBot) -> None:
    draft = example.form.findChild(QCheckBox, "field:draft")
    assert draft is not None
    draft.setFocus()
    qtbot.keyClick(draft, Qt.Key.Key_Space)
    assert draft.isChecked()
    assert changed_lines(example.original, example.article.to_bytes()) == {11: "draft: true\n"}


# -- dates -------------------------------------------------------------------------------------


def test_changing_the_date_keeps_its_written_form(example: Loaded, qtbot: QtBot) -> None:
    date_edit = example.form.findChild(QDateTimeEdit, "field:date")
    assert date_edit is not None
    date_edit.setFocus()
    date_edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(date_edit, Qt.Key.Key_Up)
    assert date_edit.text() == "2026-02-25 12:11"
    # 12:11 in Amsterdam is 11:11 UTC, still written with Z and three fraction digits
    assert changed_lines(example.original, example.article.to_bytes()) == {
        3: "date: 2026-02-25T11:11:00.000Z\n"
    }


def test_changing_the_day_keeps_seconds_and_fractions(example: Loaded, qtbot: QtBot) -> None:
    date_edit = example.form.findChild(QDateTimeEdit, "field:date")
    assert date_edit is not None
    date_edit.setFocus()
    date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(date_edit, Qt.Key.Key_Up)
    assert changed_lines(example.original, example.article.to_bytes()) == {
        3: "date: 2026-02-26T10:11:21.282Z\n"
    }


def test_microseconds_survive_a_change_of_day(qtbot: QtBot) -> None:
    loaded = load(qtbot, b"---\ntitle: Fijn\ndate: 2026-07-01T09:30:15.123456+02:00\n---\nT\n")
    date_edit = loaded.form.findChild(QDateTimeEdit, "field:date")
    assert date_edit is not None
    date_edit.setFocus()
    date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(date_edit, Qt.Key.Key_Up)
    assert loaded.article.to_bytes() == (
        b"---\ntitle: Fijn\ndate: 2026-07-02T09:30:15.123456+02:00\n---\nT\n"
    )


def test_summer_dates_show_cest_and_keep_their_offset(qtbot: QtBot) -> None:
    loaded = load(qtbot, b"---\ntitle: Zomer\ndate: 2026-07-01T09:30:00+02:00\n---\nTekst\n")
    date_field = loaded.form.editors["date"]
    assert date_field.zone_label.text() == "CEST (+02:00)"  # type: ignore[attr-defined]
    date_edit = loaded.form.findChild(QDateTimeEdit, "field:date")
    assert date_edit is not None
    date_edit.setFocus()
    date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(date_edit, Qt.Key.Key_Up)
    assert loaded.article.to_bytes() == (
        b"---\ntitle: Zomer\ndate: 2026-07-02T09:30:00+02:00\n---\nTekst\n"
    )


def test_a_date_only_value_stays_a_day(qtbot: QtBot) -> None:
    original = FRONTEERS_EXTRA.read_bytes()
    loaded = load(qtbot, original)
    date_edit = loaded.form.findChild(QDateTimeEdit, "field:date")
    assert date_edit is not None and date_edit.text() == "2019-06-14"
    assert not loaded.form.editors["date"].zone_label.isVisible()  # type: ignore[attr-defined]
    date_edit.setFocus()
    date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(date_edit, Qt.Key.Key_Down)
    assert changed_lines(original, loaded.article.to_bytes()) == {3: "date: 2019-06-13\n"}


def test_a_new_article_gets_title_and_date_from_the_form(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    article = Article.new()
    form.set_article(article)
    title = form.findChild(QLineEdit, "field:title")
    assert title is not None
    title.setFocus()
    qtbot.keyClicks(title, "Hallo")
    now_button = form.editors["date"].findChild(QPushButton)
    assert now_button is not None
    qtbot.mouseClick(now_button, Qt.MouseButton.LeftButton)
    text = article.to_text()
    assert text.startswith('---\ntitle: "Hallo"\ndate: 20')
    written = article.get("date")
    assert written.utcoffset() is not None  # RFC 3339 with the site's offset, never naive


# -- the raw panel -----------------------------------------------------------------------------


def _type_at_end_of_line(raw: QPlainTextEdit, qtbot: QtBot, block: int, text: str) -> None:
    line = raw.document().findBlockByNumber(block)
    cursor = raw.textCursor()
    cursor.setPosition(line.position() + line.length() - 1)
    raw.setTextCursor(cursor)
    raw.setFocus()
    for number, part in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(raw, Qt.Key.Key_Return)
        qtbot.keyClicks(raw, part)


def test_invalid_raw_text_is_kept_and_the_fields_keep_their_values(
    example: Loaded, qtbot: QtBot
) -> None:
    form = example.form
    form.raw_toggle.setChecked(True)
    raw = form.raw_panel.editor
    _type_at_end_of_line(raw, qtbot, 4, " extra")  # block 4 is file line 6: the label
    typed = example.article.front_matter_text
    assert 'label: "BESLISSER" extra\n' in typed
    assert form.raw_panel.text() == typed  # kept exactly as typed
    assert example.article.problems[0].line == 6
    items = form.raw_panel.problem_texts()
    assert items == [
        "Line 6, column 20: Text after the closing quotation mark: put the whole value in quotes"
    ]
    assert form.raw_panel.problem_list.isVisible()
    waves = [
        s
        for s in raw.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert len(waves) == 1 and waves[0].cursor.block().blockNumber() == 4
    assert waves[0].cursor.selectedText() == "extra"
    assert not form.fields.isEnabled()
    assert form.banner.isVisible()
    form.banner.linkActivated.emit("#problem")  # "Show" puts the cursor on the problem
    assert raw.textCursor().blockNumber() == 4
    assert raw.textCursor().positionInBlock() == 19
    assert example.line("title").text().startswith("OpenAI haalt")
    assert form.editors["label"].value() == "BESLISSER"
    assert form.editors["tags"].value() == ["openai", "ai-agents", "talent", "innovatie"]

    # While it does not parse, other edits in the text wait: the title field keeps its value.
    line = raw.document().findBlockByNumber(0)
    cursor = raw.textCursor()
    cursor.setPosition(line.position() + len('title: "'))
    cursor.setPosition(line.position() + len('title: "OpenAI'), cursor.MoveMode.KeepAnchor)
    raw.setTextCursor(cursor)
    qtbot.keyClicks(raw, "Anthropic")
    assert example.line("title").text().startswith("OpenAI haalt")

    # Fixing the label line brings the form back, with the title typed meanwhile.
    _remove_at_end_of_line(raw, qtbot, 4, len(" extra"))
    assert example.article.problems == []
    assert form.fields.isEnabled()
    assert not form.banner.isVisible()
    assert not form.raw_panel.problem_list.isVisible()
    assert example.line("title").text().startswith("Anthropic haalt")
    assert changed_lines(example.original, example.article.to_bytes()) == {
        2: 'title: "Anthropic haalt Nederlands AI-talent binnen voor persoonlijke assistenten"\n'
    }


def _remove_at_end_of_line(raw: QPlainTextEdit, qtbot: QtBot, block: int, count: int) -> None:
    line = raw.document().findBlockByNumber(block)
    cursor = raw.textCursor()
    cursor.setPosition(line.position() + line.length() - 1)
    raw.setTextCursor(cursor)
    for _ in range(count):
        qtbot.keyClick(raw, Qt.Key.Key_Backspace)


def test_an_article_that_opens_broken_locks_the_fields(qtbot: QtBot) -> None:
    loaded = load(qtbot, b"---\ntitle: [kapot\ndraft: true\n---\nTekst\n")
    assert not loaded.form.fields.isEnabled()
    assert loaded.form.raw_toggle.isChecked()
    assert len(loaded.form.raw_panel.problem_texts()) == 1
    assert loaded.article.to_bytes() == loaded.original


def test_an_unclosed_front_matter_cannot_be_edited_here(qtbot: QtBot) -> None:
    loaded = load(qtbot, b"---\ntitle: Nooit dicht\n\nTekst\n")
    assert loaded.form.raw_panel.editor.isReadOnly()
    assert not loaded.form.fields.isEnabled()
    assert "never closed" in loaded.form.banner.text()


def test_form_edits_follow_into_the_raw_text_and_back(example: Loaded, qtbot: QtBot) -> None:
    form = example.form
    form.raw_toggle.setChecked(True)
    raw = form.raw_panel.editor
    raw.moveCursor(raw.textCursor().MoveOperation.End)
    scroll = raw.verticalScrollBar().value()
    caption = example.line("cover.caption")
    caption.setFocus()
    caption.end(False)
    qtbot.keyClicks(caption, "!")
    assert 'caption: "Foto: Sanket  Mishra via Pexels!"' in form.raw_panel.text()
    assert raw.textCursor().atEnd()  # the raw text was patched, not replaced
    assert raw.verticalScrollBar().value() == scroll
    _type_at_end_of_line(raw, qtbot, 9, "\nweight: 3")
    assert example.article.data["weight"] == 3
    assert "weight" in form.raw_panel.other_keys.text()
    assert form.raw_toggle.text() == "Other fields (1)"


def test_refresh_after_an_outside_change_writes_nothing(example: Loaded, qtbot: QtBot) -> None:
    example.article.set("cover.alt", "Een telefoon met ChatGPT")  # e.g. the Pexels picker
    expected = example.article.to_bytes()
    example.form.refresh_from_article()
    assert example.line("cover.alt").text() == "Een telefoon met ChatGPT"
    assert "Een telefoon met ChatGPT" in example.form.raw_panel.text()
    assert example.article.to_bytes() == expected
    assert example.changes == []


def test_another_article_starts_a_fresh_raw_text(example: Loaded, qtbot: QtBot) -> None:
    raw = example.form.raw_panel.editor
    _type_at_end_of_line(raw, qtbot, 9, " # klaar")
    assert raw.document().isUndoAvailable()
    other = Article.from_path(FRONTEERS_CRLF)
    example.form.set_article(other)
    assert not raw.document().isUndoAvailable()  # Ctrl+Z cannot bring the old text back
    assert example.form.raw_panel.text() == other.front_matter_text.replace("\r\n", "\n")
    assert other.to_bytes() == FRONTEERS_CRLF.read_bytes()
    assert example.form.editors["tags"].value() == []


def test_no_break_spaces_and_crlf_survive_the_raw_panel(qtbot: QtBot) -> None:
    original = "---\r\ntitle: Een\u00a0titel\r\nsummary: Kort\u00a0en goed\r\n---\r\nTekst\r\n"
    loaded = load(qtbot, original.encode())
    summary = loaded.form.editors["summary"]
    assert summary.value() == "Kort\u00a0en goed"
    raw = loaded.form.raw_panel.editor
    _type_at_end_of_line(raw, qtbot, 0, "!")
    assert loaded.article.to_bytes() == original.replace("titel", "titel!").encode()


# -- other fields ------------------------------------------------------------------------------


def test_a_fronteers_article_shows_its_own_keys_and_saves_identically(
    qtbot: QtBot, tmp_path: Path
) -> None:
    original = FRONTEERS_CRLF.read_bytes()
    loaded = load(qtbot, original)
    panel = loaded.form.raw_panel
    assert loaded.form.raw_toggle.isChecked() and panel.isVisible()
    assert "author: Peter-Paul Koch" in panel.text()
    assert "    - Bijeenkomsten" in panel.text()
    assert panel.other_keys.text() == "Not in the form: author, categories"
    target = tmp_path / FRONTEERS_CRLF.name
    loaded.article.save(target)
    assert target.read_bytes() == original
    title = loaded.line("title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " 2012")
    assert changed_lines(original, loaded.article.to_bytes()) == {
        2: "title: 'Nieuwjaarsborrel 2012'\r\n"
    }
    _type_at_end_of_line(panel.editor, qtbot, 2, " (voorzitter)")
    assert changed_lines(original, loaded.article.to_bytes()) == {
        2: "title: 'Nieuwjaarsborrel 2012'\r\n",
        4: "author: Peter-Paul Koch (voorzitter)\r\n",
    }


def test_focus_field_finds_form_fields_and_raw_keys(qtbot: QtBot) -> None:
    loaded = load(qtbot, FRONTEERS_EXTRA.read_bytes())
    form = loaded.form
    form.focus_field("cover.alt")
    assert form.focusWidget() is loaded.line("cover.alt")  # the window need not be active
    form.focus_field("signUpLink")
    raw = form.raw_panel.editor
    assert form.focusWidget() is raw
    assert raw.textCursor().blockNumber() + 2 == 8  # file line 8
    assert form.raw_panel.line_of_key("eventdate") == 4


# -- cover thumbnails --------------------------------------------------------------------------


def _png(path: Path, width: int = 1200, height: int = 800) -> bytes:
    image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86c1"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def _cover_article(image: str) -> bytes:
    return f'---\ntitle: Foto\ncover:\n  image: "{image}"\n  alt: ""\n---\n'.encode()


def test_thumbnail_of_a_relative_local_path(qtbot: QtBot, tmp_path: Path) -> None:
    _png(tmp_path / "images" / "cover.png")
    loaded = load(qtbot, _cover_article("images/cover.png"), base=tmp_path)
    field = loaded.form.editors["cover.image"]
    assert isinstance(field, ImageField)
    qtbot.waitUntil(lambda: field.preview_state == "loaded", timeout=5000)
    pixmap = field.thumbnail.pixmap()
    assert not pixmap.isNull()
    shown = pixmap.deviceIndependentSize()
    assert shown.width() <= THUMBNAIL_SIZE.width() and shown.height() <= THUMBNAIL_SIZE.height()


def test_a_missing_or_broken_image_shows_no_preview(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "kapot.jpg").write_bytes(b"not a jpeg at all")
    loaded = load(qtbot, _cover_article("kapot.jpg"), base=tmp_path)
    field = loaded.form.editors["cover.image"]
    assert isinstance(field, ImageField)
    qtbot.waitUntil(lambda: field.preview_state == "failed", timeout=5000)
    assert field.thumbnail.text() == "No preview"
    image_input = loaded.line("cover.image")
    image_input.setFocus()
    image_input.selectAll()
    qtbot.keyClicks(image_input, str(tmp_path / "bestaat-niet.png"))
    qtbot.waitUntil(lambda: field.preview_state == "failed", timeout=5000)
    image_input.clear()
    assert field.preview_state == "empty" and not field.thumbnail.isVisible()
    assert loaded.article.get("cover.image") == ""


class _ImageServer(http.server.ThreadingHTTPServer):
    png = b""
    answer: threading.Event  # requests wait until it is set (a slow server without a clock)
    paths: list[str]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _ImageServer

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        self.server.answer.wait(60)
        if self.path != "/cover.png":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.server.png)))
        self.end_headers()
        self.wfile.write(self.server.png)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def image_server(tmp_path: Path) -> Iterator[_ImageServer]:
    server = _ImageServer(("127.0.0.1", 0), _Handler)
    server.png = _png(tmp_path / "served.png", 1880, 1300)
    server.answer = threading.Event()
    server.paths = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.answer.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_thumbnail_from_http_while_the_gui_stays_responsive(
    qtbot: QtBot, image_server: _ImageServer
) -> None:
    loaded = load(qtbot, _cover_article(""))
    field = loaded.form.editors["cover.image"]
    assert isinstance(field, ImageField)
    url = f"http://127.0.0.1:{image_server.server_address[1]}/cover.png"
    image_input = loaded.line("cover.image")
    image_input.setFocus()
    qtbot.keyClicks(image_input, url)
    assert changed_lines(_cover_article(""), loaded.article.to_bytes()) == {
        4: f'  image: "{url}"\n'
    }
    qtbot.waitUntil(lambda: image_server.paths == ["/cover.png"], timeout=10_000)
    # The event loop keeps running while the server holds the answer: the GUI never froze.
    turns: list[None] = []
    timer = QTimer()
    timer.timeout.connect(lambda: turns.append(None))
    timer.start(0)
    qtbot.waitUntil(lambda: len(turns) >= 20, timeout=10_000)
    assert field.preview_state != "loaded"
    image_server.answer.set()
    qtbot.waitUntil(lambda: field.preview_state == "loaded", timeout=10_000)
    timer.stop()
    assert image_server.paths == ["/cover.png"]  # typing the URL started one download
    assert not field.thumbnail.pixmap().isNull()


def test_a_dead_link_shows_no_preview(qtbot: QtBot, image_server: _ImageServer) -> None:
    image_server.answer.set()
    url = f"http://127.0.0.1:{image_server.server_address[1]}/weg.png"
    loaded = load(qtbot, _cover_article(url))
    field = loaded.form.editors["cover.image"]
    assert isinstance(field, ImageField)
    qtbot.waitUntil(lambda: field.preview_state == "failed", timeout=5000)
    assert field.thumbnail.text() == "No preview"
    assert "Not Found" in field.thumbnail.toolTip() or "404" in field.thumbnail.toolTip()


# -- other formats -----------------------------------------------------------------------------


def test_toml_and_json_front_matter_are_edited_in_their_own_syntax(qtbot: QtBot) -> None:
    rust = SAMPLES / "rust-lang__blog.rust-lang.org/content/Rustup-1.20.0.md"
    toml = load(qtbot, rust.read_bytes())
    assert toml.form.raw_panel.other_keys.text() == "Not in the form: path, authors, aliases"
    title = toml.line("title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "!")
    assert changed_lines(toml.original, toml.article.to_bytes()) == {
        3: 'title = "Announcing Rustup 1.20.0!"\n'
    }

    data = b'{\n  "title": "Hallo",\n  "weight": 2\n}\nTekst\n'
    json = load(qtbot, data)
    title = json.line("title")
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " daar")
    assert changed_lines(data, json.article.to_bytes()) == {2: '  "title": "Hallo daar",\n'}
    json.form.focus_field("weight")
    assert json.form.raw_panel.editor.textCursor().blockNumber() == 2  # file line 3
    _remove_at_end_of_line(json.form.raw_panel.editor, qtbot, 2, 1)  # "weight": (no value)
    assert json.form.raw_panel.problem_texts()[0].startswith("Line 4, column 1: JSON syntax")
