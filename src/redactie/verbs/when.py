"""`redactie when FILE...`: is each article online, scheduled, expired or a draft, as Hugo
decides it (`redactie.core.site.publish_state`), and does the site's build include it.

One line per file in the message language, or with `--json` one JSON object per line with
`path`, `state`, `publish`, `expires` (RFC 3339 as Hugo holds them, or null) and `built`.
`--at` replaces the clock (as Hugo's own `--clock`). Exit 0; 1 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from redactie.core import storage
from redactie.core.article import ArticleError
from redactie.core.site import Site, find_site_root
from redactie.core.site.publish_state import PublishState, file_state, rfc3339

if TYPE_CHECKING:
    from redactie.verbs.output import Output as _Output


def add_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    when = verbs.add_parser("when", help="when an article is online, as the site's Hugo says")
    when.add_argument("files", nargs="+", type=Path, metavar="FILE")
    when.add_argument("--site", type=Path, help="the Hugo site (default: found above FILE)")
    when.add_argument("--at", metavar="RFC3339", help="the moment to judge at (default: now)")
    when.add_argument("--json", action="store_true", help="one JSON object per file")
    when.add_argument("--lang", choices=("nl", "en"), default=None, help="message language")


def run(args: argparse.Namespace, ui: _Output) -> int:
    at = _moment(args.at) if args.at else datetime.now().astimezone()
    if at is None:
        ui.error(ui.say("cli.bad-moment", value=args.at))
        return 2
    sites: dict[Path | None, Site | None] = {}
    failed = 0
    for path in args.files:
        root = args.site if args.site is not None else find_site_root(path)
        if root not in sites:
            sites[root] = Site.open(root) if root is not None else None
        try:
            state = file_state(path, sites[root], at=at)
        except (ArticleError, storage.StorageError) as exc:
            ui.error(ui.words.message(exc, path=path))
            failed += 1
            continue
        ui.line(_json(path, state) if args.json else _text(path, state, ui))
    return 1 if failed else 0


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _text(path: Path, state: PublishState, ui: _Output) -> str:
    status = state.status
    detail = ui.say("cli.when." + status.code.removeprefix("publish."), **status.params)
    built = ui.say("cli.built.yes" if state.built else "cli.built.no")
    return f"{path}: {ui.say('cli.state.' + state.state.value)} — {detail}; {built}"


def _json(path: Path, state: PublishState) -> str:
    record = {
        "path": str(path),
        "state": state.state.value,
        "publish": rfc3339(state.publish),
        "expires": rfc3339(state.expires),
        "built": state.built,
    }
    return json.dumps(record, ensure_ascii=False)
