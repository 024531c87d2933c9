"""`redactie review submit|list|approve|send-back`: review on plain git branches.

submit FILE exports the article onto its review branch and pushes it; list shows the branches
waiting (branch, author, age, title; `--json` for scripts); approve BRANCH publishes one onto
the site's main branch; send-back BRANCH --note TEXT returns it with a note.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from redactie.core import storage
from redactie.core.article import Article, ArticleError
from redactie.core.site import Site
from redactie.core.site.tags import TaxonomyIndex
from redactie.core.team import (
    RemoteState,
    Review,
    approve_review,
    list_reviews,
    send_back,
    submit_review,
)
from redactie.verbs.output import Output


def add(verbs: Any) -> list[argparse.ArgumentParser]:
    review = verbs.add_parser("review", help="submit, list, approve or send back reviews")
    steps = review.add_subparsers(dest="step", required=True)
    submit = steps.add_parser("submit", help="export an article onto its review branch, pushed")
    submit.add_argument("file", type=Path, metavar="FILE")
    submit.add_argument("--force", action="store_true", help="submit despite errors in checks")
    listing = steps.add_parser("list", help="the reviews waiting on the remote")
    listing.add_argument("--json", action="store_true", help="a JSON list for scripts")
    approve = steps.add_parser("approve", help="publish a review onto the main branch")
    approve.add_argument("branch", metavar="BRANCH")
    back = steps.add_parser("send-back", help="return a review to its author with a note")
    back.add_argument("branch", metavar="BRANCH")
    back.add_argument("--note", required=True)
    subs: list[argparse.ArgumentParser] = [submit, listing, approve, back]
    for sub in subs:
        sub.add_argument("--site", type=Path, required=True)
    return subs


def run(args: argparse.Namespace, ui: Output) -> int:
    site = Site.open(args.site)
    if args.step == "submit":
        return _submit(args, site, ui)
    if args.step == "list":
        return _list(args, site, ui)
    if args.step == "approve":
        done = approve_review(site, args.branch)
        code = "cli.review.approved-merge" if done.merge_commit else "cli.review.approved-ff"
        ui.line(ui.say(code, branch=done.branch, main=done.main))
        return 0
    send_back(site, args.branch, args.note)
    ui.line(ui.say("cli.review.sent-back-done", branch=args.branch))
    return 0


def _submit(args: argparse.Namespace, site: Site, ui: Output) -> int:
    try:
        article = Article.from_path(args.file, default_tz=site.timezone)
    except (ArticleError, storage.StorageError) as exc:
        ui.error(ui.words.message(exc, path=args.file))
        return 1
    index = TaxonomyIndex.for_site(site)
    index.scan()
    done = submit_review(
        article,
        site,
        source=args.file,
        known_tags=index.counts("tags"),
        allow_errors=args.force,
        on_progress=ui.progress,
    )
    ui.err.write("\n")
    if done.pushed.retried:
        ui.line(ui.say("cli.push-retried"))
    ui.line(ui.say("cli.review.submitted", branch=done.branch))
    return 0


def _list(args: argparse.Namespace, site: Site, ui: Output) -> int:
    found = list_reviews(site)
    if found.remote in (RemoteState.OFFLINE, RemoteState.ACCESS_REFUSED):
        when = found.fetched_at or "-"
        ui.err.write(ui.say("cli.review.offline", when=when) + "\n")
    if args.json:
        ui.line(json.dumps([_row(r) for r in found.reviews], ensure_ascii=False, indent=1))
        return 0
    if not found.reviews:
        ui.line(ui.say("cli.review.none"))
    now = datetime.now(UTC)
    for r in found.reviews:
        ui.line(f"{r.branch}\t{r.author}\t{age(now - r.submitted)}\t{r.title}")
        if r.sent_back:
            ui.line("  " + ui.say("cli.review.sent-back", note=r.note))
    return 0


def _row(r: Review) -> dict[str, object]:
    return {
        "branch": r.branch,
        "title": r.title,
        "path": r.path,
        "author": r.author,
        "email": r.email,
        "submitted": r.submitted.isoformat(),
        "updated": r.updated.isoformat(),
        "sha": r.sha,
        "sent_back": r.sent_back,
        "note": r.note,
    }


def age(span: timedelta) -> str:
    """A waiting time in the units a desk reads at a glance: min, h, d."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} d"
