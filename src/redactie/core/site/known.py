"""The sites a user has opened, remembered between runs (several are possible).

Kept in its own small TOML file next to the settings, most recently used first, so picking a
site folder is a one-time step. Like the settings, a broken file reads as empty, never as an
error at start-up; a site folder that disappeared stays listed until the user removes it (it
may be on a drive that is not mounted right now).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import tomlkit

from redactie.core import settings, storage

MAX_SITES = 20


@dataclass(frozen=True)
class KnownSite:
    path: Path
    name: str  # the site's title when it was last opened, for menus

    @property
    def available(self) -> bool:
        return self.path.is_dir()


def sites_path() -> Path:
    return settings.config_dir() / "sites.toml"


def load_sites(path: Path | None = None) -> list[KnownSite]:
    path = path or sites_path()
    try:
        raw = tomlkit.parse(path.read_text(encoding="utf-8")).unwrap()
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError):
        return []
    entries = raw.get("site", [])
    found: list[KnownSite] = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            name = entry.get("name")
            found.append(KnownSite(Path(entry["path"]), name if isinstance(name, str) else ""))
    return found[:MAX_SITES]


def save_sites(sites: list[KnownSite], path: Path | None = None) -> None:
    path = path or sites_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    document = tomlkit.document()
    table = tomlkit.aot()
    for site in sites[:MAX_SITES]:
        table.append(tomlkit.item({"path": str(site.path), "name": site.name}))
    document["site"] = table
    storage.write_atomic(path, tomlkit.dumps(document).encode("utf-8"))


def remember_site(folder: Path, name: str = "", path: Path | None = None) -> list[KnownSite]:
    """Put `folder` first (no duplicates) and save; returns the new list."""
    folder = folder.expanduser().resolve()
    sites = [s for s in load_sites(path) if s.path != folder]
    sites.insert(0, KnownSite(folder, name))
    save_sites(sites, path)
    return sites[:MAX_SITES]


def forget_site(folder: Path, path: Path | None = None) -> list[KnownSite]:
    folder = folder.expanduser().resolve()
    sites = [s for s in load_sites(path) if s.path != folder]
    save_sites(sites, path)
    return sites
