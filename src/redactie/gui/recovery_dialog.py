"""After a crash: offer the recovery copies back, saying which file, from when (local time,
in the user's language) and showing the text that would come back."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from redactie.core.recovery import RecoveryEntry

PREVIEW_BYTES = 4000


class RecoveryDialog(QDialog):
    """Lists the unsaved copies found; Restore opens them, Discard deletes them."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.entries = entries
        text = QLabel(
            self.tr(
                "redactie was not closed properly last time. These articles had unsaved "
                "changes; restore them to continue where you were."
            ),
            self,
        )
        text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recovery_list")
        locale = QLocale()
        for entry in entries:
            where = str(entry.original) if entry.original else self.tr("a new, unsaved article")
            moment = QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp()))
            when = locale.toString(moment, QLocale.FormatType.LongFormat)
            item = QListWidgetItem(self.tr("{0}\nlast copy: {1}").format(where, when))
            self.list.addItem(item)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("recovery_preview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("The text that will come back"))
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_button")
        discard = buttons.addButton(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        discard.setObjectName("discard_button")
        buttons.accepted.connect(self.accept)
        discard.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview, 2)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _show(self, row: int) -> None:
        """The start of the copy's text, as it will come back."""
        if 0 <= row < len(self.entries):
            text = self.entries[row].data[:PREVIEW_BYTES].decode("utf-8", "replace")
            self.preview.setPlainText(text)

    @classmethod
    def ask(cls, entries: list[RecoveryEntry], parent: QWidget | None = None) -> bool:
        """True to restore, False to discard."""
        return cls(entries, parent).exec() == QDialog.DialogCode.Accepted
