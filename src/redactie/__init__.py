"""redactie: a desktop Markdown article editor for Hugo newsrooms."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("redactie")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
