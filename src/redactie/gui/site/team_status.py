"""The site's repository in the status bar: branch, commits to push, new commits to take.

Fetched in a worker when a site opens and every few minutes; an unreachable remote says
"offline" there (never a message box). After the first status the history index is brought up
to date in the background (`index_history`: every Article History after it is a lookup).
When the site has new commits, "Update" runs the sync in a worker; a refusal is a plain
message box. A clash goes article by article through the side-by-side view
(`conflict_walk.py`); only when every clashing article has its chosen text is the sync
finished, as one merge commit (`sync_resolved`); cancelling anywhere changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QToolButton, QWidget

from redactie.core.export.git_errors import GitError
from redactie.core.site import Site
from redactie.core.team import (
    RemoteState,
    SiteStatus,
    SyncConflictError,
    SyncOutcome,
    SyncResult,
    index_history,
    site_status,
    sync,
    sync_resolved,
)
from redactie.core.team.gitrun import NETWORK_TIMEOUT, toplevel
from redactie.gui.compare_dialog import CompareDialog
from redactie.gui.messages import describe
from redactie.gui.session import ArticleSession
from redactie.gui.site.conflict_walk import ConflictWalk
from redactie.gui.site.team_worker import TeamWorkers

REFRESH_MS = 5 * 60 * 1000  # fetch again every five minutes


class _ClashError(Exception):
    """A sync conflict with the repository's top folder (the conflicts' paths are relative)."""

    def __init__(self, top: Path, error: SyncConflictError) -> None:
        super().__init__(str(error))
        self.top = top
        self.error = error


class TeamStatus(QWidget):
    """Status-bar part for the open site's repository; hidden when the site is not in git."""

    message = Signal(str)  # for the status bar
    statusChanged = Signal(object)  # noqa: N815 - SiteStatus
    synced = Signal(object)  # SyncResult
    historyIndexed = Signal(int)  # noqa: N815 - commits added to the history index

    def __init__(
        self,
        session: ArticleSession,
        parent: QWidget | None = None,
        *,
        interval_ms: int = REFRESH_MS,
        timeout: float = NETWORK_TIMEOUT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_status")
        self.session = session
        self.timeout = timeout  # of one fetch, in seconds
        self.status: SiteStatus | None = None
        self.fetching = False
        self.syncing = False
        self.compare_dialog: CompareDialog | None = None  # the clash being compared now
        self.conflict_walk: ConflictWalk | None = None
        self.indexing = False
        self.workers = TeamWorkers(self)
        self.label = QLabel(self)
        self.label.setObjectName("team_status_label")
        self.update_button = QToolButton(self)
        self.update_button.setObjectName("team_update")
        self.update_button.setText(self.tr("&Update"))
        self.update_button.setToolTip(self.tr("Take the site's new commits (git sync)"))
        self.update_button.clicked.connect(lambda _checked=False: self.sync())
        self.busy = QProgressBar(self)
        self.busy.setObjectName("team_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.update_button)
        layout.addWidget(self.busy)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        session.siteChanged.connect(self._on_site)
        self.update_button.hide()
        self.busy.hide()
        self.hide()

    @property
    def site(self) -> Site | None:
        return self.session.site

    # -- status --------------------------------------------------------------------------------

    def _on_site(self, site: Site | None) -> None:
        self.status = None
        self.timer.stop()
        if site is None:
            self.hide()
            return
        self.label.setText(self.tr("Checking the site…"))
        self.label.setToolTip("")
        self.update_button.hide()
        self.timer.start()
        self.refresh()

    def refresh(self, *, fetch: bool = True) -> None:
        """Fetch and count in a worker; a fetch still running is not started twice."""
        site = self.site
        if site is None or self.fetching or self.syncing:
            return
        self.fetching = True
        root, timeout = site.root, self.timeout
        self.workers.run(
            lambda: site_status(root, fetch=fetch, timeout=timeout),
            lambda status: self._on_status(site, status),
            lambda error: self._on_status_failed(site, error),
        )

    def _on_status(self, site: Site, status: SiteStatus) -> None:
        self.fetching = False
        if site is not self.site:
            return
        self.status = status
        self._show(status)
        self.statusChanged.emit(status)
        self._index_history(site)

    def _index_history(self, site: Site) -> None:
        """The history index up to HEAD, in the background (the first time: the whole history,
        seconds on a large site; then only new commits). A failure only leaves history slower."""
        if self.indexing:
            return
        self.indexing = True
        root = site.root

        def done(added: int) -> None:
            self.indexing = False
            self.historyIndexed.emit(added)

        def failed(_error: BaseException) -> None:
            self.indexing = False

        self.workers.run(lambda: index_history(root), done, failed)

    def _on_status_failed(self, site: Site, error: BaseException) -> None:
        self.fetching = False
        if site is self.site:  # not a git repository (or no git): nothing to show
            self.status = None
            self.timer.stop()
            self.hide()

    def _show(self, status: SiteStatus) -> None:
        parts = [status.branch or self.tr("(no branch)")]
        if status.remote is RemoteState.NO_UPSTREAM:
            parts.append(self.tr("not on the remote yet"))
        elif status.remote is RemoteState.ACCESS_REFUSED:
            parts.append(self.tr("offline (signing in failed)"))
        elif status.offline:
            parts.append(self.tr("offline"))
        if status.ahead:
            parts.append(self.tr("%n commit(s) to push", "", status.ahead))
        if status.behind:
            parts.append(self.tr("%n new commit(s) on the site —", "", status.behind))
        elif not status.offline and status.remote is not RemoteState.NO_UPSTREAM:
            parts.append(self.tr("up to date"))
        self.label.setText(" · ".join(parts))
        self.update_button.setVisible(status.behind > 0 and not self.syncing)
        tip = [self._fetched_text(status)]
        if status.detail:
            tip.append(status.detail)
        self.label.setToolTip("\n".join(tip))
        self.show()

    def _fetched_text(self, status: SiteStatus) -> str:
        if status.fetched_at is None:
            return self.tr("Never fetched from the remote")
        moment = QDateTime.fromSecsSinceEpoch(int(status.fetched_at.timestamp())).toLocalTime()
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        return self.tr("Last fetched from the remote: {0}").format(when)

    # -- sync ----------------------------------------------------------------------------------

    def sync(self) -> None:
        """Take the site's new commits in a worker, with the busy bar in the meantime."""
        site = self.site
        if site is None or self.syncing:
            return
        self.syncing = True
        self.update_button.hide()
        self.busy.show()
        self.label.setText(self.tr("Updating from the site…"))
        root, timeout = site.root, self.timeout

        def work() -> SyncResult:
            top = toplevel(root)
            try:
                return sync(top, timeout=timeout)
            except SyncConflictError as exc:
                raise _ClashError(top, exc) from exc

        self.workers.run(work, self._on_synced, self._on_sync_failed, writes=True)

    def _end_sync(self) -> None:
        self.syncing = False
        self.busy.hide()
        if self.status is not None:
            self._show(self.status)
        self.refresh(fetch=False)

    def _on_synced(self, result: SyncResult) -> None:
        self._end_sync()
        if result.outcome is SyncOutcome.FAST_FORWARD:
            text = self.tr(
                "Updated (fast-forward): %n commit(s) taken from the site.", "", result.taken
            )
        elif result.outcome is SyncOutcome.REBASED:
            text = self.tr(
                "Updated (rebase): %n commit(s) taken from the site, yours replayed on top.",
                "",
                result.taken,
            )
        else:
            text = self.tr("Already up to date with the site.")
        self.message.emit(text)
        self.synced.emit(result)

    def _on_sync_failed(self, error: BaseException) -> None:
        self._end_sync()
        if isinstance(error, _ClashError):
            self._on_conflict(error.top, error.error)
            return
        self._refused(describe(error) if isinstance(error, GitError) else str(error))

    def _refused(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Update from the Site"),
            text,
            QMessageBox.StandardButton.Close,
            self.window(),
        )
        box.setObjectName("team_sync_refused")
        box.open()

    def _on_conflict(self, top: Path, error: SyncConflictError) -> None:
        """Every clashing article side by side, one after the other; then one merge."""
        walk = ConflictWalk(error.conflicts, self.window())
        self.conflict_walk = walk
        walk.stepped.connect(self._on_step)
        walk.chosen.connect(lambda choices: self._resolve(top, error, choices))
        walk.cancelled.connect(self._on_walk_cancelled)
        walk.start()

    def _on_step(self, dialog: CompareDialog) -> None:
        self.compare_dialog = dialog

    def _end_walk(self) -> None:
        if self.conflict_walk is not None:
            self.conflict_walk.deleteLater()
        self.conflict_walk = None
        self.compare_dialog = None

    def _on_walk_cancelled(self) -> None:
        self._end_walk()
        self.message.emit(self.tr("Nothing was changed; the site's version stays on the site."))

    def _resolve(self, top: Path, error: SyncConflictError, choices: dict[str, str | None]) -> None:
        """All chosen: the merge with those texts, in a worker (nothing was committed before)."""
        self._end_walk()
        self.syncing = True
        self.update_button.hide()
        self.busy.show()
        self.label.setText(self.tr("Updating from the site…"))
        head, upstream = error.head, error.upstream

        def work() -> SyncResult:
            try:
                return sync_resolved(top, choices, head=head, upstream=upstream)
            except SyncConflictError as exc:  # the site brought another clash meanwhile
                raise _ClashError(top, exc) from exc

        self.workers.run(work, self._on_resolved, self._on_sync_failed, writes=True)

    def _on_resolved(self, result: SyncResult) -> None:
        self._end_sync()
        self.message.emit(
            self.tr(
                "Updated: %n commit(s) taken from the site; your choices are committed as a "
                "merge (both versions stay in the history) and go to the site with your next push.",
                "",
                result.taken,
            )
        )
        self.synced.emit(result)
