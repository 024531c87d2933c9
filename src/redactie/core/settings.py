"""Typed user settings in one TOML file in the user's config folder (platformdirs).

One dataclass instead of raw QSettings keys scattered over widgets: every setting has a name, a
type and a default here. The file is written atomically and read leniently: a broken or older
file gives defaults for what cannot be read, never an exception at start-up. Secrets (the
Pexels key) never come here; they live in the OS keyring.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
import tomlkit

from redactie.core import storage

APP_NAME = "redactie"
MAX_RECENT = 10


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    """Everything the app remembers between runs."""

    language: str = "system"  # "system", "nl" or "en"
    theme: str = "system"  # "system", "light" or "dark"
    recent_files: list[str] = field(default_factory=list)
    recent_titles: dict[str, str] = field(default_factory=dict)  # path -> headline, for the menu
    last_folder: str = ""  # where the last article was opened or saved
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    window_state: str = ""  # Qt's saveState(), base64
    splitter_sizes: dict[str, list[int]] = field(default_factory=dict)
    recovery_interval_seconds: int = 5
    spell_skip_caps: bool = True  # ALL-CAPS words (NOS, EU, MKB) are not spell-checked
    pexels_base_url: str = "https://api.pexels.com/v1/"
    pexels_image_size: str = "auto"  # which `src` size becomes cover.image; auto: by width
    pexels_caption_template: str = "Foto: {photographer} via Pexels"
    pexels_download: str = "hotlink"  # "hotlink", "bundle" (next to index.md) or "static"
    pexels_static_folder: str = "images/covers"

    def add_recent(self, path: Path | str, title: str = "") -> None:
        """Most recent first, no duplicates, at most ten; `title` is shown in the menu."""
        name = str(Path(path).resolve())
        self.recent_files = [name, *(p for p in self.recent_files if p != name)][:MAX_RECENT]
        titles = {k: v for k, v in self.recent_titles.items() if k in self.recent_files}
        if title.strip():
            titles[name] = " ".join(title.split())
        self.recent_titles = titles
        self.last_folder = str(Path(name).parent)

    def remove_recent(self, path: Path | str) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != name]


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def load(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing, mistyped or unreadable."""
    path = path or settings_path()
    try:
        raw: dict[str, Any] = tomlkit.parse(path.read_text(encoding="utf-8")).unwrap()
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError):
        return Settings()
    defaults = Settings()
    values: dict[str, Any] = {}
    for item in dataclasses.fields(Settings):
        value = raw.get(item.name)
        default = getattr(defaults, item.name)
        if value is not None and isinstance(value, type(default)):
            values[item.name] = value
    settings = Settings(**values)
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (the same way articles are saved)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    document = tomlkit.document()
    for key, value in dataclasses.asdict(settings).items():
        document[key] = value
    storage.write_atomic(path, tomlkit.dumps(document).encode("utf-8"))
