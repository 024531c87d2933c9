"""The small field editors (text, choice, check box) and the interface every editor shares.

Each editor shows a value with `set_value` (which never emits) and reports a user's change with
`edited(value)`. The form turns `edited` into one `Article.set`; filling an editor therefore can
never write to the article, so there is no feedback loop between the form and the file.
`set_field` hands an editor its field's new settings when a site narrows the schema.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from redactie.core.article.schema import Field
from redactie.gui.form.counter import LengthCounter
from redactie.gui.i18n import window_language


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

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.language = window_language()  # for the schema's own labels and placeholders

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_field(self, field: Field) -> None:
        """The same field with other settings (choices, length): the value stays."""
        self.field = field

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        return self


def _single(parent: FieldEditor, child: QWidget) -> None:
    layout = QHBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)
    parent.setFocusProxy(child)


class TextField(FieldEditor):
    """One line of text; clearing it writes `""`, it never deletes the key.

    A field with a recommended length (a site's title) counts its characters below the line.
    """

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName(f"field:{field.key}")
        self.line_edit.setPlaceholderText(field.placeholder(self.language))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.textChanged.connect(self._on_text_changed)
        self.counter = LengthCounter(field.max_length, self)
        self.counter.setObjectName(f"counter:{field.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.counter)
        self.setFocusProxy(self.line_edit)
        self.set_field(field)

    def set_field(self, field: Field) -> None:
        super().set_field(field)
        self.counter.set_limit(field.max_length)
        self.counter.setVisible(field.max_length is not None)

    def set_value(self, value: Any) -> None:
        text = as_text(value)
        if text != self.line_edit.text():
            with QSignalBlocker(self.line_edit):
                self.line_edit.setText(text)
                if not self.line_edit.hasFocus():
                    self.line_edit.setCursorPosition(0)  # show the start of a long title
        self.counter.show_count(len(text))

    def value(self) -> str:
        return self.line_edit.text()

    def focus_widget(self) -> QWidget:
        return self.line_edit

    def _on_text_changed(self, text: str) -> None:
        self.counter.show_count(len(text))
        self.edited.emit(text)


class ChoiceField(FieldEditor):
    """A label: free text with suggestions, or a pick from the site's own list.

    When the field has `choices` (the labels a site allows) the journalist picks one from the
    list; a label the site does not know is not typed by accident, yet a value already in the
    file stays visible (marked) rather than silently replaced. Without choices the combo box
    is editable and `set_choices` only suggests (the labels other articles use).
    """

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field:{field.key}")
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.currentTextChanged.connect(self._on_text_changed)
        self._suggestions: list[str] = []
        self._value = ""
        _single(self, self.combo)
        self.set_field(field)

    @property
    def strict(self) -> bool:
        """True when only the field's choices may be picked."""
        return bool(self.field.choices)

    def set_field(self, field: Field) -> None:
        current = self.value()
        super().set_field(field)
        with QSignalBlocker(self.combo):
            self.combo.setEditable(not self.strict)
            line_edit = self.combo.lineEdit()
            if line_edit is not None:
                line_edit.setPlaceholderText(field.placeholder(self.language))
                line_edit.setClearButtonEnabled(True)
        self._value = current
        self._fill_items()

    def set_choices(self, choices: list[str]) -> None:
        """Suggestions for a free field; a field with the site's own choices keeps those."""
        self._suggestions = list(dict.fromkeys(c for c in choices if c))
        if not self.strict:
            self._fill_items()

    def choices(self) -> list[str]:
        """What the list offers (for a strict field: the values, the empty one first)."""
        if self.strict:
            return [str(self.combo.itemData(i)) for i in range(self.combo.count())]
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def _fill_items(self) -> None:
        """Rebuild the list around the current value; the value itself never changes here."""
        current = self._value
        with QSignalBlocker(self.combo):
            self.combo.clear()
            if not self.strict:
                self.combo.addItems(self._suggestions)
                self.combo.setCurrentIndex(self.combo.findText(current))
                self.combo.setEditText(current)
                return
            self.combo.addItem(self.tr("(none)"), "")
            for choice in self.field.choices:
                self.combo.addItem(choice, choice)
            if current and current not in self.field.choices:
                self.combo.addItem(self.tr("{0} (not on the site's list)").format(current), current)
            self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def set_value(self, value: Any) -> None:
        text = as_text(value)
        if text == self.value():
            return
        self._value = text
        if self.strict:
            self._fill_items()
            return
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findText(text))
            self.combo.setEditText(text)

    def value(self) -> str:
        if self.strict:
            return self._value
        return self.combo.currentText()

    def focus_widget(self) -> QWidget:
        return self.combo

    def _on_text_changed(self, text: str) -> None:
        if self.strict:
            data = self.combo.currentData()
            text = "" if data is None else str(data)
        self._value = text
        self.edited.emit(text)


class BoolField(FieldEditor):
    """A check box; the label is the field's own, so it sits beside the box."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.check_box = QCheckBox(field.label(self.language), self)
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
