"""Someone else is on it: "Also edited by Bart Jansen (review/dijkbreuk, 2 hours ago)".

After each fetch of the site status (when a site or an article in it opens, on the status's
timer, before an export) a pool worker asks `core.team.others_on` which commits on the remote's
branches that you do not have yet touched the open article. A strip above the editor names
them; it never interrupts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from redactie.core.site import Site
from redactie.core.team import OtherChange, SiteStatus, others_on
from redactie.gui.session import ArticleSession
from redactie.gui.site.team_status import TeamStatus
from redactie.gui.site.team_worker import TeamWorkers


def _now() -> datetime:
    return datetime.now(UTC)


class OthersNotice(QLabel):
    """A strip above the editor; hidden while nobody else touched the open article."""

    def __init__(
        self,
        session: ArticleSession,
        team_status: TeamStatus,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("others_notice")
        self.setStyleSheet(
            "#others_notice { background: #fff1cc; color: #5c3b00; padding: 4px 8px;"
            " border-bottom: 1px solid #e0c070; }"
        )
        self.setWordWrap(True)
        self.session = session
        self.team_status = team_status
        self.clock = clock
        self.changes: list[OtherChange] = []
        self.checked = 0  # answers received (tests wait on it)
        self._asked = 0
        self.workers = TeamWorkers(self)
        team_status.statusChanged.connect(self._on_status)
        session.loaded.connect(self._on_loaded)
        self.hide()

    def _article_in_site(self) -> tuple[Path, Site] | None:
        path, site = self.session.path, self.session.site
        if path is None or site is None or not path.is_relative_to(site.root.resolve()):
            return None
        return path, site

    def _on_loaded(self) -> None:
        self._show([])
        if self._article_in_site() is not None:
            self.team_status.refresh()  # a fresh fetch; the check follows its answer

    def check_now(self) -> None:
        """Fetch again (before an export): the notice follows the answer."""
        self.team_status.refresh()

    def _on_status(self, _status: SiteStatus) -> None:
        found = self._article_in_site()
        if found is None:
            self._show([])
            return
        path = found[0]
        self._asked += 1
        asked = self._asked
        self.workers.run(
            lambda: others_on(path, "HEAD"),
            lambda changes: self._on_found(asked, path, changes),
            lambda _error: self._on_found(asked, path, []),  # no git, no notice
        )

    def _on_found(self, asked: int, path: Path, changes: list[OtherChange]) -> None:
        self.checked += 1
        if asked != self._asked or path != self.session.path:
            return
        self._show(changes)

    def _show(self, changes: list[OtherChange]) -> None:
        self.changes = changes
        if not changes:
            self.hide()
            return
        newest: dict[str, OtherChange] = {}
        for change in changes:  # newest first: each author's latest
            newest.setdefault(change.author, change)
        people = [
            self.tr("{0} ({1}, {2})").format(
                change.author, change.branch.split("/", 1)[-1], self._age(change.when)
            )
            for change in newest.values()
        ]
        self.setText(self.tr("Also edited by {0}").format(", ".join(people)))
        self.setToolTip(
            "\n".join(
                f"{c.author} · {c.branch.split('/', 1)[-1]} · {c.message}" for c in changes[:10]
            )
        )
        self.show()

    def _age(self, when: datetime) -> str:
        return ago(when, self.clock())


def ago(when: datetime, now: datetime) -> str:
    """“2 hours ago”, in the UI's language (for the notice and the review list)."""
    seconds = max(0, int((now - when).total_seconds()))
    # The counts first: lupdate reads `//` inside a call as a comment and loses the message.
    minutes, hours, days = max(1, seconds // 60), seconds // 3600, seconds // 86400
    if seconds < 3600:
        return QCoreApplication.translate("OthersNotice", "%n minute(s) ago", "", minutes)
    if seconds < 86400:
        return QCoreApplication.translate("OthersNotice", "%n hour(s) ago", "", hours)
    return QCoreApplication.translate("OthersNotice", "%n day(s) ago", "", days)
