"""A Hugo site on disk: its configuration, sections, new articles and the sites remembered.

See `Site.open`; `redactie.toml` (documented in README.md) holds what Hugo's configuration
cannot say.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redactie.core.site.errors import NotAHugoSiteError, SiteConfigError, SiteError
    from redactie.core.site.hugo_config import HugoConfig, is_hugo_site, read_hugo_config
    from redactie.core.site.known import KnownSite, forget_site, load_sites, remember_site
    from redactie.core.site.options import OPTIONS_FILE, SiteOptions, read_options
    from redactie.core.site.sections import Section
    from redactie.core.site.site import Site, UnknownSectionError, default_article, find_site_root

# Each name from its module when first asked for: the window's start reads `site.options`
# (the spelling language) long before a site is opened, and the rest cost ~35 ms of it.
_WHERE = {
    "errors": ("NotAHugoSiteError", "SiteConfigError", "SiteError"),
    "hugo_config": ("HugoConfig", "is_hugo_site", "read_hugo_config"),
    "known": ("KnownSite", "forget_site", "load_sites", "remember_site"),
    "options": ("OPTIONS_FILE", "SiteOptions", "read_options"),
    "sections": ("Section",),
    "site": ("Site", "UnknownSectionError", "default_article", "find_site_root"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "OPTIONS_FILE",
    "HugoConfig",
    "KnownSite",
    "NotAHugoSiteError",
    "Section",
    "Site",
    "SiteConfigError",
    "SiteError",
    "SiteOptions",
    "UnknownSectionError",
    "default_article",
    "find_site_root",
    "forget_site",
    "is_hugo_site",
    "load_sites",
    "read_hugo_config",
    "read_options",
    "remember_site",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
