"""Tags as chips: type a tag, Enter or a comma adds it, Backspace in the empty field removes one.

Journalists add tags while thinking about the next one, so the keyboard does everything: the
line edit never loses focus, completion offers the site's existing tags (a tag spelt two ways
splits the tag pages on the site), and a duplicate is simply not added twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from redactie.core.article.schema import Field
from redactie.gui.form.fields import FieldEditor, as_text
from redactie.gui.form.flow_box import FlowBox


class TagChip(QFrame):
    """One tag with its own remove button."""

    removeClicked = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, tag: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tagChip")
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "#tagChip { background: palette(midlight); border: 1px solid palette(mid);"
            f" border-radius: {height // 2}px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 2, 0)
        layout.setSpacing(2)
        label = QLabel(tag, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.setToolTip(self.tr("Remove tag “{0}”").format(tag))
        self.remove_button.setAccessibleName(self.tr("Remove tag {0}").format(tag))
        self.remove_button.clicked.connect(lambda: self.removeClicked.emit(self.tag))
        layout.addWidget(self.remove_button)


class TagEditor(QWidget):
    """A list of tags edited as chips; `tagsChanged` reports every change the user makes."""

    tagsChanged = Signal(list)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips: list[TagChip] = []
        self.setObjectName("tagEditor")
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("tagInput")
        self.line_edit.setPlaceholderText(self.tr("Add a tag…"))
        self.line_edit.setMinimumWidth(110)
        self.line_edit.installEventFilter(self)
        self.line_edit.textEdited.connect(self._on_text_edited)
        # Enter while the completion popup is open reaches the line edit past the filter.
        self.line_edit.returnPressed.connect(self._on_return_pressed)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Driven by hand (not QLineEdit.setCompleter) so a chosen completion becomes a chip
        # instead of being written into the line edit after the chip is made.
        self.completer.setWidget(self.line_edit)
        self.completer.activated.connect(self._on_completion_activated)
        self._flow = FlowBox(self, spacing=4)
        self._flow.add_widget(self.line_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._flow)
        self.setFocusProxy(self.line_edit)

    # -- public --------------------------------------------------------------------------------

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: list[str]) -> None:
        """Show `tags` without emitting `tagsChanged` (filling the form is not an edit)."""
        if tags == self._tags:
            return
        self._tags = []
        for chip in self._chips:
            self._drop_chip(chip)
        self._chips = []
        for tag in tags:
            self._append_chip(tag)

    def set_completions(self, completions: list[str]) -> None:
        """The tags completion offers in the given order (the site's: most used first)."""
        self._model.setStringList(list(dict.fromkeys(c for c in completions if c)))

    def add_tag(self, text: str) -> bool:
        """Add `text` trimmed, unless it is empty or already there (ignoring case)."""
        tag = " ".join(text.split())
        if not tag or tag.casefold() in (t.casefold() for t in self._tags):
            return False
        self._append_chip(tag)
        self.tagsChanged.emit(self.tags())
        return True

    def remove_tag(self, tag: str) -> None:
        if tag not in self._tags:
            return
        index = self._tags.index(tag)
        self._tags.pop(index)
        self._drop_chip(self._chips.pop(index))
        self.tagsChanged.emit(self.tags())

    def commit_text(self) -> None:
        """Turn what is typed into tags (a comma separates several), then clear the field."""
        text = self.line_edit.text()
        self.line_edit.clear()
        self._popup().hide()
        for part in text.split(","):
            self.add_tag(part)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always makes its popup
        return popup

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.line_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._key_press(event)
        ):
            return True
        if (
            watched is self.line_edit
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and not self._popup().isVisible()
        ):
            self.commit_text()  # a typed tag is not lost by clicking elsewhere
        return super().eventFilter(watched, event)

    def _key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._popup().isVisible():
                return False  # the completer takes it and reports `activated`
            self.commit_text()
            return True
        if key == Qt.Key.Key_Comma or event.text() == ",":
            self._popup().hide()
            self.commit_text()
            return True
        if key == Qt.Key.Key_Backspace and not self.line_edit.text() and self._tags:
            self.remove_tag(self._tags[-1])
            return True
        return False

    def _on_text_edited(self, text: str) -> None:
        if "," in text:  # pasted text with commas
            self.commit_text()
            return
        prefix = text.strip()
        self.completer.setCompletionPrefix(prefix)
        if prefix and self.completer.completionCount() > 0:
            self.completer.complete()
        else:
            self._popup().hide()

    def _on_return_pressed(self) -> None:
        if not self._popup().currentIndex().isValid():
            self.commit_text()  # with a highlighted completion, `activated` commits that

    def _on_completion_activated(self, text: str) -> None:
        self.line_edit.clear()
        self._popup().setCurrentIndex(QModelIndex())
        self.add_tag(text)

    # -- chips ---------------------------------------------------------------------------------

    def _append_chip(self, tag: str) -> None:
        chip = TagChip(tag, self.line_edit.sizeHint().height(), self)
        chip.removeClicked.connect(self.remove_tag)
        self._flow.insert_widget(len(self._chips), chip)
        self._tags.append(tag)
        self._chips.append(chip)

    def _drop_chip(self, chip: TagChip) -> None:
        self._flow.remove_widget(chip)
        chip.deleteLater()


class TagsField(FieldEditor):
    """The form's `tags` field: a TagEditor whose list is written back as the file's list."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.tag_editor = TagEditor(self)
        self.tag_editor.line_edit.setObjectName(f"field:{field.key}")
        if field.placeholder(self.language):
            self.tag_editor.line_edit.setPlaceholderText(field.placeholder(self.language))
        self.tag_editor.tagsChanged.connect(lambda _tags: self.edited.emit(self.value()))
        self._originals: dict[str, Any] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tag_editor)
        self.setFocusProxy(self.tag_editor)

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else [] if value in (None, "") else [value]
        self._originals = {as_text(item): item for item in items}
        self.tag_editor.set_tags([as_text(item) for item in items])

    def value(self) -> list[Any]:
        """The tags; an item the file wrote as a number stays a number when it is kept."""
        return [self._originals.get(tag, tag) for tag in self.tag_editor.tags()]

    def set_completions(self, completions: list[str]) -> None:
        self.tag_editor.set_completions(completions)

    def focus_widget(self) -> QWidget:
        return self.tag_editor.line_edit
