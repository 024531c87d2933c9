"""`redactie history FILE [--json]`: the commits that touched an article, renames followed.

One line a commit (short hash, time, author, message, and the file's name then when it was
called differently); `--json` gives a list of objects for scripts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from redactie.core.team import article_history
from redactie.verbs.output import Output


def add(verbs: Any) -> list[argparse.ArgumentParser]:
    parser: argparse.ArgumentParser = verbs.add_parser(
        "history", help="the commits that touched an article (renames followed)"
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="a JSON list for scripts")
    return [parser]


def run(args: argparse.Namespace, ui: Output) -> int:
    entries = article_history(args.file)
    if args.json:
        rows = [
            {
                "sha": e.sha,
                "author": e.author,
                "email": e.email,
                "when": e.when.isoformat(),
                "message": e.message,
                "path": e.path,
            }
            for e in entries
        ]
        ui.line(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not entries:
        ui.err.write(ui.say("cli.history.none") + "\n")
        return 0
    current = entries[0].path
    for e in entries:
        renamed = f"  ({e.path})" if e.path != current else ""
        ui.line(f"{e.sha[:10]}  {e.when:%Y-%m-%d %H:%M}  {e.author}  {e.message}{renamed}")
    return 0
