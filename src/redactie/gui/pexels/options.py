"""What a Pexels worker needs to build its own client: the key, the server and the cache.

The picker's other choices (caption, size, download) are the article session's resolved
options (`redactie.core.options`), so a site's `redactie.toml` and the user agree on one value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from redactie.core.pexels import api_key
from redactie.core.settings import Settings, cache_dir


@dataclass(frozen=True)
class ClientConfig:
    """What a worker needs to build its own `PexelsClient` (one per thread)."""

    api_key: str
    base_url: str
    cache_dir: Path | None
    timeout: tuple[float, float] = (5.0, 15.0)

    def __repr__(self) -> str:  # never shows the key, even in a traceback
        return f"ClientConfig(base_url={self.base_url!r}, cache_dir={self.cache_dir!r})"


def client_config(settings: Settings) -> ClientConfig:
    """The key from the environment or keyring, the base URL from settings, the shared cache."""
    return ClientConfig(
        api_key=api_key.api_key(),
        base_url=settings.pexels_base_url,
        cache_dir=cache_dir() / "pexels",
    )
