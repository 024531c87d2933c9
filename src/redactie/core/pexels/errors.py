"""Every way a Pexels request can fail, as a type the journalist's message is chosen by.

Core never shows dialogs (DESIGN, decision 6): it raises these, and the GUI words them
(`redactie.gui.messages`): what happened and what to do, not which exception it was. `status`
is the HTTP status when an answer came at all; `detail` keeps the technical cause for logs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from redactie.core.errors import RedactieError


class PexelsError(RedactieError):
    """Base of all Pexels failures."""

    def __init__(
        self, code: str, *, status: int | None = None, detail: str = "", **params: Any
    ) -> None:
        super().__init__(code, detail=detail, status=status, **params)
        self.status = status  # also in `params`, for the message


class InvalidKeyError(PexelsError):
    """No key, or Pexels refused it (401), or its edge refused the request (403)."""

    codes = ("pexels.no-key", "pexels.access-refused", "pexels.key-refused")

    def __init__(self, status: int | None = None, *, detail: str = "") -> None:
        if status is None:
            code = "pexels.no-key"
        elif status == 403:
            code = "pexels.access-refused"
        else:
            code = "pexels.key-refused"
        super().__init__(code, status=status, detail=detail)


class RateLimitedError(PexelsError):
    """429: too many requests this hour, or the monthly quota is spent.

    Pexels does not say which (SPEC §4), so `quota_spent` comes from the last `X-Ratelimit-
    Remaining` seen; `reset_at` is the last `X-Ratelimit-Reset` seen, or None before any.
    """

    codes = ("pexels.quota-spent", "pexels.rate-limited", "pexels.rate-limited-renewal")

    def __init__(self, reset_at: datetime | None, *, quota_spent: bool = False) -> None:
        if reset_at is None:
            super().__init__("pexels.rate-limited", status=429)
        else:
            code = "pexels.quota-spent" if quota_spent else "pexels.rate-limited-renewal"
            super().__init__(code, status=429, reset_at=reset_at)
        self.reset_at = reset_at
        self.quota_spent = quota_spent


class NotFoundError(PexelsError):
    """404: the photo (or endpoint) does not exist."""

    codes = ("pexels.not-found",)

    def __init__(self, *, detail: str = "") -> None:
        super().__init__("pexels.not-found", status=404, detail=detail)


class ServerError(PexelsError):
    """5xx: Pexels itself is in trouble; trying again later is all anyone can do."""

    codes = ("pexels.server-error",)

    def __init__(self, status: int, *, detail: str = "") -> None:
        super().__init__("pexels.server-error", status=status, detail=detail)


class PexelsTimeoutError(PexelsError):
    """No connection or no answer within the client's timeouts."""

    codes = ("pexels.timeout",)

    def __init__(self, *, detail: str = "") -> None:
        super().__init__("pexels.timeout", detail=detail)


class OfflineError(PexelsError):
    """Pexels could not be reached: no network, DNS failure, refused or dropped connection."""

    codes = ("pexels.offline",)

    def __init__(self, *, detail: str = "") -> None:
        super().__init__("pexels.offline", detail=detail)


class BadResponseError(PexelsError):
    """An answer the client cannot use: broken JSON, no `photos`, an unexpected status."""

    codes = ("pexels.bad-response",)

    def __init__(self, *, status: int | None = None, detail: str = "") -> None:
        super().__init__("pexels.bad-response", status=status, detail=detail)
