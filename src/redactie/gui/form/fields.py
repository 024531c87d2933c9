"""The small field editors (text, choice, check box) and the interface every editor shares.

Each editor shows a value with `set_value` (which never emits) and reports a user's change with
`edited(value)`. The form turns `edited` into one `Article.set`; filling an editor therefore can
never write to the article, so there is no feedback loop between the form and the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from redactie.core.schema import Field


def as_text(value: Any) -> str:
    """A front-matter value as an editor shows it: nothing for a missing or null value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class FieldEditor(QWidget):
    """Base of the form's editors: `set_value` fills silently, `edited` reports the user."""

    edited = Signal(object)

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.language = language

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        return self


def _single(parent: FieldEditor, child: QWidget) -> None:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)
    parent.setFocusProxy(child)


class TextField(FieldEditor):
    """One line of text; clearing it writes `""`, it never deletes the key."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName(f"field:{field.key}")
        self.line_edit.setPlaceholderText(field.placeholder(language))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.textChanged.connect(self._on_text_changed)
        _single(self, self.line_edit)

    def set_value(self, value: Any) -> None:
        text = as_text(value)
        if text != self.line_edit.text():
            with QSignalBlocker(self.line_edit):
                self.line_edit.setText(text)
                if not self.line_edit.hasFocus():
                    self.line_edit.setCursorPosition(0)  # show the start of a long title

    def value(self) -> str:
        return self.line_edit.text()

    def focus_widget(self) -> QWidget:
        return self.line_edit

    def _on_text_changed(self, text: str) -> None:
        self.edited.emit(text)


class ChoiceField(FieldEditor):
    """An editable combo box: pick one of the site's choices or type a new one."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field:{field.key}")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.combo.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.setPlaceholderText(field.placeholder(language))
        line_edit.setClearButtonEnabled(True)
        self.combo.currentTextChanged.connect(self._on_text_changed)
        self.set_choices(list(field.choices))
        _single(self, self.combo)

    def set_choices(self, choices: list[str]) -> None:
        """Replace the list; the current text stays whatever it was."""
        current = self.combo.currentText()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItems(list(dict.fromkeys(c for c in choices if c)))
            self.combo.setCurrentIndex(self.combo.findText(current))
            self.combo.setEditText(current)

    def set_value(self, value: Any) -> None:
        text = as_text(value)
        if text != self.combo.currentText():
            with QSignalBlocker(self.combo):
                self.combo.setCurrentIndex(self.combo.findText(text))
                self.combo.setEditText(text)

    def value(self) -> str:
        return self.combo.currentText()

    def focus_widget(self) -> QWidget:
        return self.combo

    def _on_text_changed(self, text: str) -> None:
        self.edited.emit(text)


class BoolField(FieldEditor):
    """A check box; the label is the field's own, so it sits beside the box."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.check_box = QCheckBox(field.label(language), self)
        self.check_box.setObjectName(f"field:{field.key}")
        self.check_box.toggled.connect(self._on_toggled)
        _single(self, self.check_box)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.check_box):
            self.check_box.setChecked(value is True)

    def value(self) -> bool:
        return self.check_box.isChecked()

    def focus_widget(self) -> QWidget:
        return self.check_box

    def _on_toggled(self, checked: bool) -> None:
        self.edited.emit(checked)
