"""A multi-line text field with a live "123 / 160" count against the site's recommended length.

Search engines and PaperMod's list pages cut a summary off after about 160 characters, so the
writer sees the count while typing; past the maximum it turns a warning colour, but nothing is
refused: the recommendation is the site's, the decision the journalist's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from redactie.core.article.schema import Field
from redactie.gui.form.counter import LengthCounter
from redactie.gui.form.fields import FieldEditor, as_text
from redactie.gui.form.text_sync import document_text

VISIBLE_LINES = 4


class SummaryEdit(FieldEditor):
    """A plain-text editor for a `multiline` field, with a character counter below it."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName(f"field:{field.key}")
        self.text_edit.setPlaceholderText(field.placeholder(self.language))
        self.text_edit.setTabChangesFocus(True)
        line = QFontMetrics(self.text_edit.font()).lineSpacing()
        margins = self.text_edit.contentsMargins()
        frame = 2 * self.text_edit.frameWidth() + margins.top() + margins.bottom()
        doc_margin = int(2 * self.text_edit.document().documentMargin())
        self.text_edit.setFixedHeight(VISIBLE_LINES * line + frame + doc_margin)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self._shown = ""  # textChanged also fires when a highlighter (spelling) repaints
        self.counter = LengthCounter(field.max_length, self)
        self.counter.setObjectName("summaryCounter")
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

    @property
    def max_length(self) -> int | None:
        return self.counter.limit

    def set_field(self, field: Field) -> None:
        super().set_field(field)
        self.counter.set_limit(field.max_length)

    def is_over_limit(self) -> bool:
        return self.counter.is_over()

    def _update_counter(self) -> None:
        self.counter.show_count(len(self.value()))

    def _on_text_changed(self) -> None:
        value = self.value()
        if value == self._shown:
            return  # formats only: nothing the user typed
        self._shown = value
        self._update_counter()
        self.edited.emit(value)
