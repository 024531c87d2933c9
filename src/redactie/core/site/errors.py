"""Typed errors about a site, each with a Dutch and an English message for the GUI and CLI."""

from __future__ import annotations

from pathlib import Path


class SiteError(Exception):
    """Something about a site folder that stops the app from using it."""

    def __init__(self, path: Path, message_nl: str, message_en: str) -> None:
        super().__init__(f"{path}: {message_en}")
        self.path = path
        self.message_nl = message_nl
        self.message_en = message_en

    def message(self, language: str) -> str:
        return self.message_nl if language == "nl" else self.message_en


class NotAHugoSiteError(SiteError):
    """The folder has no Hugo configuration (hugo.toml, config.*, config/_default/)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} is geen Hugo-site: er is geen hugo.toml, config.toml of config/_default/.",
            f"{path} is not a Hugo site: there is no hugo.toml, config.toml or config/_default/.",
        )


class SiteConfigError(SiteError):
    """A configuration file (Hugo's or redactie.toml) cannot be read or holds a wrong value."""

    def __init__(self, path: Path, detail_nl: str, detail_en: str) -> None:
        super().__init__(path, f"{path.name}: {detail_nl}", f"{path.name}: {detail_en}")
        self.detail_nl = detail_nl
        self.detail_en = detail_en
