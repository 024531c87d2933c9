"""The Pexels picker dialog against the real local Pexels server: results, failures, speed."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from redactie.core.pexels import (
    BadResponseError,
    InvalidKeyError,
    OfflineError,
    PexelsError,
    PexelsTimeoutError,
    RateLimitedError,
    ServerError,
)
from redactie.gui.pexels.dialog import PexelsDialog
from redactie.gui.pexels.options import ClientConfig
from tests.messages import dutch, english
from tests.pexels_server import DEFAULT_API_KEY, DOUBLE_SPACE_ID, EMPTY_ALT_ID, PexelsTestServer

SCREENSHOT_DIR = os.environ.get("REDACTIE_SCREENSHOTS", "")  # set it to keep the screenshot


@pytest.fixture
def server() -> Iterator[PexelsTestServer]:
    with PexelsTestServer() as pexels:
        yield pexels


def make_config(server: PexelsTestServer, tmp_path: Path, **kw: object) -> ClientConfig:
    values: dict[str, object] = {
        "api_key": DEFAULT_API_KEY,
        "base_url": server.base_url,
        "cache_dir": tmp_path / "cache",
        "timeout": (2.0, 2.0),
    }
    values.update(kw)
    return ClientConfig(**values)  # type: ignore[arg-type]


def open_dialog(qtbot: QtBot, config: ClientConfig, **kw: object) -> PexelsDialog:
    dialog = PexelsDialog(config, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # It starts with Pexels' own choice on its first turn of the event loop; a test's search
    # must come after that one, or that late start would replace it with the field's text.
    qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=5000)
    return dialog


def search(qtbot: QtBot, dialog: PexelsDialog, text: str) -> None:
    dialog.search_field.clear()
    qtbot.keyClicks(dialog.search_field, text)
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Return)


def row_of(dialog: PexelsDialog, photo_id: int) -> int:
    model = dialog.grid.photo_model
    return next(r for r in range(model.rowCount()) if model.photo(r).id == photo_id)  # type: ignore[union-attr]


def test_search_fills_grid_with_thumbnails_and_picks(
    qtbot: QtBot, server: PexelsTestServer, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, make_config(server, tmp_path), site_language="nl")
    search(qtbot, dialog, "kunstmatige intelligentie")
    model = dialog.grid.photo_model
    qtbot.waitUntil(lambda: model.rowCount() == 15 and model.loading() == 0, timeout=5000)
    assert all(model.pixmap(r) is not None for r in range(15))
    searches = [r.param("query") for r in server.api_requests if r.path == "/v1/search"]
    assert searches == ["kunstmatige intelligentie"]
    assert dialog.status.text().startswith("15 of 3127")
    dialog.grid.setCurrentIndex(model.index(row_of(dialog, DOUBLE_SPACE_ID)))
    assert "Noor  van den Berg" in dialog.detail.credit.text()
    assert dialog.detail.needs_translation()
    shot = Path(SCREENSHOT_DIR or tmp_path) / "pexels_dialog.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(shot))
    result = dialog.result_value()
    assert result is not None and result.photo.photographer == "Noor  van den Berg"


def test_empty_alt_must_be_written(qtbot: QtBot, server: PexelsTestServer, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    search(qtbot, dialog, "ai")
    qtbot.waitUntil(lambda: dialog.grid.photo_model.rowCount() == 15, timeout=5000)
    dialog.grid.setCurrentIndex(dialog.grid.photo_model.index(row_of(dialog, EMPTY_ALT_ID)))
    assert not dialog.ok_button.isEnabled()
    assert "write one" in dialog.detail.alt_hint.text()
    qtbot.keyClicks(dialog.detail.alt, "Een robot op een bureau")
    assert dialog.ok_button.isEnabled()
    result = dialog.result_value()
    assert result is not None and result.alt == "Een robot op een bureau"


def test_more_results_on_scroll(qtbot: QtBot, server: PexelsTestServer, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    search(qtbot, dialog, "fiets")
    model = dialog.grid.photo_model
    qtbot.waitUntil(lambda: model.rowCount() == 15, timeout=5000)
    assert not dialog.searcher.busy  # the first page fills the view: nothing more asked yet
    bar = dialog.grid.verticalScrollBar()
    bar.setValue(bar.maximum())

    def second_page_asked() -> bool:
        return any(
            r.param("query") == "fiets" and r.param("page") == "2" for r in server.api_requests
        )

    qtbot.waitUntil(second_page_asked, timeout=5000)


def test_keyboard_moves_selection(qtbot: QtBot, server: PexelsTestServer, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    search(qtbot, dialog, "fiets")
    qtbot.waitUntil(lambda: dialog.grid.photo_model.rowCount() == 15, timeout=5000)
    dialog.grid.setFocus()
    first = dialog.detail.photo
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Right)
    assert dialog.grid.currentIndex().row() == 1
    assert dialog.detail.photo is not first


def test_filters_are_sent(qtbot: QtBot, server: PexelsTestServer, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    search(qtbot, dialog, "zee")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    dialog.colour.setCurrentIndex(dialog.colour.findData("blue"))
    qtbot.waitUntil(
        lambda: any(r.param("color") == "blue" for r in server.api_requests), timeout=5000
    )
    last = next(r for r in server.api_requests if r.param("color") == "blue")
    assert (last.param("query"), last.param("orientation")) == ("zee", "portrait")


def test_new_search_drops_the_old_answer(
    qtbot: QtBot, server: PexelsTestServer, tmp_path: Path
) -> None:
    server.no_results_for = {"xyzzy"}
    server.hold(query="fiets")  # its answer comes only after the next search was answered
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    search(qtbot, dialog, "fiets")
    qtbot.waitUntil(lambda: server.holding == 1, timeout=5000)
    search(qtbot, dialog, "xyzzy")
    qtbot.waitUntil(lambda: "No photos found" in dialog.status.text(), timeout=5000)
    server.release()  # the old answer arrives now, and must be ignored
    qtbot.waitUntil(lambda: server.holding == 0, timeout=5000)
    dialog.searcher._pool.waitForDone(10_000)  # the worker has handed the answer over
    QApplication.processEvents()  # and the dialog has had it
    assert dialog.grid.photo_model.rowCount() == 0
    assert "xyzzy" in dialog.status.text()


FAILURES = [
    ("401", InvalidKeyError(401)),
    ("403", InvalidKeyError(403)),
    ("429", RateLimitedError(None)),
    ("500", ServerError(500)),
    ("no-photos", BadResponseError()),
    ("broken-json", BadResponseError()),
    ("drop", OfflineError()),
]


@pytest.mark.parametrize(("mode", "expected"), FAILURES, ids=[m for m, _ in FAILURES])
@pytest.mark.usefixtures("dutch_ui")
def test_failures_show_their_message(
    qtbot: QtBot, server: PexelsTestServer, tmp_path: Path, mode: str, expected: PexelsError
) -> None:
    server.fail(mode)  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    search(qtbot, dialog, "fiets")
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.message.text() == dutch(expected)
    assert dialog.grid.photo_model.rowCount() == 0
    assert not dialog.ok_button.isEnabled()
    assert not dialog.progress.isVisible()


def test_429_after_rate_limit_headers_names_the_reset(
    qtbot: QtBot, server: PexelsTestServer, tmp_path: Path
) -> None:
    server.rate_limit_remaining = 1
    dialog = open_dialog(qtbot, make_config(server, tmp_path, cache_dir=None))
    search(qtbot, dialog, "fiets")
    qtbot.waitUntil(lambda: dialog.grid.photo_model.rowCount() == 15, timeout=5000)
    server.fail("429")
    search(qtbot, dialog, "auto")
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "monthly number of Pexels searches is used up" in dialog.message.text()
    assert "2030" in dialog.message.text()


def test_slow_server_keeps_dialog_responsive_then_times_out(
    qtbot: QtBot, server: PexelsTestServer, tmp_path: Path
) -> None:
    server.hold(query="fiets")  # never answered: the client's 1 s timeout ends the wait
    config = make_config(server, tmp_path, timeout=(1.0, 1.0))
    dialog = open_dialog(qtbot, config)
    search(qtbot, dialog, "fiets")
    assert dialog.progress.isVisible()
    qtbot.keyClicks(dialog.search_field, "x")  # typing still works while it waits
    assert dialog.search_field.text() == "fietsx"
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.message.text() == english(PexelsTimeoutError())


def test_event_loop_keeps_answering_while_thumbnails_are_slow(
    qtbot: QtBot, server: PexelsTestServer, tmp_path: Path
) -> None:
    """While every thumbnail is held back the event loop keeps turning; when they all come at
    once they are decoded one per turn, with the event loop answering in between."""
    server.hold(images=True)
    dialog = open_dialog(qtbot, make_config(server, tmp_path))
    model = dialog.grid.photo_model
    turns: list[str] = []  # "turn" for every pass of the event loop, "thumbnail" per decode
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: turns.append("turn"))
    model.thumbnailLoaded.connect(lambda _row: turns.append("thumbnail"))
    search(qtbot, dialog, "fiets")
    qtbot.waitUntil(lambda: model.rowCount() == 15 and server.holding >= 1, timeout=5000)
    timer.start()
    qtbot.waitUntil(lambda: turns.count("turn") >= 50, timeout=5000)
    assert model.loading() == 15 and "thumbnail" not in turns  # all still on their way
    server.release()
    qtbot.waitUntil(lambda: model.loading() == 0, timeout=8000)
    timer.stop()
    assert turns.count("thumbnail") == 15
    pairs = itertools.pairwise(turns)
    assert ("thumbnail", "thumbnail") not in pairs, "thumbnails decoded without a turn between"


def test_no_key_explains_how_to_get_one(qtbot: QtBot, tmp_path: Path) -> None:
    config = ClientConfig(api_key="", base_url="http://127.0.0.1:9/v1/", cache_dir=None)
    dialog = open_dialog(qtbot, config)
    label = dialog.findChild(type(dialog.status), "pexels_no_key")
    assert label is not None and label.isVisible()
    assert "https://www.pexels.com/api/" in label.text()
    assert not dialog.search_field.isEnabled()
