"""The site's repository in the status bar: branch, commits to push, new commits to take.

Fetched in a pool worker when a site opens and every few minutes; an unreachable remote says
"offline" there (never a message box). When the site has new commits, "Update" runs the sync
in a worker; a refusal is a plain message box, and a clash with the open article shows both
texts side by side: the chosen text goes into the editor as unsaved work, nothing is committed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QToolButton, QWidget

from redactie.core.export.git_errors import GitError
from redactie.core.site import Site
from redactie.core.team import (
    Conflict,
    RemoteState,
    SiteStatus,
    SyncConflictError,
    SyncOutcome,
    SyncResult,
    site_status,
    sync,
)
from redactie.core.team.gitrun import NETWORK_TIMEOUT, toplevel
from redactie.gui.compare_dialog import CompareDialog
from redactie.gui.messages import describe
from redactie.gui.session import ArticleSession
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
        self.compare_dialog: CompareDialog | None = None
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
        """The open article's clash side by side; any other file is named in a message."""
        path = self.session.path
        mine_file = path.resolve() if path is not None else None
        clash = next(
            (c for c in error.conflicts if mine_file and (top / c.path).resolve() == mine_file),
            None,
        )
        if clash is None:
            self._refused(describe(error))
            return
        self._compare(clash)

    def _compare(self, clash: Conflict) -> None:
        document = self.session.document
        mine = document.current_bytes().decode("utf-8", "replace")
        who = ", ".join(clash.their_authors) or self.tr("a colleague")
        dialog = CompareDialog(
            mine,
            clash.theirs or "",
            self.window(),
            title=self.tr("Your Version and the Site's"),
            theirs_label=self.tr("On the site ({0})").format(who),
            take_theirs=self.tr("Take the &Site's Version"),
            intro=self.tr(
                "You and {0} changed the same lines. Tick the changes to take from the site's "
                "version; the rest stays as you wrote it. Nothing is committed or saved until "
                "you do."
            ).format(who),
        )
        was_modified = document.is_modified()
        self.compare_dialog = dialog
        dialog.finished.connect(lambda _code: self._after_compare(dialog, mine, was_modified))
        dialog.open()

    def _after_compare(self, dialog: CompareDialog, mine: str, was_modified: bool) -> None:
        self.compare_dialog = None
        dialog.deleteLater()
        merged = dialog.merged
        if merged is None:
            self.message.emit(self.tr("Nothing was changed; the site's version stays on the site."))
            return
        document = self.session.document
        document.load_bytes(merged.encode("utf-8"), document.path, disk_hash=document.disk_hash)
        if merged != mine or was_modified:
            document.body_document.setModified(True)
        self.message.emit(
            self.tr(
                "Your choice is in the editor, not saved. Nothing was committed: the site's "
                "version is kept on the site until you save, export and update again."
            )
        )
