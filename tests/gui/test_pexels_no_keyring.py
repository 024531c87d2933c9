"""No system keyring: the Pexels key still works for the session, and the user is told why it
will not be kept and how to set PEXELS_API_KEY. The key never touches a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from redactie.core.pexels import api_key
from redactie.gui.pexels.options import ClientConfig
from redactie.gui.pexels.settings_dialog import PexelsKeyDialog
from tests.gui.conftest import answer_message_box

KEY = "sessie-sleutel-1234567890"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(api_key.ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)
    api_key.store_key("")  # forget the session key


def test_without_a_keyring_the_key_is_kept_for_the_session(
    qtbot: QtBot, no_keyring: None, tmp_path: Path
) -> None:
    dialog = PexelsKeyDialog(ClientConfig("", "http://127.0.0.1:9/", None))
    qtbot.addWidget(dialog)
    dialog.key_field.setText(KEY)
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    dialog.accept()
    assert seen[0] == "pexels_key_session_only"
    assert "PEXELS_API_KEY" in seen[1] and "keyring" in seen[1]
    assert api_key.api_key() == KEY  # the picker can use it now
    assert api_key.kept_for_session_only()
    for file in Path(tmp_path).parent.rglob("*"):  # settings, cache and data are isolated here
        if file.is_file() and file.stat().st_size < 10_000_000:
            assert KEY.encode() not in file.read_bytes(), file
