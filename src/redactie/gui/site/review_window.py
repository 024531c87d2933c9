"""A review branch's version of an article in a window of its own, for the desk to read.

Site ▸ Reviews ▸ Open puts the article as it is on its review branch into a new window: the
form, the editor and the preview as for any article, so the desk reads it as the reader will
see it. It is the submitted version, and what "Approve" publishes is the branch, not this
window: so the window is read-only, marked by a strip above the editor that names the branch,
the author and when it came in, with Approve and Send Back right there. Opening or starting
another article in that window ends the review mode.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from redactie.core.site import Site
from redactie.core.team import Review, approve_review, send_back
from redactie.gui.form import FrontMatterForm
from redactie.gui.messages import describe
from redactie.gui.session import ArticleSession
from redactie.gui.site.others_notice import ago
from redactie.gui.site.team_worker import TeamWorkers


def tr(text: str) -> str:
    """The review list's own words (its translations), shared with the review window."""
    return QCoreApplication.translate("ReviewDialog", text)


def confirm_approve(parent: QWidget, review: Review) -> bool:
    """Ask before publishing (the review list and the review window ask the same)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Approve Review"),
        tr("Publish “{0}” from {1} on the site? The review branch is removed.").format(
            review.title or review.path, review.branch
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("review_confirm_approve")
    publish = box.addButton(tr("&Approve and Publish"), QMessageBox.ButtonRole.AcceptRole)
    publish.setObjectName("review_publish")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is publish


def note_dialog(parent: QWidget, review: Review, send: Callable[[str], None]) -> QInputDialog:
    """The desk's note for Send Back, opened (window-modal); `send` gets the note."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("review_note_dialog")
    dialog.setWindowTitle(tr("Send Back"))
    dialog.setLabelText(tr("What should {0} change?").format(review.author))
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setOkButtonText(tr("&Send Back"))
    dialog.setCancelButtonText(tr("&Cancel"))
    dialog.textValueSelected.connect(send)
    dialog.open()
    return dialog


class ReviewBanner(QFrame):
    """The strip above the editor of a review window; hidden in an ordinary window."""

    message = Signal(str)  # for the status bar
    changed = Signal()  # approved or sent back: the site moved

    def __init__(
        self,
        session: ArticleSession,
        form: FrontMatterForm,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#review_banner { background: palette(alternate-base); border: none;"
            " border-bottom: 2px solid palette(highlight); }"
        )
        self.session = session
        self.form = form
        self.clock = clock
        self.site: Site | None = None
        self.review: Review | None = None  # the review still waiting for an answer
        self.active = False  # this window shows a review version (read-only)
        self.busy = False
        self._loading = False
        self.note_dialog: QInputDialog | None = None
        self.workers = TeamWorkers(self)
        self.label = QLabel(self)
        self.label.setObjectName("review_banner_label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.send_back_button = QPushButton(self.tr("&Send Back…"), self)
        self.send_back_button.setObjectName("review_banner_send_back")
        self.send_back_button.clicked.connect(lambda _checked=False: self.ask_note())
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("review_banner_approve")
        self.approve_button.clicked.connect(lambda _checked=False: self.ask_approve())
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.send_back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignVCenter)
        session.loaded.connect(self._on_loaded)
        self.hide()

    def show_review(self, site: Site, review: Review, text: str) -> None:
        """The branch's text as an untitled, read-only article of this window."""
        self.site, self.review = site, review
        self._loading = True
        try:
            self.session.document.load_bytes(text.encode("utf-8"), None, disk_hash=None)
        finally:
            self._loading = False
        self.active = True
        self._set_read_only(True)
        name = review.title or review.path
        self.window().setWindowTitle(
            self.tr("{0} (review: {1}) — redactie").format(name, review.branch)
        )
        self.label.setText(
            self.tr(
                "Review version of “{0}” on {1}, by {2} ({3}). Read-only: Approve publishes the "
                "branch as submitted."
            ).format(
                review.title or review.path,
                review.branch,
                review.author,
                ago(review.submitted, self.clock()),
            )
        )
        self._update_buttons()
        self.show()

    def _on_loaded(self) -> None:
        if not self._loading and self.active:  # another article in this window: no review now
            self.review, self.active = None, False
            self._set_read_only(False)
            self.hide()

    def _editor(self) -> QPlainTextEdit | None:
        body = self.session.document.body_document
        top = self.window()
        return next((e for e in top.findChildren(QPlainTextEdit) if e.document() is body), None)

    def _set_read_only(self, read_only: bool) -> None:
        editor = self._editor()
        if editor is not None:
            editor.setReadOnly(read_only)
        self.form.setEnabled(not read_only)

    def _update_buttons(self) -> None:
        for button in (self.approve_button, self.send_back_button):
            button.setEnabled(self.review is not None and not self.busy)

    # -- the desk's two answers ----------------------------------------------------------------

    def ask_approve(self) -> None:
        review = self.review
        if review is not None and confirm_approve(self.window(), review):
            site = self.site
            assert site is not None
            done = self.tr("Approved and published: {0}").format(review.title or review.path)
            self._run(lambda: approve_review(site, review.branch), done)

    def ask_note(self) -> None:
        review = self.review
        if review is None:
            return
        self.note_dialog = note_dialog(self.window(), review, self._send_back)

    def _send_back(self, note: str) -> None:
        self.note_dialog = None
        review, site = self.review, self.site
        if review is None or site is None:
            return
        if not note.strip():
            self.message.emit(self.tr("Nothing sent: the note was empty."))
            return
        done = self.tr("Sent back to {0}.").format(review.author)
        self._run(lambda: send_back(site, review.branch, note), done)

    def _run(self, work: Callable[[], Any], done: str) -> None:
        self.busy = True
        self._update_buttons()

        def finished(_result: Any) -> None:
            self.busy = False
            self.review = None  # answered: the branch is gone or back with its author
            self._update_buttons()
            self.label.setText(done)
            self.message.emit(done)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            self.label.setText(describe(error))

        self.workers.run(work, finished, failed, writes=True)
