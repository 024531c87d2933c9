"""Pexels photo search for the cover picker, without Qt (see ../shared/pexels/SPEC.md).

`PexelsClient` returns typed `Photo`s in `SearchPage`s and raises one `PexelsError` subclass per
way a request can fail, each with a code the GUI words for the journalist; the GUI also runs
the blocking calls off the GUI thread.

The client (and with it requests, requests-cache and cattrs, about 150 ms of imports) loads on
first use: start-up needs only the models and errors.
"""

from typing import TYPE_CHECKING, Any

from redactie.core.pexels.errors import (
    BadResponseError,
    InvalidKeyError,
    NotFoundError,
    OfflineError,
    PexelsError,
    PexelsTimeoutError,
    RateLimitedError,
    ServerError,
)
from redactie.core.pexels.models import (
    DEFAULT_CAPTION_TEMPLATE,
    Photo,
    RateLimit,
    SearchPage,
    caption_for,
)

if TYPE_CHECKING:
    from redactie.core.pexels.client import DEFAULT_BASE_URL, DEFAULT_USER_AGENT, PexelsClient

_FROM_CLIENT = ("DEFAULT_BASE_URL", "DEFAULT_USER_AGENT", "PexelsClient")


def __getattr__(name: str) -> Any:
    if name in _FROM_CLIENT:
        from redactie.core.pexels import client

        return getattr(client, name)
    raise AttributeError(name)


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CAPTION_TEMPLATE",
    "DEFAULT_USER_AGENT",
    "BadResponseError",
    "InvalidKeyError",
    "NotFoundError",
    "OfflineError",
    "PexelsClient",
    "PexelsError",
    "PexelsTimeoutError",
    "Photo",
    "RateLimit",
    "RateLimitedError",
    "SearchPage",
    "ServerError",
    "caption_for",
]
