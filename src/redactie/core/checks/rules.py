"""What must hold before an article is published, as a table of rules.

`run_checks(article, site)` gives the findings the window's panel, `redactie check` and the
export all show. Each rule is data (`Rule`: id, severity, check function, optional one-click
fix; `redactie.gui.messages` words its findings), so a site can turn a rule off or change its
severity in `redactie.toml` (`[checks] cover-image = "error"`), and a new rule is one more table
row (and one more sentence in the catalogue).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from redactie.core.article import Article
from redactie.core.article.dates import DEFAULT_TIMEZONE
from redactie.core.checks import (
    alt_text,
    body,
    cover_size,
    fields,
    lines,
    link_entity,
    links,
    readable,
    style,
    unfinished,
)
from redactie.core.checks.model import CheckContext, Finding, Hit, Rule, Severity
from redactie.core.site import Site

__all__ = [
    "RULES",
    "CheckContext",
    "Finding",
    "Hit",
    "Rule",
    "Severity",
    "apply_fix",
    "has_errors",
    "rule",
    "run_checks",
]


# -- fixes ------------------------------------------------------------------------------------


def _zone(ctx: CheckContext) -> ZoneInfo:
    return ZoneInfo(ctx.site.timezone if ctx.site is not None else DEFAULT_TIMEZONE)


def _fix_date_offset(ctx: CheckContext) -> None:
    """The time as written is the newsroom's wall time: add the site's offset to it."""
    value = ctx.article.get_date("date")
    if isinstance(value, datetime) and value.tzinfo is None:
        fixed = value.replace(tzinfo=_zone(ctx))
        # The editor counts the same wall time with and without an offset as "unchanged" (to
        # keep a date's form); step through another value so the offset is really written.
        ctx.article.set("date", fixed + timedelta(seconds=1))
        ctx.article.set("date", fixed)


def _fix_date_future(ctx: CheckContext) -> None:
    ctx.article.set("date", ctx.now.astimezone(_zone(ctx)).replace(microsecond=0))


def _fix_draft(ctx: CheckContext) -> None:
    ctx.article.set("draft", False)


def _fix_tags_lowercase(ctx: CheckContext) -> None:
    tags = ctx.value("tags")
    if isinstance(tags, list):
        lowered = list(dict.fromkeys(str(t).lower() for t in tags))
        ctx.article.set("tags", lowered)


# -- the rules ----------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "front-matter",
        "error",
        fields.front_matter_problems,
        articles_only=False,
        reads_fields=False,
    ),
    Rule("front-matter-missing", "error", fields.missing_front_matter, reads_fields=False),
    Rule("required-field", "error", fields.required_fields),
    Rule("title-length", "warning", fields.title_length),
    Rule("summary-length", "warning", fields.summary_length),
    Rule("cover-image", "warning", fields.cover_image),
    Rule("cover-alt", "error", fields.cover_alt),
    Rule("cover-alt-is-caption", "warning", fields.cover_alt_is_caption),
    Rule("cover-caption-pexels", "error", fields.pexels_caption),
    Rule("credit-missing", "error", fields.credit_missing),
    Rule("cover-size", "warning", cover_size.cover_size, variants=("heavy", "wide")),
    Rule(  # every image in the body: 340 ms at 5 MB, never on the GUI thread
        "alt-language", "warning", alt_text.alt_language, variants=("en", "nl"), whole_body=True
    ),
    Rule(
        "alt-quality", "warning", alt_text.alt_quality, variants=("filler", "long"), whole_body=True
    ),
    Rule("body-image-alt", "warning", alt_text.body_image_alt, whole_body=True),
    Rule("date-invalid", "error", fields.date_invalid),
    Rule("date-offset", "error", fields.date_offset, fix=_fix_date_offset),
    Rule("date-future", "error", fields.date_future, fix=_fix_date_future),
    Rule("draft", "error", fields.draft, publishing_only=True, fix=_fix_draft),
    Rule("tags-lowercase", "warning", fields.tags_lowercase, fix=_fix_tags_lowercase),
    Rule("tags-near-duplicate", "warning", fields.tags_near_duplicate),
    Rule("tags-unknown", "warning", fields.tags_unknown),
    Rule("label-unknown", "warning", fields.label_unknown),
    Rule(
        "shortcodes-balanced",
        "error",
        body.unbalanced_shortcodes,
        articles_only=False,
        variants=body.PROBLEMS,
        reads_fields=False,
        whole_body=True,
    ),
    Rule(
        "image-missing",
        "error",
        body.missing_images,
        articles_only=False,
        reads_fields=False,
        whole_body=True,
    ),
    Rule(
        "unfinished-copy", "error", unfinished.unfinished_copy, reads_fields=False, whole_body=True
    ),
    Rule("sentence-long", "info", readable.long_sentences, whole_body=True),
    Rule("link-broken", "warning", links.link_broken),
    Rule("link-redirect", "warning", links.link_redirect),
    Rule("style-word", "warning", style.style_word, reads_fields=False, house_style=True),
    Rule("style-number", "warning", style.style_number, reads_fields=False, house_style=True),
    Rule("style-percent", "warning", style.style_percent, reads_fields=False, house_style=True),
    Rule("style-time", "warning", style.style_time, reads_fields=False, house_style=True),
    Rule("style-spaces", "warning", style.style_spaces, reads_fields=False, house_style=True),
    Rule("style-quotes", "warning", style.style_quotes, reads_fields=False, house_style=True),
    Rule(
        "link-entity",
        "warning",
        link_entity.link_entities,
        articles_only=False,
        reads_fields=False,
        whole_body=True,
        fix=link_entity.fix_link_entities,
    ),
)


def rule(rule_id: str) -> Rule:
    """The rule with this id; KeyError when there is none."""
    for item in RULES:
        if item.id == rule_id:
            return item
    raise KeyError(rule_id)


def run_checks(
    article: Article,
    site: Site | None = None,
    *,
    path: Path | str | None = None,
    now: datetime | None = None,
    publishing: bool = True,
    reminders: bool = False,
    known_tags: Mapping[str, int] | None = None,
    confirmed_tags: Iterable[str] = (),
    planned: Iterable[Path] = (),
    rules: Sequence[Rule] = RULES,
    links: Mapping[str, links.LinkResult] | None = None,
    interactive: bool = False,
) -> list[Finding]:
    """Every finding for `article`, in file order (findings without a line come first).

    `reminders`: while writing (`publishing=False`), still show the publishing-only rules
    (draft), as warnings, so export holds no surprise. `path` is where the article lives
    (for relative images); `known_tags` are the site's tag
    counts (from the taxonomy index, without this article's own use) and `confirmed_tags` the
    new tags the user has already accepted; `planned` files an export will write. A
    section's `_index.md` is a list page, not an article: only its syntax is checked.
    """
    ctx = CheckContext(
        article=article,
        site=site,
        now=now or datetime.now(UTC),
        publishing=publishing,
        path=path if path is None or isinstance(path, Path) else Path(path),  # not made again
        known_tags=known_tags,
        confirmed_tags=frozenset(confirmed_tags),
        planned=frozenset(Path(p).resolve() for p in planned),
        links=links,
        interactive=interactive,
    )
    overrides = site.options.check_severity if site is not None else {}
    list_page = ctx.path is not None and ctx.path.name.startswith("_index.")
    readable = article.front_matter_readable
    findings: list[tuple[tuple[int, int, int], Finding]] = []
    for order, item in enumerate(rules):
        setting = overrides.get(item.id)
        if setting == "off" or (item.publishing_only and not publishing and not reminders):
            continue
        if item.house_style and setting is None and not style.house_style_on(ctx):
            continue
        if list_page and item.articles_only:
            continue
        if item.reads_fields and not readable:
            continue  # the front-matter finding says why; "title missing" would be wrong
        severity: Severity | None = setting if setting in ("error", "warning", "info") else None
        if item.publishing_only and not publishing:
            severity = "warning"  # while writing: said, so it is no surprise at export
        for hit in item.check(ctx):
            where = (hit.line or 0, order, hit.column or 0)
            findings.append((where, item.finding(hit, severity or hit.severity)))
    forget_texts()
    findings.sort(key=lambda f: f[0])
    return [f for _, f in findings]


def forget_texts() -> None:
    """Empty the caches the rules share within one run (the body without code, its line
    index, house style's readable text): kept after the run they held the last few bodies
    and their blanked copies, each 1-2 MiB at 500 KB, a dozen of them while typing (issue 18).
    A run in another thread that is under way only computes its copy again."""
    body.without_code.cache_clear()
    alt_text.body_alts.cache_clear()
    lines.line_index.cache_clear()
    style.readable.cache_clear()


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)


def apply_fix(
    rule_id: str, article: Article, site: Site | None = None, *, now: datetime | None = None
) -> bool:
    """Run a rule's one-click repair on `article`; False when the rule has none."""
    item = rule(rule_id)
    if item.fix is None:
        return False
    item.fix(CheckContext(article, site, now or datetime.now(UTC), publishing=True))
    return True
