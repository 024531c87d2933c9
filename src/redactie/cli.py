"""Command-line entry point: the window (`redactie [FILE]`) or a headless verb.

`redactie check|export|new|when|stats|sync|history|review ...` run on the core (see
`redactie.commands`); anything else opens the window. Qt is imported only when a window is
needed (the verbs load just QtCore, and only for Dutch messages), so `redactie --version` and
the verbs stay fast and work on machines without a display (a site's CI).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from redactie import __version__

# as redactie.commands.VERBS, without importing the core
VERBS = ("check", "export", "new", "when", "stats", "sync", "history", "review")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redactie",
        description="Markdown article editor for Hugo sites.",
        epilog=(
            "without a window: redactie check FILE... | "
            "redactie export FILE --site DIR [--section S] [--commit] | "
            "redactie new --site DIR --title T | "
            "redactie when FILE... [--at RFC3339] [--json] | redactie stats FILE... [--json] | "
            "redactie sync --site DIR | redactie history FILE | "
            "redactie review submit|list|approve|send-back ... (see redactie VERB --help)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"redactie {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open, render and save the bundled example article, then exit (0 = all works)",
    )
    parser.add_argument("file", nargs="?", type=Path, help="article to open")
    return parser


def no_display() -> str | None:
    """Why a window cannot open here, in one line (Dutch and English), or None.

    Without this Qt aborts with a core dump and a page about platform plugins. Only Linux and
    the BSDs need a display server; an explicit QT_QPA_PLATFORM (offscreen, vnc) decides itself.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "redactie: geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg); "
        "start redactie vanuit een bureaublad, of gebruik 'redactie check' zonder venster. / "
        "no display found (DISPLAY and WAYLAND_DISPLAY are empty); start redactie from a "
        "desktop session, or use 'redactie check' without a window."
    )


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a bundle's preview worker starts this same executable
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in VERBS:
        from redactie import commands

        return commands.main(arguments)
    args = build_parser().parse_args(arguments)
    if args.self_test:
        reason = no_display()
        if reason is not None:
            print(reason, file=sys.stderr)
            return 1
        from redactie.gui.self_test import run_self_test

        return run_self_test()
    reason = no_display()
    if reason is not None:
        print(reason, file=sys.stderr)
        return 1
    from redactie.gui.app import run

    return run(args.file)
