"""The keys of a standard command on this platform, and the usual key where Qt has none.

Qt's key table gives Replace and Full Screen no key at all on a Linux desktop it does not know
as GNOME or KDE: under Xvfb with openbox, `QKeySequence.keyBindings` was empty for both, so
Edit ▸ Replace had no shortcut and Ctrl+H typed nothing. Ctrl+H and F11 are what word
processors and browsers use there; where the platform has its own keys, they are kept.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey

USUAL: Final[dict[Key, str]] = {Key.Replace: "Ctrl+H", Key.FullScreen: "F11"}


def standard_keys(key: Key) -> list[QKeySequence]:
    """All of the platform's keys for `key`, or the usual one when it has none."""
    keys = QKeySequence.keyBindings(key)
    if not keys and key in USUAL:
        return [QKeySequence(USUAL[key])]
    return list(keys)
