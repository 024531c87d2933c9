"""Entering and testing the Pexels API key; it goes to the OS keyring and nowhere else.

Testing runs one curated request in the background worker, so a dead network only shows a
message. When `PEXELS_API_KEY` is set in the environment it wins, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redactie.core.pexels import PexelsError, SearchPage, api_key
from redactie.gui.messages import message
from redactie.gui.pexels.options import ClientConfig
from redactie.gui.pexels.worker import Query, Searcher


class PexelsKeyDialog(QDialog):
    """A password field for the key, a Test button and where to get a key."""

    def __init__(self, config: ClientConfig, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pexels_key_dialog")
        self.setWindowTitle(self.tr("Pexels API Key"))
        self._config = config
        self._searcher: Searcher | None = None
        intro = QLabel(
            self.tr(
                'Get a free key at <a href="https://www.pexels.com/api/">pexels.com/api</a>. '
                "It is kept in your system's keyring, never in a file."
            ),
            self,
        )
        intro.setOpenExternalLinks(True)
        intro.setWordWrap(True)
        self.key_field = QLineEdit(api_key.stored_key(), self)
        self.key_field.setObjectName("pexels_key")
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText(self.tr("Pexels API key"))
        self.test_button = QPushButton(self.tr("Test Key"), self)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_key)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("pexels_key_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if api_key.key_from_environment():
            self.result_label.setText(
                self.tr("PEXELS_API_KEY is set in the environment; that key is used instead.")
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.key_field, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def test_key(self) -> None:
        """Ask Pexels for one page of curated photos with the typed key, in the background."""
        key = self.key_field.text().strip()
        config = ClientConfig(key, self._config.base_url, None, self._config.timeout)
        self._searcher = Searcher(config, self)
        self._searcher.pageArrived.connect(self._on_ok)
        self._searcher.failed.connect(self._on_error)
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing the key…"))
        self._searcher.search(Query(""))

    def accept(self) -> None:
        key = self.key_field.text().strip()
        if key and not api_key.is_header_safe(key):
            self.result_label.setText(
                self.tr(
                    "The key holds characters a Pexels key never has (a space, an accent or "
                    "a curly quote?). Copy it again from your Pexels account page."
                )
            )
            return
        if not api_key.store_key(key) and key:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Pexels API Key"),
                self.tr(
                    "This computer has no keyring (password store) that redactie can use, so the "
                    "key cannot be kept after redactie closes. It works until then.\n\n"
                    "To keep it, set the environment variable PEXELS_API_KEY to the key, for "
                    "example in ~/.profile: export PEXELS_API_KEY=your-key"
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("pexels_key_session_only")
            box.exec()
        super().accept()

    def _on_ok(self, _page: SearchPage, _more: bool) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(self.tr("The key works."))

    def _on_error(self, error: PexelsError) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(message(error))
