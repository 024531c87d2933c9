"""Going through every article a sync clashed on, one comparison at a time.

A sync can clash in several articles at once (the desk edited three of yours). Each gets the
same side-by-side view as a change on disk (`CompareDialog`: change by change, the differing
words marked), with "2 of 3" and the file's name in the title; the journalist chooses per
change. Nothing is committed on the way: only when every article has its chosen text does the
window hand all of them to `sync_resolved` in one step. Cancel at any article drops the
choices made so far, and the repository is as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from redactie.core.article.compare import theirs_only
from redactie.core.team import Conflict
from redactie.gui.compare_dialog import CompareDialog


class ConflictWalk(QObject):
    """`chosen(dict)` with every path's text (None: deleted) after the last; else `cancelled`."""

    chosen = Signal(object)  # dict[str, str | None]
    cancelled = Signal()
    stepped = Signal(object)  # the CompareDialog now open (tests and the status bar follow it)

    def __init__(self, conflicts: tuple[Conflict, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.parent_widget = parent
        self.choices: dict[str, str | None] = {}
        self.dialog: CompareDialog | None = None

    def start(self) -> None:
        self._open(0)

    def _open(self, index: int) -> None:
        if index >= len(self.conflicts):
            self.dialog = None
            self.chosen.emit(dict(self.choices))
            return
        clash = self.conflicts[index]
        who = ", ".join(clash.their_authors) or self.tr("a colleague")
        count = len(self.conflicts)
        mine, theirs = clash.mine or "", clash.theirs or ""
        ticked = theirs_only(clash.base, mine, theirs) if clash.base is not None else None
        intro = self.tr(
            "You and {0} changed the same lines of {1}. Tick the changes to take from the "
            "site's version; the rest stays as you wrote it."
        ).format(who, clash.path)
        if ticked and any(ticked):
            intro += " " + self.tr("The changes only {0} made are ticked already.").format(who)
        if count > 1:
            intro += " " + self.tr(
                "Article {0} of {1}: nothing is committed until you have chosen for all of them."
            ).format(index + 1, count)
        else:
            intro += " " + self.tr("Nothing is committed until you have chosen.")
        dialog = CompareDialog(
            mine,
            theirs,
            self.parent_widget,
            title=self.tr("Your Version and the Site's ({0} of {1}): {2}").format(
                index + 1, count, clash.path
            ),
            theirs_label=self.tr("On the site ({0})").format(who)
            if clash.theirs is not None
            else self.tr("Deleted on the site ({0})").format(who),
            take_theirs=self.tr("Take the &Site's Version"),
            intro=intro,
            ticked=ticked,
        )
        dialog.setObjectName("sync_compare_dialog")
        dialog.finished.connect(lambda _code: self._after(dialog, index))
        self.dialog = dialog
        dialog.open()
        self.stepped.emit(dialog)

    def _after(self, dialog: CompareDialog, index: int) -> None:
        dialog.deleteLater()
        merged = dialog.merged
        if merged is None:
            self.dialog = None
            self.choices.clear()
            self.cancelled.emit()
            return
        clash = self.conflicts[index]
        deleted = merged == "" and (clash.mine is None or clash.theirs is None)
        self.choices[clash.path] = None if deleted else merged
        self._open(index + 1)
