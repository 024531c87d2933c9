"""The picker's preferences, read from `Settings` with defaults for fields it does not have yet.

Settings are the lead's dataclass; until it grows `pexels_*` fields, the defaults below apply,
so the picker works either way and nothing here writes settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from redactie.core.pexels import DEFAULT_CAPTION_TEMPLATE, api_key
from redactie.core.settings import Settings, cache_dir

DownloadMode = Literal["hotlink", "bundle", "static"]


@dataclass(frozen=True)
class ClientConfig:
    """What a worker needs to build its own `PexelsClient` (one per thread)."""

    api_key: str
    base_url: str
    cache_dir: Path | None
    timeout: tuple[float, float] = (5.0, 15.0)

    def __repr__(self) -> str:  # never shows the key, even in a traceback
        return f"ClientConfig(base_url={self.base_url!r}, cache_dir={self.cache_dir!r})"


@dataclass(frozen=True)
class PexelsOptions:
    """The size written to `cover.image`, the caption template, hotlink or download."""

    image_size: str = "large2x"
    caption_template: str = DEFAULT_CAPTION_TEMPLATE
    download: DownloadMode = "hotlink"
    static_folder: str = "images/covers"

    @classmethod
    def from_settings(cls, settings: Settings) -> PexelsOptions:
        wanted = settings.pexels_download
        mode: DownloadMode = "bundle" if wanted == "bundle" else "hotlink"
        if wanted == "static":
            mode = "static"
        return cls(
            image_size=settings.pexels_image_size or "large2x",
            caption_template=settings.pexels_caption_template or DEFAULT_CAPTION_TEMPLATE,
            download=mode,
            static_folder=settings.pexels_static_folder,
        )


def client_config(settings: Settings) -> ClientConfig:
    """The key from the environment or keyring, the base URL from settings, the shared cache."""
    return ClientConfig(
        api_key=api_key.api_key(),
        base_url=settings.pexels_base_url,
        cache_dir=cache_dir() / "pexels",
    )
