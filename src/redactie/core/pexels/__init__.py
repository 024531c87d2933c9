"""Pexels photo search for the cover picker, without Qt (see ../shared/pexels/SPEC.md).

`PexelsClient` returns typed `Photo`s in `SearchPage`s and raises one `PexelsError` subclass per
way a request can fail, each with a code the GUI words for the journalist; the GUI also runs
the blocking calls off the GUI thread.
"""

from redactie.core.pexels.client import DEFAULT_BASE_URL, DEFAULT_USER_AGENT, PexelsClient
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
