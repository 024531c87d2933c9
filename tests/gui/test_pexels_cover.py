"""Choosing a Pexels photo in the real window: the cover lines, undo, insert, download, key."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from redactie.core.pexels import InvalidKeyError, api_key
from redactie.gui.main_window import MainWindow
from redactie.gui.pexels.actions import PexelsActions
from redactie.gui.pexels.dialog import PexelsDialog
from redactie.gui.pexels.settings_dialog import PexelsKeyDialog
from tests.gui.test_preview import js
from tests.isolation import IsolatedUser
from tests.messages import english
from tests.paths import EXAMPLE_ARTICLE
from tests.pexels_server import DEFAULT_API_KEY, DOUBLE_SPACE_ID, PexelsTestServer


@pytest.fixture
def server() -> Iterator[PexelsTestServer]:
    with PexelsTestServer() as pexels:
        yield pexels


@pytest.fixture
def actions(window: MainWindow, server: PexelsTestServer) -> PexelsActions:
    api_key.store_key(DEFAULT_API_KEY)
    window.context.settings.pexels_base_url = server.base_url
    return window.pexels


def open_article(window: MainWindow, folder: Path, name: str = "artikel.md") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(EXAMPLE_ARTICLE, path)
    assert window.open_path(path)
    return path


def open_bundle_article(window: MainWindow, folder: Path) -> Path:
    """The example as a page bundle in a minimal Hugo site, with downloads into the bundle."""
    site = folder / "site"
    site.mkdir()
    (site / "hugo.toml").write_text('title = "x"\n')
    path = open_article(window, site / "content/posts/ai-talent", "index.md")
    window.context.settings.pexels_download = "bundle"  # type: ignore[attr-defined]
    return path


def drive_picker(
    qtbot: QtBot,
    *,
    query: str = "kunstmatige intelligentie",
    photo_id: int | None = None,
    alt: str | None = None,
    then: str = "ok",
    before_ok: Callable[[], None] | None = None,
) -> list[str]:
    """Work the modal picker once it opens: search, choose, OK (or wait for a message, cancel).
    `before_ok` runs just before OK is clicked."""
    seen: list[str] = []

    def step() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, PexelsDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        dialog.search_field.setText(query)
        dialog.search()
        model = dialog.grid.photo_model
        if then == "message":
            qtbot.waitUntil(dialog.message.isVisible, timeout=8000)
            seen.append(dialog.message.text())
            dialog.reject()
            return
        qtbot.waitUntil(lambda: model.rowCount() >= 15, timeout=8000)
        row = next(r for r in range(model.rowCount()) if model.photo(r).id == photo_id)  # type: ignore[union-attr]
        dialog.grid.setCurrentIndex(model.index(row))
        if alt is not None:
            dialog.detail.alt.setPlainText(alt)
        seen.append(dialog.detail.credit.text())
        if before_ok is not None:
            before_ok()
        dialog.ok_button.click()

    QTimer.singleShot(0, step)
    return seen


def changed_lines(before: bytes, after: bytes) -> list[tuple[str, str]]:
    old, new = before.decode().splitlines(), after.decode().splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def test_cover_sets_three_lines_and_keeps_the_photos_source_and_undo_restores(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    path = open_article(window, tmp_path)
    before = path.read_bytes()
    actions.now = lambda: datetime(2026, 12, 8, 9, 30, 12, 500, tzinfo=ZoneInfo("Europe/Amsterdam"))
    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
    assert actions.choose_cover()
    assert window.document.is_modified()
    assert window.form.isVisible()
    photo = server.photo(DOUBLE_SPACE_ID)
    assert window.save()
    lines = path.read_bytes().decode().splitlines()
    caption = lines.index('  caption: "Foto: Noor  van den Berg via Pexels"')
    assert lines[caption + 1 : caption + 7] == [  # for an audit of the credit later
        "  source:",
        f"    pexels_id: {DOUBLE_SPACE_ID}",
        f'    url: "{photo["url"]}"',
        '    photographer: "Noor  van den Berg"',
        f'    photographer_url: "{photo["photographer_url"]}"',
        "    chosen: 2026-12-08T09:30:12+01:00",
    ]
    after = "\n".join(lines[: caption + 1] + lines[caption + 7 :]) + "\n"
    old_image, old_alt = (line for line in before.decode().splitlines()[7:9])
    assert changed_lines(before, after.encode()) == [
        (old_image, f'  image: "{photo["src"]["large2x"]}"'),
        (old_alt, f'  alt: "{photo["alt"]}"'),
        ('  caption: "Foto: Sanket  Mishra via Pexels"',
         '  caption: "Foto: Noor  van den Berg via Pexels"'),
    ]  # fmt: skip
    image_field = window.form.findChild(QLineEdit, "field:cover.image")
    assert image_field is not None and image_field.text() == photo["src"]["large2x"]
    window.session.undo_stack.undo()
    assert window.document.article.get("cover.caption") == "Foto: Sanket  Mishra via Pexels"
    assert window.document.current_bytes() == before


@pytest.mark.parametrize(
    "mode", ["401", "403", "429", "500", "no-photos", "broken-json", "drop", "slow"]
)
def test_failures_leave_article_unchanged(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path, mode: str,
) -> None:  # fmt: skip
    path = open_article(window, tmp_path)
    before = path.read_bytes()
    if mode == "slow":
        server.hold(query="kunstmatige intelligentie")  # never answered within the timeout
        config = actions.config_factory()
        actions.config_factory = lambda: replace(config, timeout=(1.0, 1.0))
    else:
        server.fail(mode)  # type: ignore[arg-type]
    seen = drive_picker(qtbot, then="message")
    assert not actions.choose_cover()
    assert seen and seen[0]
    assert not window.document.is_modified()
    assert window.document.current_bytes() == before


def test_insert_photo_at_cursor(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    open_article(window, tmp_path)
    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID, alt="Een robot naast een laptop")
    assert actions.insert_photo()
    text = window.editor.toPlainText()
    photo = server.photo(DOUBLE_SPACE_ID)
    assert f"![Een robot naast een laptop]({photo['src']['large2x']})" in text
    assert f"*Foto: [Noor  van den Berg]({photo['photographer_url']}) via Pexels*" in text


def test_download_into_page_bundle(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    path = open_bundle_article(window, tmp_path)
    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
    assert actions.choose_cover()
    saved = next(path.parent.glob("*.jpg"))
    assert saved.name == "openai-haalt-nederlands-ai-talent-binnen-voor-persoonlijke.jpg"
    assert saved.read_bytes()[:2] == b"\xff\xd8"
    assert window.document.article.get("cover.image") == saved.name
    assert window.document.article.get("cover.relative") is True


def test_failed_download_changes_nothing(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    path = open_bundle_article(window, tmp_path)
    before = path.read_bytes()
    drive_picker(  # the photo is chosen; then the download itself fails
        qtbot, photo_id=DOUBLE_SPACE_ID, before_ok=lambda: server.fail("500", images=True)
    )
    messages: list[str] = []

    def close_warning() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "pexels_warning"
                    and w.isVisible()), None)  # fmt: skip
        if box is None:
            QTimer.singleShot(20, close_warning)
            return
        messages.append(box.text())  # type: ignore[attr-defined]
        box.close()

    QTimer.singleShot(0, close_warning)
    assert not actions.choose_cover()
    assert messages and "nothing was changed" in messages[0]
    assert sorted(p.name for p in path.parent.iterdir()) == ["index.md"]
    assert window.document.current_bytes() == before


def test_download_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    path = open_bundle_article(window, tmp_path)
    before = path.read_bytes()
    server.hold(images=True)  # the download never ends by itself
    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
    cancelled: list[bool] = []

    def cancel() -> None:
        progress = next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QProgressDialog) and w.isVisible()), None)  # fmt: skip
        if progress is None:
            QTimer.singleShot(20, cancel)
            return
        cancelled.append(True)
        button = progress.findChild(QPushButton)
        assert button is not None
        button.click()

    QTimer.singleShot(0, cancel)
    changed = actions.choose_cover()
    assert cancelled
    assert not changed
    assert sorted(p.name for p in path.parent.iterdir()) == ["index.md"]
    assert window.document.current_bytes() == before


def test_key_dialog_stores_in_keyring_and_tests(
    qtbot: QtBot, window: MainWindow, server: PexelsTestServer, isolated_user: IsolatedUser
) -> None:
    window.context.settings.pexels_base_url = server.base_url
    actions = window.pexels
    dialog = PexelsKeyDialog(actions.config_factory())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.key_field, "wrong-key")
    dialog.test_key()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=5000)
    assert dialog.result_label.text() == english(InvalidKeyError(401))
    dialog.key_field.setText(DEFAULT_API_KEY)
    dialog.test_key()
    qtbot.waitUntil(lambda: dialog.result_label.text() == "The key works.", timeout=5000)
    dialog.accept()
    assert isolated_user.keyring.values == {(api_key.SERVICE, api_key.USERNAME): DEFAULT_API_KEY}


def test_environment_key_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    api_key.store_key("from-keyring")
    assert api_key.api_key() == "from-keyring"
    monkeypatch.setenv(api_key.ENV_VAR, "from-env")
    assert api_key.api_key() == "from-env"
    assert api_key.key_from_environment()


def test_key_never_written_to_disk(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path, isolated_user: IsolatedUser,
) -> None:  # fmt: skip
    path = open_article(window, tmp_path)
    for _ in range(2):  # the second search comes from the cache
        drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
        assert actions.choose_cover()
    assert window.save()
    window.recovery_copy.write()
    assert window.recovery_copy.wait()
    window.context.save_settings()
    written = [p for root in (isolated_user.home, tmp_path) for p in root.rglob("*")
               if p.is_file()]  # fmt: skip
    assert any(p.name.startswith("pexels-http") for p in written), "the cache was not used"
    assert path in written
    for file in written:
        assert DEFAULT_API_KEY.encode() not in file.read_bytes(), file


def test_without_key_the_picker_explains_and_takes_one(
    qtbot: QtBot, window: MainWindow, server: PexelsTestServer, isolated_user: IsolatedUser,
    tmp_path: Path,
) -> None:  # fmt: skip
    window.context.settings.pexels_base_url = server.base_url
    actions = window.pexels
    open_article(window, tmp_path)
    explained: list[str] = []

    def enter_key() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, PexelsKeyDialog) and w.isVisible()), None)  # fmt: skip
        if dialog is None:
            QTimer.singleShot(20, enter_key)
            return
        dialog.key_field.setText(DEFAULT_API_KEY)
        dialog.accept()

    def picker() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, PexelsDialog) and w.isVisible()), None)  # fmt: skip
        if dialog is None:
            QTimer.singleShot(20, picker)
            return
        label = dialog.findChild(QLabel, "pexels_no_key")
        assert label is not None and label.isVisible()
        explained.append(label.text())
        assert server.api_requests == []  # nothing was asked without a key
        QTimer.singleShot(0, enter_key)
        button = dialog.findChild(QPushButton, "pexels_enter_key")
        assert button is not None
        button.click()  # the key dialog runs (and is answered) inside this call
        model = dialog.grid.photo_model
        qtbot.waitUntil(lambda: model.rowCount() >= 15, timeout=8000)
        dialog.grid.setCurrentIndex(model.index(0))
        dialog.ok_button.click()

    QTimer.singleShot(0, picker)
    assert actions.choose_cover()
    assert "https://www.pexels.com/api/" in explained[0]
    assert isolated_user.keyring.values[(api_key.SERVICE, api_key.USERNAME)] == DEFAULT_API_KEY


def test_the_preview_shows_the_chosen_cover_with_its_credit(
    qtbot: QtBot, window: MainWindow, actions: PexelsActions, server: PexelsTestServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    """The page header takes the new photo at once: its image (loaded from the server), the
    alt text on the img and the Dutch credit as the caption."""
    window.show()
    open_article(window, tmp_path)
    qtbot.waitUntil(window.preview.is_current, timeout=15_000)
    drive_picker(qtbot, photo_id=DOUBLE_SPACE_ID)
    assert actions.choose_cover()
    photo = server.photo(DOUBLE_SPACE_ID)
    cover = (
        "(() => { const f = document.querySelector('.entry-cover');"
        " const i = f.querySelector('img');"
        " return [i.getAttribute('src'), i.alt, f.querySelector('figcaption').textContent,"
        " i.complete && i.naturalWidth > 0]; })()"
    )
    expected = [photo["src"]["large2x"], photo["alt"], "Foto: Noor  van den Berg via Pexels", True]
    qtbot.waitUntil(lambda: js(qtbot, window.preview, cover) == expected, timeout=15_000)
