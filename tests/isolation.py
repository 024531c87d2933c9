"""What every test gets instead of the real user's: folders and a keyring (see conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend

# Environment variables that move the user's folders: XDG (Linux, platformdirs), HOME (macOS,
# and Path.home()), APPDATA/LOCALAPPDATA (Windows). Child processes inherit them.
FOLDER_VARIABLES = (
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "APPDATA",
    "LOCALAPPDATA",
)
# Child processes (the app started for real) get a keyring that holds nothing and stores nothing.
CHILD_KEYRING = "keyring.backends.fail.Keyring"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only, so no real keyring is touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@dataclass(frozen=True)
class IsolatedUser:
    """The stand-ins of one test: `home` holds every user folder, `keyring` every secret."""

    home: Path
    keyring: MemoryKeyring
