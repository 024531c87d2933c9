"""Site ▸ Submit for Review and Site ▸ Reviews…: the actions, the worker, the progress.

Submitting exports the open article onto its review branch and pushes it (`submit_review`) in
a worker, with git's progress in a window-modal progress dialog; a refusal (checks with
errors, offline, a push refused) is a plain message box with the worded reason.

Open in the review list shows the branch's version in a new window (`new_window`, given by the
window: the app's factory, the window whole, later parts and all): that window's review tools
find its site and put the text in read-only, under the review strip (`review_window.py`) with
Approve and Send Back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from redactie.core.site import Site
from redactie.core.team import Review, Submission, submit_review
from redactie.gui.form import FrontMatterForm
from redactie.gui.messages import describe
from redactie.gui.session import ArticleSession
from redactie.gui.site.checks_runner import ChecksRunner
from redactie.gui.site.review_dialog import ReviewDialog
from redactie.gui.site.review_window import ReviewBanner
from redactie.gui.site.team_status import TeamStatus
from redactie.gui.site.team_worker import TeamWorkers


class _Progress(QObject):
    """git's progress from the worker thread to the dialog (queued)."""

    moved = Signal(str, int)  # phase, percent


class ReviewTools(QObject):
    message = Signal(str)  # for the status bar
    submitted = Signal(object)  # Submission

    def __init__(
        self,
        session: ArticleSession,
        checks: ChecksRunner,
        team_status: TeamStatus,
        parent: QWidget,
        *,
        form: FrontMatterForm,
        open_site: Callable[[Path], bool],
        new_window: Callable[[], QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.open_site = open_site
        self.new_window = new_window
        self.banner = ReviewBanner(session, form, parent)
        self.banner.message.connect(self.message)
        self.banner.changed.connect(lambda: team_status.refresh())
        self.checks = checks
        self.team_status = team_status
        self.parent_widget = parent
        self.workers = TeamWorkers(self)
        self.progress: QProgressDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.review_window: QWidget | None = None  # the window Open made last
        self.submit_action = QAction(self.tr("Submit for &Review"), parent)
        self.submit_action.setObjectName("submit_review")
        self.submit_action.triggered.connect(lambda _checked=False: self.submit())
        self.reviews_action = QAction(self.tr("Re&views…"), parent)
        self.reviews_action.setObjectName("show_reviews")
        self.reviews_action.triggered.connect(lambda _checked=False: self.show_reviews())

    def _refuse(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Review"),
            text,
            QMessageBox.StandardButton.Close,
            self.parent_widget,
        )
        box.setObjectName("review_refused")
        box.open()

    # -- submit --------------------------------------------------------------------------------

    def submit(self) -> None:
        """The open article onto its review branch, pushed (in a worker)."""
        site = self.session.site
        if site is None:
            self._refuse(self.tr("Open the site first (Site ▸ Open Site…)."))
            return
        if self.progress is not None:
            return
        session = self.session
        article, source = session.current_article(), session.path
        known, confirmed = session.known_tags(), set(self.checks.confirmed_tags)
        progress = QProgressDialog(
            self.tr("Submitting for review…"), "", 0, 100, self.parent_widget
        )
        progress.setObjectName("review_progress")
        progress.setWindowTitle(self.tr("Submit for Review"))
        progress.setCancelButton(None)  # a push cannot be taken back halfway
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        carrier = _Progress(progress)
        carrier.moved.connect(lambda phase, percent: self._moved(progress, phase, percent))
        self.progress = progress
        progress.open()
        self.workers.run(
            lambda: submit_review(
                article,
                site,
                source=source,
                known_tags=known,
                confirmed_tags=confirmed,
                on_progress=carrier.moved.emit,
            ),
            self._on_submitted,
            self._on_submit_failed,
            writes=True,
        )

    def _moved(self, progress: QProgressDialog, phase: str, percent: int) -> None:
        progress.setLabelText(self.tr("Submitting for review… {0}").format(phase))
        progress.setValue(max(0, min(99, percent)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_submitted(self, done: Submission) -> None:
        self._close_progress()
        self.message.emit(
            self.tr("Submitted for review on {0}; the desk sees it under Site ▸ Reviews.").format(
                done.branch
            )
        )
        self.submitted.emit(done)
        self.team_status.refresh()

    def _on_submit_failed(self, error: BaseException) -> None:
        self._close_progress()
        self._refuse(describe(error))

    # -- the desk ------------------------------------------------------------------------------

    def show_reviews(self) -> ReviewDialog | None:
        site = self.session.site
        if site is None:
            self._refuse(self.tr("Open the site first (Site ▸ Open Site…)."))
            return None
        dialog = ReviewDialog(site, self.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.message.connect(self.message)
        dialog.changed.connect(lambda: self.team_status.refresh())
        dialog.opened.connect(lambda review, text: self._open_in_window(dialog, review, text))
        dialog.open_button.setVisible(self.new_window is not None)
        dialog.finished.connect(lambda _code: self._reviews_closed(dialog))
        self.review_dialog = dialog
        dialog.refresh()
        dialog.open()
        return dialog

    def _reviews_closed(self, dialog: ReviewDialog) -> None:
        if self.review_dialog is dialog:
            self.review_dialog = None
        dialog.deleteLater()

    def _open_in_window(self, dialog: ReviewDialog, review: Review, text: str) -> None:
        """The review's version in a new window of the app (its own review tools show it)."""
        if self.new_window is None:
            return
        window = self.new_window()  # with its later parts built, the review tools among them
        tools = window.findChild(ReviewTools)
        if tools is None:
            return
        tools.show_review(dialog.site, review, text)
        tools.banner.changed.connect(dialog.refresh)  # answered there: the list is stale here
        self.review_window = window
        window.raise_()
        window.activateWindow()

    def show_review(self, site: Site, review: Review, text: str) -> None:
        """This window shows `review` (its site opened, the text read-only under the strip)."""
        if self.session.site is None or self.session.site.root != site.root:
            self.open_site(site.root)
        self.banner.show_review(site, review, text)
