"""Typed errors about a site; the GUI and the CLI word them (`redactie.gui.messages`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from redactie.core.errors import RedactieError


class SiteError(RedactieError):
    """Something about a site folder that stops the app from using it; `path` says where."""

    def __init__(self, code: str, path: Path, *, detail: str = "", **params: Any) -> None:
        super().__init__(code, detail=detail, path=path, **params)
        self.path = path


class NotAHugoSiteError(SiteError):
    """The folder has no Hugo configuration (hugo.toml, config.*, config/_default/)."""

    codes = ("site.not-hugo-site",)

    def __init__(self, path: Path) -> None:
        super().__init__("site.not-hugo-site", path)


class SiteConfigError(SiteError):
    """A configuration file (Hugo's or redactie.toml) cannot be read or holds a wrong value.

    The `site.config-needs-*` codes carry the dotted `key` that holds the wrong value."""

    codes = (
        "site.config-unreadable",
        "site.config-invalid",
        "site.config-invalid-toml",
        "site.config-not-a-table",
        "site.config-needs-table",
        "site.config-needs-text",
        "site.config-needs-quote-pair",
        "site.config-needs-whole-number",
        "site.config-needs-positive-number",
        "site.config-needs-strings",
        "site.config-needs-image-handling",
        "site.config-needs-pattern",
        "site.config-needs-md-pattern",
        "site.config-needs-relative-path",
        "site.config-needs-severity",
        "site.config-needs-approve-mode",
        "site.config-needs-true-or-false",
        "site.config-needs-regex",
    )
