"""Site ▸ Reviews: the articles waiting on review branches, for the desk.

The list comes from `core.team.list_reviews` in a worker (a fetch first). Open reads the
article as it is on its branch and hands it on (`opened`: the review tools show it in a window
of its own, `review_window.py`); Approve publishes it (after asking); Send Back adds the desk's
note. Every git step runs in a worker; a refusal is worded in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redactie.core.site import Site
from redactie.core.team import Review, ReviewList, approve_review, list_reviews, send_back, text_at
from redactie.gui.messages import describe
from redactie.gui.site.others_notice import ago
from redactie.gui.site.review_window import confirm_approve, note_dialog
from redactie.gui.site.team_worker import TeamWorkers


def _now() -> datetime:
    return datetime.now(UTC)


class ReviewDialog(QDialog):
    """The waiting reviews of `site`; `changed` after an approval or a note (the site moved)."""

    changed = Signal()
    message = Signal(str)  # for the status bar
    opened = Signal(object, str)  # Review, its text on the branch

    def __init__(
        self, site: Site, parent: QWidget | None = None, *, clock: Callable[[], datetime] = _now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("Reviews"))
        self.site = site
        self.clock = clock
        self.reviews: list[Review] = []
        self.busy = False
        self.note_dialog: QInputDialog | None = None
        self.workers = TeamWorkers(self)
        self.status = QLabel(self)
        self.status.setObjectName("review_status")
        self.status.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("review_list")
        self.list.setHeaderLabels(
            [self.tr("Title"), self.tr("Author"), self.tr("Submitted"), self.tr("Branch")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 260)
        self.list.setColumnWidth(1, 140)
        self.list.setColumnWidth(2, 130)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = self._button(buttons, self.tr("Re&fresh"), "review_refresh")
        self.open_button = self._button(buttons, self.tr("&Open"), "review_open")
        self.send_back_button = self._button(buttons, self.tr("&Send Back…"), "review_send_back")
        self.approve_button = self._button(buttons, self.tr("&Approve"), "review_approve")
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.open_button.clicked.connect(lambda _checked=False: self.open_review())
        self.send_back_button.clicked.connect(lambda _checked=False: self.ask_note())
        self.approve_button.clicked.connect(lambda _checked=False: self.ask_approve())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(780, 420)

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        doing: str,
        *,
        writes: bool = False,
    ) -> None:
        self.busy = True
        self.status.setText(doing)
        self._update_buttons()

        def finished(result: Any) -> None:
            self.busy = False
            self._update_buttons()
            done(result)

        self.workers.run(work, finished, self._on_failed, writes=writes)

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        self.status.setText(describe(error))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.chosen() is not None and not self.busy
        for button in (self.open_button, self.send_back_button, self.approve_button):
            button.setEnabled(chosen)
        self.refresh_button.setEnabled(not self.busy)

    def chosen(self) -> Review | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.reviews[row] if 0 <= row < len(self.reviews) else None

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch and list the review branches (in a worker)."""
        site = self.site
        self._run(lambda: list_reviews(site), self._on_listed, self.tr("Fetching the reviews…"))

    def _on_listed(self, listed: ReviewList) -> None:
        self.list.clear()
        self.reviews = list(listed.reviews)
        now = self.clock()
        items = []
        for review in self.reviews:
            state = review.branch
            if review.sent_back:
                state = self.tr("{0} (sent back: {1})").format(review.branch, review.note)
            item = QTreeWidgetItem(
                [review.title or review.path, review.author, ago(review.submitted, now), state]
            )
            item.setToolTip(0, review.path)
            item.setToolTip(1, review.email)
            self.list.addTopLevelItem(item)
            items.append(item)
        if items:
            self.list.setCurrentItem(items[0])
        if listed.detail and not self.reviews:
            self.status.setText(
                self.tr("The remote could not be reached: {0}").format(listed.detail)
            )
        elif not self.reviews:
            self.status.setText(self.tr("No articles are waiting for review."))
        else:
            self.status.setText(self.tr("Choose an article to open, approve or send back."))
        self._update_buttons()

    # -- acting on a review --------------------------------------------------------------------

    def open_review(self) -> None:
        """The article as it is on its branch, for a window of its own."""
        review, root = self.chosen(), self.site.root
        if review is None:
            return
        self._run(
            lambda: text_at(root, review.sha, review.path),
            lambda text: self._opened(review, text),
            self.tr("Reading the article…"),
        )

    def _opened(self, review: Review, text: str) -> None:
        self.status.setText(self.tr("Opened in a window of its own: {0}").format(review.branch))
        self.opened.emit(review, text)

    def ask_approve(self) -> None:
        review = self.chosen()
        if review is not None and confirm_approve(self, review):
            self.approve(review)

    def approve(self, review: Review) -> None:
        site = self.site
        self._run(
            lambda: approve_review(site, review.branch),
            lambda _approval: self._after(
                self.tr("Approved and published: {0}").format(review.title or review.path)
            ),
            self.tr("Approving {0}…").format(review.branch),
            writes=True,
        )

    def ask_note(self) -> None:
        review = self.chosen()
        if review is not None:
            self.note_dialog = note_dialog(self, review, lambda note: self.send_back(review, note))

    def send_back(self, review: Review, note: str) -> None:
        self.note_dialog = None
        if not note.strip():
            self.status.setText(self.tr("Nothing sent: the note was empty."))
            return
        site = self.site
        self._run(
            lambda: send_back(site, review.branch, note),
            lambda _sha: self._after(self.tr("Sent back to {0}.").format(review.author)),
            self.tr("Sending back {0}…").format(review.branch),
            writes=True,
        )

    def _after(self, said: str) -> None:
        self.message.emit(said)
        self.changed.emit()
        self.refresh()
        self.status.setText(said)
