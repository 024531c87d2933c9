"""Where the app's bundled resources are: inside the installed package or the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """`redactie/resources` in a wheel or bundle; `resources/` at the top of a checkout."""
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


EXAMPLE_ARTICLE = "openai-haalt-nederlands-ai-talent-binnen.md"


def example_article() -> Path:
    """The example article a newcomer sees on first start (and `--self-test` opens)."""
    return resources_dir() / "examples" / EXAMPLE_ARTICLE
