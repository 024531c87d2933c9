"""Command-line entry point: parses arguments, then starts the window.

Qt is imported only when a window is needed, so `redactie --version` (and later the headless
verbs) stay fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from redactie import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redactie",
        description="Markdown article editor for Hugo sites.",
    )
    parser.add_argument("--version", action="version", version=f"redactie {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="article to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from redactie.gui.app import run

    return run(args.file)
