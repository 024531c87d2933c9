"""Export: an article into its section of the site, its images with it, then git.

Layer: export → checks → site → article.
"""

from __future__ import annotations

from redactie.core.export.exporter import *  # noqa: F403 (the package's API is exporter's __all__)
