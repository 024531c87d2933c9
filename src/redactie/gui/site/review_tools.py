"""Site ▸ Submit for Review and Site ▸ Reviews…: the actions, the worker, the progress.

Submitting exports the open article onto its review branch and pushes it (`submit_review`) in
a pool worker, with git's progress in a window-modal progress dialog; a refusal (checks with
errors, offline, a push refused) is a plain message box with the worded reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from redactie.core.team import Submission, submit_review
from redactie.gui.messages import describe
from redactie.gui.session import ArticleSession
from redactie.gui.site.checks_runner import ChecksRunner
from redactie.gui.site.review_dialog import ReviewDialog
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
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.checks = checks
        self.team_status = team_status
        self.parent_widget = parent
        self.workers = TeamWorkers(self)
        self.progress: QProgressDialog | None = None
        self.review_dialog: ReviewDialog | None = None
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
        dialog.finished.connect(lambda _code: self._reviews_closed(dialog))
        self.review_dialog = dialog
        dialog.refresh()
        dialog.open()
        return dialog

    def _reviews_closed(self, dialog: ReviewDialog) -> None:
        if self.review_dialog is dialog:
            self.review_dialog = None
        dialog.deleteLater()
