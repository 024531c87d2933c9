"""A multi-line text field with a live "123 / 160" count against the site's recommended length.

Search engines and PaperMod's list pages cut a summary off after about 160 characters, so the
writer sees the count while typing; past the maximum it turns a warning colour, but nothing is
refused: the recommendation is the site's, the decision the journalist's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from redactie.core.schema import Field
from redactie.gui.form.fields import FieldEditor, as_text
from redactie.gui.form.text_sync import document_text

WARNING_COLOUR = "#c0392b"
VISIBLE_LINES = 4


class SummaryEdit(FieldEditor):
    """A plain-text editor for a `multiline` field, with a character counter below it."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.max_length = field.max_length
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName(f"field:{field.key}")
        self.text_edit.setPlaceholderText(field.placeholder(language))
        self.text_edit.setTabChangesFocus(True)
        line = QFontMetrics(self.text_edit.font()).lineSpacing()
        margins = self.text_edit.contentsMargins()
        frame = 2 * self.text_edit.frameWidth() + margins.top() + margins.bottom()
        doc_margin = int(2 * self.text_edit.document().documentMargin())
        self.text_edit.setFixedHeight(VISIBLE_LINES * line + frame + doc_margin)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self._shown = ""  # textChanged also fires when a highlighter (spelling) repaints
        self.counter = QLabel(self)
        self.counter.setObjectName("summaryCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._normal_colour = self.counter.palette().color(QPalette.ColorRole.WindowText)
        counter_row = QHBoxLayout()
        counter_row.setContentsMargins(0, 0, 0, 0)
        counter_row.addStretch(1)
        counter_row.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text_edit)
        layout.addLayout(counter_row)
        self.setFocusProxy(self.text_edit)
        self._update_counter()

    def set_value(self, value: Any) -> None:
        text = as_text(value)
        if text != self.value():
            with QSignalBlocker(self.text_edit):
                self.text_edit.setPlainText(text)
            self._update_counter()
        self._shown = self.value()

    def value(self) -> str:
        # toPlainText() would turn no-break spaces into spaces; the raw text keeps them.
        return document_text(self.text_edit.document().toRawText())

    def focus_widget(self) -> QWidget:
        return self.text_edit

    def is_over_limit(self) -> bool:
        return self.max_length is not None and len(self.value()) > self.max_length

    def _update_counter(self) -> None:
        count = len(self.value())
        if self.max_length is None:
            self.counter.setText(self.tr("{0} characters").format(count))
        else:
            self.counter.setText(self.tr("{0} / {1}").format(count, self.max_length))
        over = self.is_over_limit()
        colour = WARNING_COLOUR if over else self._normal_colour.name()
        self.counter.setStyleSheet(f"color: {colour};{' font-weight: bold;' if over else ''}")
        self.counter.setToolTip(
            self.tr("Longer than the recommended {0} characters: search engines cut it off").format(
                self.max_length
            )
            if over
            else ""
        )

    def _on_text_changed(self) -> None:
        value = self.value()
        if value == self._shown:
            return  # formats only: nothing the user typed
        self._shown = value
        self._update_counter()
        self.edited.emit(value)
