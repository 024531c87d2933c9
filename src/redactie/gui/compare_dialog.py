"""Your version beside the version on disk, change by change, word by word.

When the file changed on disk while the journalist has edits, they see each change with both
sides (the differing words marked), tick the ones to take from disk, or take all of one
version. Nothing is written here: the window gets the merged text as unsaved work.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from redactie.core.article.compare import Change, changes, merge, word_spans

_MARK = '<span style="background:{0};">{1}</span>'


class CompareDialog(QDialog):
    """`merged` is the chosen text after Apply (or a whole version); None when cancelled."""

    def __init__(
        self,
        mine: str,
        theirs: str,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        theirs_label: str | None = None,
        take_theirs: str | None = None,
        intro: str | None = None,
        ticked: list[bool] | None = None,
    ) -> None:
        """The other side is the version on disk unless the caller names it (the site's
        version in a sync conflict, an earlier version in the history). `ticked`: the changes
        to take from the other side from the start (a sync ticks the colleague's own edits)."""
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(title or self.tr("Your Version and the Version on Disk"))
        self.mine, self.theirs = mine, theirs
        self.changes: list[Change] = changes(mine, theirs)
        self.merged: str | None = None
        intro_label = QLabel(
            intro
            or self.tr(
                "Tick the changes to take from the version on disk; the rest stays as you wrote "
                "it. Nothing is saved until you save."
            ),
            self,
        )
        intro_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("compare_changes")
        first = ticked if ticked is not None and len(ticked) == len(self.changes) else None
        for number, change in enumerate(self.changes, start=1):
            item = QListWidgetItem(
                self.tr("Change {0}: line {1}").format(number, change.mine_start + 1)
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            take = first is not None and first[number - 1]
            item.setCheckState(Qt.CheckState.Checked if take else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.left = QTextBrowser(self)
        self.left.setObjectName("compare_mine")
        self.right = QTextBrowser(self)
        self.right.setObjectName("compare_theirs")
        sides = QHBoxLayout()
        other = theirs_label or self.tr("On disk")
        for heading, view in ((self.tr("Yours"), self.left), (other, self.right)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{html.escape(heading)}</b>", self))
            column.addWidget(view)
            sides.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.keep_button = self._button(buttons, self.tr("&Keep Mine"), "compare_keep_mine")
        self.theirs_button = self._button(
            buttons, take_theirs or self.tr("Take &Disk Version"), "compare_theirs"
        )
        self.apply_button = self._button(buttons, self.tr("&Apply Choices"), "compare_apply")
        self.keep_button.clicked.connect(lambda: self._finish([False] * len(self.changes)))
        self.theirs_button.clicked.connect(lambda: self._finish([True] * len(self.changes)))
        self.apply_button.clicked.connect(lambda: self._finish(self.choices()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(sides, 3)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)
        self.resize(900, 600)

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def choices(self) -> list[bool]:
        """Per change: True to take the version on disk."""
        return [
            self.list.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.list.count())
        ]

    def _finish(self, take_theirs: list[bool]) -> None:
        self.merged = merge(self.mine, self.theirs, take_theirs)
        self.accept()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.changes):
            return
        change = self.changes[row]
        old, new = "".join(change.mine), "".join(change.theirs)
        old_spans, new_spans = word_spans(old, new)
        self.left.setHtml(_marked(old, old_spans, "#f4b6b6"))
        self.right.setHtml(_marked(new, new_spans, "#b6e3b6"))


def _marked(text: str, spans: list[tuple[int, int]], colour: str) -> str:
    """`text` as HTML with the spans marked (the words that differ)."""
    out, position = [], 0
    for start, end in spans:
        out.append(html.escape(text[position:start]))
        out.append(_MARK.format(colour, html.escape(text[start:end])))
        position = end
    out.append(html.escape(text[position:]))
    return "<div style='white-space:pre-wrap'>" + "".join(out) + "</div>"
