"""Export: put a finished article into its section of the site, then optionally commit it.

Two steps, so the user sees what will happen before anything is written:

1. `plan_export(article, site)` decides the target (section + the site's file-name pattern +
   a Dutch-aware slug of the title), fetches a cover image the site wants downloaded, takes
   along the images the body refers to beside the source file (`export_body_images`), runs
   the checks and makes the diff. It writes nothing. A file already at the target is either this
   same article (re-export: updated in place), identical (nothing to do) or another article
   (`Collision.OTHER`: never overwritten without asking; `plan.alternative` is a free name).
2. `export(plan, ...)` writes every planned file atomically (a failure puts back what was
   written), remembers where the article went, and runs the optional git step: commit only
   these paths, on the current or a new branch, and push if asked.
"""

from __future__ import annotations

import difflib
import enum
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from redactie.core import storage
from redactie.core.article import Article, ArticleError
from redactie.core.checks import Finding, has_errors, run_checks
from redactie.core.checks.links import LinkResult
from redactie.core.export import cover_image
from redactie.core.export.body_images import LeftOut, plan_body_images
from redactie.core.export.errors import (
    ChecksFailedError,
    CollisionError,
    ExportError,
    ExportWriteError,
    StalePlanError,
)
from redactie.core.export.git import (
    CommitResult,
    GitError,
    NothingToCommitError,
    ProgressCallback,
    Repository,
    RepositoryBusyError,
)
from redactie.core.export.records import load_records, recorded_target, remember_export
from redactie.core.site import Site
from redactie.core.site.slugs import file_name, slug_for, with_suffix_number

MAX_ALTERNATIVES = 100

__all__ = [
    "ChecksFailedError",
    "Collision",
    "CollisionError",
    "ExportError",
    "ExportPlan",
    "ExportResult",
    "ExportWriteError",
    "PlannedFile",
    "StalePlanError",
    "export",
    "fill_template",
    "new_article_path",
    "plan_export",
]

log = logging.getLogger(__name__)


class Collision(enum.Enum):
    NEW = "new"  # nothing at the target yet
    SAME = "same-article"  # this article, exported before: updated in place
    UNCHANGED = "unchanged"  # the target already holds exactly these bytes
    OTHER = "other-article"  # another article: ask before overwriting


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    data: bytes
    before: bytes | None  # the file's current content; None when it does not exist
    kind: Literal["article", "image"]

    @property
    def changed(self) -> bool:
        return self.before != self.data


@dataclass(frozen=True)
class ExportPlan:
    """Everything the export will do, to show before doing it."""

    site: Site
    source: Path | None
    section: str
    title: str
    slug: str
    target: Path
    files: tuple[PlannedFile, ...]
    diff: str
    findings: tuple[Finding, ...]
    collision: Collision
    existing_title: str = ""
    alternative: Path | None = None
    branch_name: str = ""  # the branch a "new branch" export would create
    commit_message: str = ""
    records: Path | None = None  # where exports are remembered (None: the user's data folder)
    left_out: tuple[LeftOut, ...] = ()  # referenced files that do not go along, with the reason

    @property
    def has_errors(self) -> bool:
        return has_errors(self.findings)

    @property
    def paths(self) -> list[Path]:
        return [f.path for f in self.files]

    @property
    def relative_target(self) -> str:
        return self.target.relative_to(self.site.root).as_posix()


@dataclass(frozen=True)
class ExportResult:
    plan: ExportPlan
    written: tuple[Path, ...]
    commit: CommitResult | None = None
    nothing_to_commit: bool = False
    commit_error: GitError | None = None  # the files are written; the commit did not happen
    pushed: bool = False
    push_error: GitError | None = None  # committed locally; the push did not happen


# -- planning -----------------------------------------------------------------------------------


def plan_export(
    article: Article,
    site: Site,
    *,
    section: str | None = None,
    source: Path | None = None,
    target: Path | None = None,
    now: datetime | None = None,
    fetch: cover_image.Fetch | None = None,
    known_tags: Mapping[str, int] | None = None,
    confirmed_tags: Iterable[str] = (),
    records: Path | None = None,
    links: Mapping[str, LinkResult] | None = None,
) -> ExportPlan:
    """Work out the export of `article` into `site`; writes nothing.

    `source` is the file the article was opened from (re-exports of it update their earlier
    target); `target` forces a file (the "use the free name" answer to a collision). `links`:
    the answers of the article's link servers, when they were asked (`link-broken` counts).
    """
    moment = now or datetime.now().astimezone()
    section_dir = site.section_dir(section)
    section_name = section_dir.relative_to(site.content_dir).as_posix()
    out = Article.from_bytes(article.to_bytes(), default_tz=site.timezone)
    title = str(out.get("title", "") or "").strip()
    slug = slug_for(title, site.options.slug_max_length)
    when = out.get_date("date")
    if when is None:  # the file name needs a date; the article gets the same one
        when = moment.astimezone(ZoneInfo(site.timezone)).replace(microsecond=0)
        if not out.problems and "date" not in out.data:
            out.set("date", when)
    source = source.resolve() if source is not None else None
    if target is None:
        target = recorded_target(records, source, section_dir)
    if target is None:
        # The day the page shows: Hugo formats `.Date` in the date's own offset (`…T23:30Z` is
        # the 16th on a site in Europe/Amsterdam) and a date without one in the site's
        # `timeZone`, so the wall time as written names the file (Hugo 0.168, test_slugs).
        target = section_dir / file_name(site.options.file_pattern, slug=slug, when=when)
    target = target.resolve()
    if site.content_dir.resolve() not in target.parents:
        raise ExportError("export.outside-content", target=target)

    files: list[PlannedFile] = []
    image = _plan_cover(out, site, target, fetch)
    if image is not None:
        files.append(image)
    body_images = plan_body_images(out, source, site, target)
    for body_image in body_images.images:
        path = body_image.target
        files.append(PlannedFile(path, body_image.data, _read(path), "image"))
    data = out.to_bytes()
    before = _read(target)
    collision, existing_title = _collision(before, data, source, target, records)
    files.append(PlannedFile(target, data, before, "article"))
    findings = run_checks(
        out,
        site,
        path=target,
        now=moment,
        publishing=True,
        known_tags=known_tags,
        confirmed_tags=confirmed_tags,
        planned=[f.path for f in files],
        links=links,
    )
    alternative = _free_name(target) if collision is Collision.OTHER else None
    values = {"title": title, "slug": slug, "section": section_name}
    return ExportPlan(
        site=site,
        source=source,
        section=section_name,
        title=title,
        slug=slug,
        target=target,
        files=tuple(files),
        diff=_diff(files, site.root),
        findings=tuple(findings),
        collision=collision,
        existing_title=existing_title,
        alternative=alternative,
        branch_name=fill_template(site.options.git_branch, values),
        commit_message=fill_template(site.options.git_message, values),
        records=records,
        left_out=tuple(body_images.left_out),
    )


def new_article_path(
    site: Site, article: Article, *, section: str | None = None, now: datetime | None = None
) -> Path:
    """Where `redactie new` puts a new article: the export's name for it in its section."""
    title = str(article.get("title", "") or "")
    when = article.get_date("date")
    if when is None:  # the article will get this moment in the site's zone
        when = (now or datetime.now().astimezone()).astimezone(ZoneInfo(site.timezone))
    slug = slug_for(title, site.options.slug_max_length)
    # the wall time as written is the day the page shows (see plan_export)
    return site.section_dir(section) / file_name(site.options.file_pattern, slug=slug, when=when)


def _plan_cover(
    out: Article, site: Site, target: Path, fetch: cover_image.Fetch | None
) -> PlannedFile | None:
    """Download a remote cover when the site keeps its own images, and point the article at it."""
    url = str(out.get("cover.image", "") or "").strip()
    if site.options.images != "download" or not cover_image.is_remote(url):
        return None
    image = (fetch or cover_image.fetch_url)(url)
    cover_image.check_image(url, image)
    suffix = cover_image.suffix_for(url, image.content_type)
    if target.name == "index.md":  # a page bundle: the image is a page resource
        path = target.parent / f"cover{suffix}"
        reference = path.name
    else:
        folder = site.options.image_folder.strip("/")
        static = site.static_dirs[0]
        path = static / folder / f"{target.stem}{suffix}"
        reference = f"{folder}/{path.name}"
    out.set("cover.image", reference)
    return PlannedFile(path, image.data, _read(path), "image")


def _collision(
    before: bytes | None, data: bytes, source: Path | None, target: Path, records: Path | None
) -> tuple[Collision, str]:
    """Whose file the target is. Only the source itself or its export record make it this
    article's: another with the same title and time (a second liveblog) is not replaced."""
    if before is None:
        return Collision.NEW, ""
    if before == data:
        return Collision.UNCHANGED, ""
    try:
        existing_title = str(Article.from_bytes(before).get("title", "") or "")
    except ArticleError:
        existing_title = ""
    if source is not None and source == target:
        return Collision.SAME, existing_title
    record = load_records(records).get(str(source)) if source is not None else None
    if record is not None and record.get("target") == str(target):
        return Collision.SAME, existing_title
    return Collision.OTHER, existing_title


def _free_name(target: Path) -> Path | None:
    for number in range(2, MAX_ALTERNATIVES):
        candidate = target.parent / Path(with_suffix_number(target.name, number))
        if target.name == "index.md":
            candidate = target.parent.parent / with_suffix_number(
                f"{target.parent.name}/index.md", number
            )
        if not candidate.exists():
            return candidate
    return None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExportWriteError(storage.ReadError.from_os(path, exc)) from exc


def _diff(files: list[PlannedFile], root: Path) -> str:
    parts: list[str] = []
    for planned in files:
        rel = planned.path.relative_to(root).as_posix()
        if not planned.changed:
            continue
        if planned.kind == "image":
            state = "nieuw/new" if planned.before is None else "gewijzigd/changed"
            parts.append(f"Binary {rel}: {len(planned.data)} bytes ({state})\n")
            continue
        old = (planned.before or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = planned.data.decode("utf-8", "replace").splitlines(keepends=True)
        lines = difflib.unified_diff(
            old, new, "/dev/null" if planned.before is None else f"a/{rel}", f"b/{rel}"
        )
        parts.append("".join(line if line.endswith("\n") else line + "\n" for line in lines))
    return "".join(parts)


_PLACEHOLDER = re.compile(r"\{(title|slug|section)\}")


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """`{title}`, `{slug}`, `{section}` filled in; other braces stay as written (no format())."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group()), template)


# -- writing ------------------------------------------------------------------------------------


def export(
    plan: ExportPlan,
    *,
    overwrite: bool = False,
    allow_errors: bool = False,
    commit: bool = False,
    branch: str | None = None,
    push: bool = False,
    on_progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write the plan's files, then commit (and push) them when asked.

    `branch`: None commits on the current branch; a name creates that branch first (use
    `plan.branch_name` for the site's "a branch per article" name). Git failures after the
    files are written are returned in the result, not raised: the export itself succeeded.
    """
    if plan.collision is Collision.OTHER and not overwrite:
        raise CollisionError(plan.target, plan.existing_title, plan.alternative)
    if plan.has_errors and not allow_errors:
        raise ChecksFailedError(list(plan.findings))
    for planned in plan.files:
        if _read(planned.path) != planned.before:
            raise StalePlanError(planned.path)
    repository = Repository.discover(plan.site.root) if commit or push else None
    busy = repository.busy() if repository is not None and commit else None
    if busy is not None:
        raise RepositoryBusyError(busy)  # before writing, so nothing is left half done
    written = _write_all(plan.files)
    log.info("exported to %s: %d file(s) written", plan.target, len(written))
    remember_export(plan.records, plan.source, plan.target, plan.files[-1].data)
    result = ExportResult(plan, tuple(written))
    if repository is None:
        return result
    if commit:
        try:
            committed = repository.commit_paths(plan.paths, plan.commit_message, branch=branch)
            result = replace(result, commit=committed)
        except NothingToCommitError:
            result = replace(result, nothing_to_commit=True)
        except GitError as exc:
            return replace(result, commit_error=exc)
    if push:
        try:
            target_branch = result.commit.branch if result.commit else None
            repository.push(plan.site.options.git_remote, target_branch, on_progress=on_progress)
            result = replace(result, pushed=True)
        except GitError as exc:
            result = replace(result, push_error=exc)
    return result


def _write_all(files: Iterable[PlannedFile]) -> list[Path]:
    """Write each changed file atomically; on a failure put back the ones already written."""
    done: list[PlannedFile] = []
    for planned in files:
        if not planned.changed:
            continue
        try:
            planned.path.parent.mkdir(parents=True, exist_ok=True)
            storage.write_atomic(planned.path, planned.data)
        except (storage.StorageError, OSError) as exc:
            _put_back(done)
            if not isinstance(exc, storage.StorageError):
                exc = storage.SaveError.from_os(planned.path, exc)
            raise ExportWriteError(exc) from exc
        done.append(planned)
    return [p.path for p in done]


def _put_back(done: list[PlannedFile]) -> None:
    for planned in reversed(done):
        try:
            if planned.before is None:
                planned.path.unlink()
            else:
                storage.write_atomic(planned.path, planned.before)
        except (storage.StorageError, OSError):
            pass
