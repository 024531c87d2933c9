"""A Hugo site on disk: its configuration, sections, new articles and the sites remembered.

See `Site.open`; `redactie.toml` (documented in README.md) holds what Hugo's configuration
cannot say.
"""

from __future__ import annotations

from redactie.core.site.errors import NotAHugoSiteError, SiteConfigError, SiteError
from redactie.core.site.hugo_config import HugoConfig, is_hugo_site, read_hugo_config
from redactie.core.site.known import KnownSite, forget_site, load_sites, remember_site
from redactie.core.site.options import OPTIONS_FILE, SiteOptions, read_options
from redactie.core.site.sections import Section
from redactie.core.site.site import Site, UnknownSectionError, default_article, find_site_root

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
