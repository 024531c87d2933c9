"""Test-wide setup: headless Qt, and a user of its own for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest

from redactie.core.pexels import api_key
from tests.isolation import CHILD_KEYRING, FOLDER_VARIABLES, IsolatedUser, MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")


@pytest.fixture(autouse=True)
def isolated_user(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[IsolatedUser]:
    """Settings, data, cache and the keyring of a test never touch the real user's: the
    platformdirs folders (and HOME) point into a fresh folder, the Pexels key comes from an
    in-memory keyring (not from PEXELS_API_KEY), and child processes inherit all of it."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in FOLDER_VARIABLES:
        folder = home / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv(api_key.ENV_VAR, raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", CHILD_KEYRING)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield IsolatedUser(home, backend)
    finally:
        keyring.set_keyring(previous)
