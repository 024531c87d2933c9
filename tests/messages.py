"""The sentences a journalist reads, from the app's own catalogue, for tests that assert them."""

from __future__ import annotations

from typing import Any

from redactie.core.errors import Coded
from redactie.gui.messages import for_language


def dutch(item: Coded, **context: Any) -> str:
    return for_language("nl").message(item, **context)


def english(item: Coded, **context: Any) -> str:
    return for_language("en").message(item, **context)
