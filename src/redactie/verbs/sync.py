"""`redactie sync --site DIR [--push]`: take the newsroom's newer commits, then push yours.

Exit 0 done; 1 refused (offline, a conflict: each file with who changed it on the remote,
changes in the way), with the reason; nothing was changed then.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from redactie.core.site import Site
from redactie.core.team import SyncConflictError, SyncOutcome, push, sync
from redactie.verbs.output import Output

_SAID = {
    SyncOutcome.UP_TO_DATE: "cli.sync.up-to-date",
    SyncOutcome.FAST_FORWARD: "cli.sync.fast-forward",
    SyncOutcome.REBASED: "cli.sync.rebased",
}


def add(verbs: Any) -> list[argparse.ArgumentParser]:
    parser: argparse.ArgumentParser = verbs.add_parser(
        "sync", help="take the newsroom's newer commits (and push yours with --push)"
    )
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--push", action="store_true", help="push your commits afterwards")
    return [parser]


def run(args: argparse.Namespace, ui: Output) -> int:
    site = Site.open(args.site)
    try:
        result = sync(site.root)
    except SyncConflictError as exc:
        ui.error(ui.words.message(exc))
        for conflict in exc.conflicts:
            authors = ", ".join(conflict.their_authors) or "?"
            ui.err.write(ui.say("cli.sync.conflict", path=conflict.path, authors=authors) + "\n")
        return 1
    ui.line(
        ui.say(_SAID[result.outcome], branch=result.branch, taken=result.taken, mine=result.mine)
    )
    if args.push and result.mine:
        pushed = push(site.root, remote=site.options.git_remote, on_progress=ui.progress)
        ui.err.write("\n")
        if pushed.retried:
            ui.line(ui.say("cli.push-retried"))
        ui.line(ui.say("cli.pushed"))
    elif result.mine:
        ui.line(ui.say("cli.sync.to-push", mine=result.mine))
    return 0
