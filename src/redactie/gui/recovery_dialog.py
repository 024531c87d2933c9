"""After a crash: offer the recovery copies back, saying which file and from when."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redactie.core.recovery import RecoveryEntry


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
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_button")
        discard = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard_button")
        buttons.accepted.connect(self.accept)
        discard.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)

    @classmethod
    def ask(cls, entries: list[RecoveryEntry], parent: QWidget | None = None) -> bool:
        """True to restore, False to discard."""
        return cls(entries, parent).exec() == QDialog.DialogCode.Accepted
