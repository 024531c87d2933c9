"""redactie: a desktop Markdown article editor for Hugo newsrooms.

The version is written here as in pyproject.toml (a test holds them equal), not looked up in
the installed metadata: importing `importlib.metadata` cost ~75 ms of GUI-thread CPU at every
start (`benchmarks/startup.py`).
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
