"""Export to Site: show what will happen (target, collision, findings, diff), then do it.

Planning and exporting both run in pool threads (a cover download or a push may take long);
the dialog only shows results. Nothing is written until the user presses Export, another
article is never overwritten without an explicit choice, and every failure is a readable
message in the user's language (`messages.py`), shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from redactie.core.article import Article
from redactie.core.checks.links import LinkResult, urls_of
from redactie.core.export import Collision, ExportPlan, ExportResult, export, plan_export
from redactie.core.export.body_images import LeftOut
from redactie.core.export.git import GitError, Repository
from redactie.core.site import Site
from redactie.gui.site.checks_panel import ChecksPanel
from redactie.gui.site.diff_view import DiffView
from redactie.gui.site.export_links import ExportLinks
from redactie.gui.site.export_worker import Job, error_text
from redactie.gui.site.link_checks import LinkChecks

ERROR_STYLE = "QLabel { color: #8a1c1c; }"
OK_STYLE = "QLabel { color: #1e5e2a; }"
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class Planned:
    plan: ExportPlan
    remotes: tuple[str, ...] | None  # None: the site is not in a git repository


def _plan(article: Article, site: Site, source: Path | None, **kw: Any) -> Planned:
    plan = plan_export(article, site, source=source, **kw)
    try:
        remotes: tuple[str, ...] | None = tuple(Repository.discover(site.root).remotes())
    except GitError:
        remotes = None
    return Planned(plan, remotes)


class ExportDialog(QDialog):
    """One export of one article; `export_result` holds the `ExportResult` once it succeeded.

    A tag new on the site can be confirmed in the dialog's findings too: the plan is made
    again with it, and `tagConfirmed` lets the window's checks panel agree. With
    `link_checks` and a site that asks for it (`[links] before_export`), export waits for
    the article's links (`export_links.py`) and plans again with their answers."""

    tagConfirmed = Signal(str)  # noqa: N815
    draftOffRequested = Signal()  # noqa: N815 - the window turns the draft off (one undo step)

    def __init__(
        self,
        article: Article,
        site: Site,
        *,
        source: Path | None = None,
        known_tags: Mapping[str, int] | None = None,
        confirmed_tags: Iterable[str] = (),
        records: Path | None = None,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        link_checks: LinkChecks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export to Site"))
        self.article = Article.from_bytes(article.to_bytes(), default_tz=site.timezone)
        self.site = site
        self.source = source
        self.pool = pool or QThreadPool.globalInstance()
        self.confirmed_tags = set(confirmed_tags)
        self._plan_args: dict[str, Any] = {"known_tags": known_tags, "records": records}
        self.planned: Planned | None = None
        self.export_result: ExportResult | None = None
        self._job: Job | None = None
        self._replan_pending = False  # links answered while a plan was being made
        self._plan_links: dict[str, LinkResult] | None = None  # what the plan was made with
        self._build()
        self.links: ExportLinks | None = None
        urls = urls_of(self.article) if site.options.links_before_export else []
        if link_checks is not None and urls:
            self.links = ExportLinks(link_checks, urls, self)
            self.links.finished.connect(self._plan_with_links)
            self.links.goAhead.connect(self._go_ahead)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.status), self.links)
        self.resize(820, 640)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("export_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("QLabel { font-weight: bold; font-size: 11pt; }")
        self.target = QLineEdit(self)
        self.target.setObjectName("export_target")
        self.target.setReadOnly(True)

        self.collision_box = QGroupBox(self.tr("A different article is already there"), self)
        self.collision_box.setObjectName("export_collision")
        self.collision_text = QLabel(self.collision_box)
        self.collision_text.setWordWrap(True)
        self.overwrite = QRadioButton(self.tr("Overwrite it"), self.collision_box)
        self.overwrite.setObjectName("collision_overwrite")
        self.rename = QRadioButton(self.collision_box)
        self.rename.setObjectName("collision_rename")
        self.rename.setChecked(True)
        choices = QButtonGroup(self.collision_box)
        choices.addButton(self.overwrite)
        choices.addButton(self.rename)
        box = QVBoxLayout(self.collision_box)
        box.addWidget(self.collision_text)
        box.addWidget(self.rename)
        box.addWidget(self.overwrite)
        self.collision_box.hide()

        self.findings = ChecksPanel(self, fixable=False)
        self.findings.setObjectName("export_findings")
        self.findings.tagConfirmed.connect(self.confirm_tag)
        self.diff = DiffView(self)
        split = QSplitter(self)
        split.addWidget(self.findings)
        split.addWidget(self.diff)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.commit = QCheckBox(self.tr("Commit to git"), self)
        self.commit.setObjectName("export_commit")
        self.new_branch = QCheckBox(self)
        self.new_branch.setObjectName("export_branch")
        self.push = QCheckBox(self)
        self.push.setObjectName("export_push")
        self.commit.toggled.connect(self._update_options)
        self.images = QLabel(self)
        self.images.setObjectName("export_images")
        self.images.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Long paths must not widen the dialog: clipped here, whole in the tooltip and diff.
        self.images.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        options = QFormLayout()
        self.options = options
        options.addRow(self.tr("File:"), self.target)
        options.addRow(self.tr("Images:"), self.images)
        options.setRowVisible(self.images, False)
        git_row = QVBoxLayout()
        for widget in (self.commit, self.new_branch, self.push):
            git_row.addWidget(widget)
        options.addRow(self.tr("Git:"), git_row)

        self.status = QLabel(self.tr("Preparing the export…"), self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("export_run")
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("export_cancel")
        self.export_button.clicked.connect(self.run_export)
        self.draft_off_button = QPushButton(self.tr("Turn Off &Draft and Export"), self)
        self.draft_off_button.setObjectName("export_draft_off")
        self.draft_off_button.setToolTip(
            self.tr("Sets draft: false in the article (one step you can undo) and exports it")
        )
        self.draft_off_button.hide()
        self.buttons.addButton(self.draft_off_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_off_button.clicked.connect(self._turn_off_draft)
        self._export_when_planned = False
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(options)
        layout.addWidget(self.collision_box)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # -- planning ------------------------------------------------------------------------------

    def start(self) -> None:
        """Plan in the background; the dialog fills itself when the plan arrives."""
        if self.links is not None and not self.links.started:
            self.links.start()
        article, site, source = self.article, self.site, self.source
        self._plan_links = self.links.results() if self.links is not None else None
        kw = {**self._plan_args, "confirmed_tags": frozenset(self.confirmed_tags)}
        kw["links"] = self._plan_links
        self._run(lambda _progress: _plan(article, site, source, **kw), self._on_planned)

    @property
    def waiting_for_links(self) -> bool:
        return self.links is not None and self.links.waiting

    def _plan_with_links(self) -> None:
        """Every link answered (or Go Ahead): plan again with the answers."""
        if self.export_result is not None:
            return
        if self.busy:  # the first plan is still being made: again once it is in
            self._replan_pending = True
            return
        self.export_button.setEnabled(False)
        self._say(self.tr("Checking again…"))
        self.start()

    def _go_ahead(self) -> None:
        self._export_when_planned = True
        self._plan_with_links()

    def _left_out_text(self, left: LeftOut) -> str:
        reasons = {
            "outside": self.tr("left out: outside the article's folder"),
            "not-an-image": self.tr("left out: not an image"),
            "too-large": self.tr("left out: too large"),
            "unreadable": self.tr("left out: cannot be read"),
        }
        return f"{left.url} — {reasons[left.reason]}"

    def _on_planned(self, planned: Planned) -> None:
        self.planned = planned
        if self._replan_pending:
            self._replan_pending = False
            self._idle()
            self.start()
            return
        plan = planned.plan
        self.heading.setText(
            self.tr("Export “{0}” to {1}").format(
                plan.title or self.tr("(untitled)"), self.site.hugo.title or self.site.root.name
            )
        )
        article = next(f for f in plan.files if f.kind == "article")
        article_size = self.locale().formattedDataSize(len(article.data))
        self.target.setText(f"{plan.relative_target} ({article_size})")
        self.target.setToolTip(str(plan.target))
        root = self.site.root
        size = self.locale().formattedDataSize
        images = [
            f"{f.path.relative_to(root).as_posix()} ({size(len(f.data))})"
            for f in plan.files
            if f.kind == "image"
        ]
        images += [self._left_out_text(left) for left in plan.left_out]
        self.images.setText("\n".join(images))
        self.images.setToolTip(
            self.tr("Images the article uses, copied into the site with it:")
            + "\n"
            + "\n".join(images)
        )
        self.options.setRowVisible(self.images, bool(images))
        self.findings.set_findings(list(plan.findings))
        self.diff.setPlainText(plan.diff or self.tr("(no changes)"))
        other = plan.collision is Collision.OTHER
        self.collision_box.setVisible(other)
        if other:
            self.collision_text.setText(
                self.tr("“{0}” already holds the article “{1}”.").format(
                    plan.target.name, plan.existing_title
                )
            )
            if plan.alternative is not None:
                self.rename.setText(self.tr("Save as {0}").format(plan.alternative.name))
            self.rename.setEnabled(plan.alternative is not None)
            self.rename.setChecked(plan.alternative is not None)
            self.overwrite.setChecked(plan.alternative is None)
        self.commit.setEnabled(planned.remotes is not None)
        self.commit.setChecked(planned.remotes is not None)
        self.new_branch.setText(self.tr("On a new branch: {0}").format(plan.branch_name))
        remote = self.site.options.git_remote
        self.push.setText(self.tr("Push to {0}").format(remote))
        self._update_options()
        self._idle()
        if plan.has_errors:
            self._say(self.tr("The checks found errors: fix them before exporting."), error=True)
        elif plan.collision is Collision.UNCHANGED:
            self._say(self.tr("The site already has exactly this version."))
        elif self.waiting_for_links:
            self._say(self.tr("Export waits for the links' answers; nothing has been written yet."))
        else:
            self._say(self.tr("Nothing has been written yet."))
        self.export_button.setEnabled(not plan.has_errors and not self.waiting_for_links)
        draft = any(f.rule_id == "draft" for f in plan.findings)
        self.draft_off_button.setVisible(draft and self.export_result is None)
        if self._export_when_planned and not self.waiting_for_links:
            self._export_when_planned = False
            if not plan.has_errors:
                self.run_export()

    def _turn_off_draft(self) -> None:
        if self.busy or self.export_result is not None:
            return
        self.draftOffRequested.emit()  # the window edits its article, then calls `replan`

    def replan(self, article: Article, *, then_export: bool = True) -> None:
        """Plan again for the window's changed article (and export when it passes)."""
        self.article = Article.from_bytes(article.to_bytes(), default_tz=self.site.timezone)
        self._export_when_planned = then_export
        self.export_button.setEnabled(False)
        self.draft_off_button.hide()
        self._say(self.tr("Checking again…"))
        self.start()

    def confirm_tag(self, tag: str) -> None:
        """Accept a new tag and plan again (not while an export is being written)."""
        if self.busy or self.export_result is not None:
            return
        self.confirmed_tags.add(tag)
        self.tagConfirmed.emit(tag)
        self.export_button.setEnabled(False)
        self._say(self.tr("Checking again…"))
        self.start()

    def _update_options(self) -> None:
        remotes = self.planned.remotes if self.planned is not None else None
        committing = self.commit.isChecked() and self.commit.isEnabled()
        self.new_branch.setEnabled(committing)
        can_push = committing and bool(remotes) and self.site.options.git_remote in (remotes or ())
        self.push.setEnabled(can_push)
        if not can_push:
            self.push.setChecked(False)

    # -- exporting -----------------------------------------------------------------------------

    def run_export(self) -> None:
        if self.planned is None:
            return
        plan = self.planned.plan
        rename = plan.collision is Collision.OTHER and self.rename.isChecked()
        overwrite = plan.collision is Collision.OTHER and self.overwrite.isChecked()
        commit = self.commit.isChecked() and self.commit.isEnabled()
        branch = plan.branch_name if commit and self.new_branch.isChecked() else None
        push = self.push.isChecked() and self.push.isEnabled()
        article, site, source = self.article, self.site, self.source
        kw = {**self._plan_args, "confirmed_tags": frozenset(self.confirmed_tags)}
        kw["links"] = self._plan_links

        def work(progress: Progress) -> ExportResult:
            chosen = plan
            if rename and plan.alternative is not None:
                chosen = plan_export(article, site, source=source, target=plan.alternative, **kw)
            return export(
                chosen,
                overwrite=overwrite,
                commit=commit,
                branch=branch,
                push=push,
                on_progress=progress,
            )

        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self._run(work, self._on_exported)

    def _on_exported(self, result: ExportResult) -> None:
        self.export_result = result
        self._idle()
        self.close_button.setText(self.tr("Close"))
        lines = [self.tr("Exported to {0}.").format(result.plan.relative_target)]
        if not result.written:
            lines = [self.tr("The site already had this version; nothing was written.")]
        if result.commit is not None:
            lines.append(
                self.tr("Committed {0} on {1}.").format(
                    result.commit.sha[:8], result.commit.branch or "HEAD"
                )
            )
        if result.pushed:
            lines.append(self.tr("Pushed."))
        problems = [e for e in (result.commit_error, result.push_error) if e is not None]
        for problem in problems:
            lines.append(error_text(problem))
        self._say("\n".join(lines), error=bool(problems), ok=not problems)

    # -- jobs ------------------------------------------------------------------------------------

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        job = Job(work)
        job.signals.progress.connect(self._on_progress)
        # only the latest job's answer counts (a plan made again replaces the one under way)
        job.signals.done.connect(lambda result: done(result) if self._job is job else None)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.pool.start(job)

    def _on_progress(self, phase: str, percent: int) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        self.status.setText(self.tr("Pushing: {0} {1}%").format(phase, percent))

    def _on_failed(self, error: object) -> None:
        self._idle()
        self._say(error_text(error), error=True)
        self.export_button.setEnabled(
            self.planned is not None and self.export_result is None and not self.waiting_for_links
        )

    def _idle(self) -> None:
        self._job = None
        self.progress.hide()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")

    def reject(self) -> None:
        if self.busy and self.export_result is None and self.planned is not None:
            return  # an export is being written: closing now would hide its outcome
        super().reject()
