"""The Pexels API key: from the environment or the OS keyring, never from a file we write.

`PEXELS_API_KEY` in the environment wins (CI, a shared newsroom machine); otherwise the key the
journalist entered is kept by `keyring` (Keychain, Windows Credential Locker, Secret Service).
A keyring that is missing or broken cannot keep a key between runs: a key entered then is kept
in this process's memory for the session (never in a file), and the dialog says how to set
`PEXELS_API_KEY` instead.
Every key read or stored here is handed to the log file's filter, so no log line can show it.
`keyring` is imported when a key is first read or stored, not at start: it loads its backends
through entry points (`importlib.metadata`), ~40 ms of the window's start.
"""

from __future__ import annotations

import logging
import os

from redactie.core.logfile import remember_secret

log = logging.getLogger(__name__)

ENV_VAR = "PEXELS_API_KEY"
SERVICE = "redactie"
USERNAME = "pexels-api-key"
_session: dict[str, str] = {}  # the key for this run when no keyring could keep it


def is_header_safe(key: str) -> bool:
    """Whether `key` can travel in an HTTP header: printable ASCII only (a pasted key with a
    non-breaking space or a curly quote cannot, and would fail deep inside the HTTP library)."""
    return bool(key) and all(32 <= ord(char) <= 126 for char in key)


def api_key() -> str:
    """The key to use, or "" when none is set anywhere."""
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        remember_secret(from_env)
        return from_env
    return stored_key() or _session.get("key", "")


def key_from_environment() -> bool:
    """True when the environment decides, so a key typed in Settings would not be used."""
    return bool(os.environ.get(ENV_VAR, "").strip())


def stored_key() -> str:
    """The key in the OS keyring; "" when none or when the keyring cannot be used."""
    import keyring
    from keyring.errors import KeyringError

    try:
        key = (keyring.get_password(SERVICE, USERNAME) or "").strip()
    except (KeyringError, RuntimeError) as exc:  # no backend, locked, D-Bus gone
        log.warning("Cannot read the Pexels key from the keyring: %s", type(exc).__name__)
        return ""
    remember_secret(key)
    return key


def store_key(key: str) -> bool:
    """Keep `key` in the keyring ("" removes it); False when the keyring refused.

    A key HTTP cannot carry is refused with `ValueError` (the dialog says so first)."""
    remember_secret(key)
    if key.strip() and not is_header_safe(key.strip()):
        raise ValueError("the key holds characters an HTTP header cannot carry")
    _session.pop("key", None)
    import keyring
    from keyring.errors import KeyringError

    try:
        if key.strip():
            keyring.set_password(SERVICE, USERNAME, key.strip())
        elif keyring.get_password(SERVICE, USERNAME) is not None:
            keyring.delete_password(SERVICE, USERNAME)
    except (KeyringError, RuntimeError) as exc:
        log.warning("Cannot store the Pexels key in the keyring: %s", type(exc).__name__)
        if key.strip():
            _session["key"] = key.strip()  # usable until redactie closes
        return False
    return True


def kept_for_session_only() -> bool:
    """True when the key in use lives only in memory (no keyring could store it)."""
    return "key" in _session
