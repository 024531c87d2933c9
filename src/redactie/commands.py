"""The headless verbs: `redactie check`, `export`, `new`; `when` and `stats` (in their own
modules); and (`redactie.verbs`) `sync`, `history`, `review`.

They run on the same core as the window, for scripts and a site's own CI. Output is plain
lines (`file:line: rule-id message`) on stdout, a summary on stderr, in Dutch or English
(`--lang`, else the locale), worded by the window's own catalogue (`redactie.gui.messages`;
in English without loading Qt). Exit codes: 0 fine, 1 errors found or the action failed, 2
wrong usage (argparse's own).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from redactie.core import storage
from redactie.core.article import Article, ArticleError
from redactie.core.errors import RedactieError
from redactie.core.export import (
    Collision,
    ExportPlan,
    ExportResult,
    export,
    new_article_path,
    plan_export,
)
from redactie.core.site import Site
from redactie.core.site.tags import TaxonomyIndex
from redactie.gui.messages import for_language, ui_language
from redactie.verbs import check as check_verb
from redactie.verbs import history, review, stats, sync, when
from redactie.verbs.output import Output as _Output

VERBS = ("check", "export", "new", "when", "stats", "sync", "history", "review")
_STATE = {
    Collision.NEW: "cli.new-file",
    Collision.SAME: "cli.update",
    Collision.UNCHANGED: "cli.unchanged",
    Collision.OTHER: "cli.other-article",
}


def default_language() -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return ui_language(value)
    return "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="redactie", description="redactie without a window.")
    verbs = parser.add_subparsers(dest="verb", required=True)

    check = verbs.add_parser("check", help="check articles before publishing")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--site", type=Path, help="the Hugo site (default: found above FILE)")
    check.add_argument("--drafts-ok", action="store_true", help="do not report draft: true")
    check.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    check.add_argument("--no-taxonomy", action="store_true", help="do not compare tags")
    check.add_argument("--links", action="store_true", help="also check every web link")
    check.add_argument(
        "--hints", action="store_true", help="also the hints a site leaves at info (long sentences)"
    )
    check.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="check in N processes (default: one per core from 200 files on)",
    )

    exp = verbs.add_parser("export", help="put an article into the site (and commit it)")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument("--site", type=Path, required=True)
    exp.add_argument("--section", help="the section (default: the site's default)")
    exp.add_argument("--commit", action="store_true", help="commit the exported files")
    branch = exp.add_mutually_exclusive_group()
    branch.add_argument("--branch", help="commit on this new branch")
    branch.add_argument(
        "--new-branch", action="store_true", help="commit on a new branch named after the slug"
    )
    exp.add_argument("--push", action="store_true", help="push after committing")
    clash = exp.add_mutually_exclusive_group()
    clash.add_argument("--overwrite", action="store_true", help="replace another article")
    clash.add_argument("--rename", action="store_true", help="take a free name instead")
    exp.add_argument("--force", action="store_true", help="export despite errors in the checks")
    exp.add_argument("--dry-run", action="store_true", help="show the checks and diff only")

    new = verbs.add_parser("new", help="start a new article in the site")
    new.add_argument("--site", type=Path, required=True)
    new.add_argument("--title", required=True)
    new.add_argument("--section")
    new.add_argument("--output", type=Path, help="write here instead of the site's pattern")

    for sub in (check, exp, new, *sync.add(verbs), *history.add(verbs), *review.add(verbs)):
        sub.add_argument("--lang", choices=("nl", "en"), default=None, help="message language")
    when.add_parser(verbs)
    stats.add_parser(verbs)
    return parser


def main(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    args = build_parser().parse_args(list(argv))
    words = for_language(args.lang or default_language())
    ui = _Output(out or sys.stdout, err or sys.stderr, words)
    try:
        if args.verb == "check":
            return _check(args, ui)
        if args.verb == "export":
            return _export(args, ui)
        if args.verb == "new":
            return _new(args, ui)
        if args.verb == "when":
            return when.run(args, ui)
        if args.verb == "stats":
            return stats.run(args, ui)
        run = {"sync": sync.run, "history": history.run, "review": review.run}[args.verb]
        return run(args, ui)
    except RedactieError as exc:
        ui.error(ui.words.message(exc))
        return 1
    except OSError as exc:
        ui.error(str(exc))
        return 1


# -- check --------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, ui: _Output) -> int:
    return check_verb.run(args, ui, args.lang or default_language())


_link_results = check_verb.link_results  # export asks the links the same way


def _scanned_index(site: Site) -> TaxonomyIndex:
    index = TaxonomyIndex.for_site(site)
    index.scan()
    return index


# -- export -------------------------------------------------------------------------------------


def _export(args: argparse.Namespace, ui: _Output) -> int:
    site = Site.open(args.site)
    try:
        article = Article.from_path(args.file, default_tz=site.timezone)
    except (ArticleError, storage.StorageError) as exc:
        ui.error(ui.words.message(exc, path=args.file))
        return 1
    index = _scanned_index(site)
    known = index.counts("tags")
    links = _link_results(article) if site.options.links_before_export else None
    plan = plan_export(
        article, site, section=args.section, source=args.file, known_tags=known, links=links
    )
    if plan.collision is Collision.OTHER and args.rename and plan.alternative is not None:
        plan = plan_export(
            article,
            site,
            section=args.section,
            source=args.file,
            target=plan.alternative,
            known_tags=known,
            links=links,
        )
    _show_plan(plan, ui)
    if args.dry_run:
        return 1 if plan.has_errors or plan.collision is Collision.OTHER else 0
    branch = plan.branch_name if args.new_branch else args.branch
    result = export(
        plan,
        overwrite=args.overwrite,
        allow_errors=args.force,
        commit=args.commit or args.push,
        branch=branch,
        push=args.push,
        on_progress=ui.progress,
    )
    return _report(result, ui)


def _show_plan(plan: ExportPlan, ui: _Output) -> None:
    ui.line(f"{plan.relative_target}: {ui.say(_STATE[plan.collision])}")
    for planned in plan.files:
        where = planned.path.relative_to(plan.site.root).as_posix()
        ui.line(f"  {where} ({_size(len(planned.data))})")
    for left in plan.left_out:
        ui.line("  " + ui.say(f"cli.left-out.{left.reason}", url=left.url))
    for finding in plan.findings:
        ui.finding(plan.relative_target, finding)
    if plan.diff:
        ui.out.write(plan.diff)


def _size(count: int) -> str:
    return f"{count} B" if count < 1024 else f"{count / 1024:.0f} KB"


def _report(result: ExportResult, ui: _Output) -> int:
    for path in result.written:
        ui.line(ui.say("cli.written", path=path.relative_to(result.plan.site.root).as_posix()))
    if result.commit is not None:
        where = result.commit.branch or "HEAD"
        ui.line(f"commit {result.commit.sha[:10]} ({where})")
    if result.nothing_to_commit:
        ui.line(ui.say("cli.nothing-to-commit"))
    if result.pushed:
        ui.err.write("\n")
        ui.line(ui.say("cli.pushed"))
    failure = result.commit_error or result.push_error
    if failure is not None:
        ui.error(ui.words.message(failure))
        if failure.detail:
            ui.err.write(failure.detail + "\n")
        return 1
    return 0


# -- new ----------------------------------------------------------------------------------------


def _new(args: argparse.Namespace, ui: _Output) -> int:
    site = Site.open(args.site)
    article = site.new_article(args.title, section=args.section)
    target = args.output or new_article_path(site, article, section=args.section)
    if target.exists():
        ui.error(ui.say("cli.exists", path=target))
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    article.save(target)
    ui.line(str(target))
    return 0
