"""Will Hugo publish this, and when: the status-bar line and Site ▸ Publish At….

The state is `core.site.publish_state`'s, which agrees with `hugo list` (see its docstring):
"Online sinds …", "Gepland: online vanaf …", "Verlopen sinds …", "Concept: wordt niet
gepubliceerd", with a plain warning when the site's build will leave the page out. It is
worked out again when the front matter, the site or the file changes, and every half minute
(a scheduled article goes online while the window is open). The clock is injected.

Publish At… writes `publishDate` in the site's zone with its offset, as one undo step, and
turns off "Concept" in the same step when asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QObject, QTimer, QTimeZone
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from redactie.core.article import Article
from redactie.core.article.dates import DEFAULT_TIMEZONE
from redactie.core.site.hugo_config import HugoConfig
from redactie.core.site.publish_state import (
    FileFacts,
    PublishState,
    State,
    file_facts,
    publish_state,
    set_publish_date,
    yaml12_front_matter,
)
from redactie.gui.messages import message
from redactie.gui.session import ArticleSession

REFRESH_MS = 30_000
WARNING_STYLE = "color: #b03a2e; font-weight: 600;"
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now().astimezone()


class Publishing(QObject):
    """The publish state of one window's article: a status-bar label and the action."""

    def __init__(self, session: ArticleSession, parent: QWidget, *, now: Clock = _now) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.now = now
        self.state: PublishState | None = None
        self.label = QLabel(parent)
        self.label.setObjectName("publish_status")
        self.publish_at_action = QAction(self.tr("&Publish At…"), parent)
        self.publish_at_action.setObjectName("publish_at")
        self.publish_at_action.setToolTip(
            self.tr("Choose when Hugo puts the article online (publishDate)")
        )
        self.publish_at_action.triggered.connect(lambda _checked=False: self.choose_moment())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        session.loaded.connect(self.refresh)
        session.saved.connect(lambda _path: self.refresh())
        session.frontMatterChanged.connect(lambda _change: self.refresh())
        session.siteChanged.connect(lambda _site: self.refresh())
        self.refresh()

    # -- the state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        article = self.session.current_article()
        if article.format is None or article.problems:
            self.state = None
            self.label.clear()
            self.label.setToolTip("")
            return
        self.state = self._state(article)
        text = message(self.state.status)
        if not self.state.built:
            text += " — " + message(self.state.build_status)
        self.label.setText(text)
        self.label.setStyleSheet("" if self.state.built else WARNING_STYLE)
        self.label.setToolTip(self._details(self.state))

    def _state(self, article: Article) -> PublishState:
        site = self.session.site
        hugo = site.hugo if site is not None else HugoConfig()
        zone = site.timezone if site is not None else DEFAULT_TIMEZONE
        path = self.session.document.path
        facts = FileFacts()
        if path is not None:  # no git on the GUI thread: the name and the mtime only
            without_git = HugoConfig() if hugo.enable_git_info else hugo
            facts = file_facts(path, without_git, site.root if site else path.parent)
        front_matter = yaml12_front_matter(article)
        return publish_state(front_matter, hugo, at=self.now(), file=facts, zone=zone)

    def _details(self, state: PublishState) -> str:
        zone = ZoneInfo(state.zone)
        lines = []
        for label, moment in (
            (self.tr("Date"), state.date),
            (self.tr("Online from"), state.publish),
            (self.tr("Offline from"), state.expires),
        ):
            if moment is not None:
                lines.append(f"{label}: {moment.astimezone(zone):%Y-%m-%d %H:%M %z}")
        lines.append(message(state.build_status))
        return "\n".join(lines)

    # -- Publish At… ---------------------------------------------------------------------------

    def choose_moment(self) -> None:
        site = self.session.site
        zone = site.timezone if site is not None else DEFAULT_TIMEZONE
        dialog = PublishAtDialog(self._suggested(zone), zone, self._is_draft(), self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.publish_at(dialog.moment(), draft_off=dialog.draft_off())

    def publish_at(self, moment: datetime, *, draft_off: bool) -> bool:
        """Write `moment` as the publish date (and `draft: false`) as one undo step."""
        site = self.session.site

        def change(article: Article) -> None:
            set_publish_date(article, moment, site)
            if draft_off and article.get("draft") is True:
                article.set("draft", False)

        return self.session.edit_article(
            change, self.tr("Publish At"), keys=("publishDate", "draft")
        )

    def _suggested(self, zone: str) -> datetime:
        """The publish date already set if it is still to come, else tomorrow at seven."""
        if self.state is not None and self.state.state is State.SCHEDULED and self.state.publish:
            return self.state.publish.astimezone(ZoneInfo(zone))
        tomorrow = self.now().astimezone(ZoneInfo(zone)) + timedelta(days=1)
        return tomorrow.replace(hour=7, minute=0, second=0, microsecond=0)

    def _is_draft(self) -> bool:
        return self.state is not None and self.state.state is State.DRAFT


class PublishAtDialog(QDialog):
    """A moment in the site's time zone, and whether to turn off "Concept" with it."""

    def __init__(
        self, suggested: datetime, zone: str, draft: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publish_at_dialog")
        self.setWindowTitle(self.tr("Publish At"))
        self.zone = zone
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("publish_at_moment")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.edit.setTimeZone(QTimeZone(zone.encode()))
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(suggested.timestamp())))
        self.draft_box = QCheckBox(self.tr("Also turn off Draft, so Hugo publishes it"), self)
        self.draft_box.setObjectName("publish_at_draft_off")
        self.draft_box.setChecked(draft)
        self.draft_box.setVisible(draft)
        self._draft = draft
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("&Set Publish Date"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("publish_at_ok")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Online from"), self.edit)
        layout.addRow(self.tr("Time zone"), QLabel(zone, self))
        layout.addRow(self.draft_box)
        layout.addRow(buttons)

    def moment(self) -> datetime:
        seconds = self.edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, ZoneInfo(self.zone))

    def draft_off(self) -> bool:
        return self._draft and self.draft_box.isChecked()
