"""The front-matter form: one editor per schema field, and the raw text for everything else.

Data flows one way. `set_article` and `refresh_from_article` fill the editors from the article
and never write; a user's edit in one editor becomes exactly one `Article.set` of that field, so
saving changes only that field's line. Edits of the raw text replace the article's front matter
text as typed; while that text does not parse, the fields keep their values and are locked, so
neither side can destroy what the user typed in the other.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from redactie.core.article import Article
from redactie.core.article.dates import DEFAULT_TIMEZONE
from redactie.core.article.frontmatter import FrontMatterError
from redactie.core.article.schema import DEFAULT_SCHEMA, Field, Schema
from redactie.gui.form.cover import ImageField
from redactie.gui.form.date_edit import DateTimeField
from redactie.gui.form.fields import BoolField, ChoiceField, FieldEditor, TextField
from redactie.gui.form.raw_panel import RawPanel
from redactie.gui.form.summary_edit import SummaryEdit
from redactie.gui.form.tag_editor import TagsField
from redactie.gui.i18n import window_language
from redactie.gui.messages import message

EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextField,
    "datetime": DateTimeField,
    "tags": TagsField,
    "multiline": SummaryEdit,
    "choice": ChoiceField,
    "image": ImageField,
    "bool": BoolField,
}
BANNER_STYLE = (
    "#formBanner { background: #fdecea; color: #7b241c; border: 1px solid #e6b0aa;"
    " border-radius: 4px; padding: 6px 8px; }"
)


def front_matter_parses(article: Article) -> bool:
    """False when the front matter text cannot be read (data empty *because* of problems)."""
    return article.front_matter_readable


def _line_offset(article: Article) -> int:
    """File lines before the front matter text: the `---`/`+++` fence (JSON has none)."""
    return 0 if article.format == "json" else 1


def _form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: narrow column
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    layout.setVerticalSpacing(4)
    return layout


class FrontMatterForm(QWidget):
    """Fields built from a schema, bound to one `Article`; `changed` after every applied edit."""

    changed = Signal()

    def __init__(
        self,
        schema: Schema = DEFAULT_SCHEMA,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.schema = schema
        self.language = window_language()  # the schema's labels come in Dutch and English
        self._article: Article | None = None
        self._filling = False
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}

        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(self._show_first_problem)
        self.banner.hide()
        self.fields = QWidget(self)
        self.fields.setObjectName("formFields")
        self._build_fields()
        self.raw_toggle = QToolButton(self)
        self.raw_toggle.setObjectName("otherFieldsToggle")
        self.raw_toggle.setCheckable(True)
        self.raw_toggle.setAutoRaise(True)
        self.raw_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.raw_toggle.setStyleSheet("QToolButton { font-weight: bold; }")
        self.raw_toggle.setToolTip(self.tr("The front matter as text, with every field"))
        self.raw_toggle.toggled.connect(self._show_raw)
        self.raw_panel = RawPanel(self)
        self.raw_panel.setMinimumHeight(260)
        self.raw_panel.edited.connect(self._on_raw_edited)

        content = QWidget()
        content.setObjectName("formContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.raw_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.raw_panel)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("formScrollArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.setMinimumWidth(300)
        self._show_raw(False)
        self._update_raw_toggle([])

    # -- building ------------------------------------------------------------------------------

    def _build_fields(self) -> None:
        layout = QVBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        current = _form_layout()
        layout.addLayout(current)
        groups: dict[str, QFormLayout] = {}
        for field in self.schema.fields:
            group = self.schema.group(field.path[0]) if len(field.path) > 1 else None
            target = current
            if group is not None:
                if group.key not in groups:
                    box = QGroupBox(group.label(self.language), self.fields)
                    box.setObjectName(f"group:{group.key}")
                    box.setStyleSheet("QGroupBox { font-weight: bold; }")
                    groups[group.key] = _form_layout()
                    groups[group.key].setContentsMargins(10, 6, 10, 10)
                    box.setLayout(groups[group.key])
                    layout.addWidget(box)
                    current = _form_layout()
                    layout.addLayout(current)
                target = groups[group.key]
            self._add_row(target, field)

    def _add_row(self, layout: QFormLayout, field: Field) -> None:
        editor = EDITORS[field.kind](field, self.fields)
        editor.edited.connect(lambda value, key=field.key: self._apply(key, value))
        self.editors[field.key] = editor
        if field.kind == "bool":
            layout.addRow(editor)  # a check box carries its own label
            return
        label = QLabel(self.fields)
        label.setObjectName(f"label:{field.key}")
        label.setBuddy(editor.focus_widget())
        label.setStyleSheet("QLabel { font-weight: bold; }")
        label.setContentsMargins(0, 4, 0, 0)  # more air above a label than below it
        self.labels[field.key] = label
        self._label_field(label, field)
        layout.addRow(label, editor)

    def _label_field(self, label: QLabel, field: Field) -> None:
        """The field's name; a required one gets an asterisk and says so on hover."""
        text = field.label(self.language)
        label.setText(f"{text} *" if field.required else text)
        label.setToolTip(self.tr("Required: the site needs this field") if field.required else "")

    def set_schema(self, schema: Schema) -> None:
        """Take a site's version of the schema: its labels, required fields and lengths.

        A site narrows the built-in fields and never adds or removes one (see
        `redactie.core.site.fields`), so the editors stay, keep their values and their
        spelling hooks, and only take the new settings. Another set of fields is refused.
        """
        shape = [(f.key, f.kind) for f in schema.fields]
        if shape != [(f.key, f.kind) for f in self.schema.fields]:
            raise ValueError("set_schema: the new schema must have the same fields")
        self.schema = schema
        for field in schema.fields:
            self.editors[field.key].set_field(field)
            label = self.labels.get(field.key)
            if label is not None:
                self._label_field(label, field)

    # -- the article ---------------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def set_article(self, article: Article) -> None:
        """Show `article`; nothing is written to it until the user edits a field."""
        self._article = article
        # A fresh text (and undo history): Ctrl+Z must not bring back the previous article.
        self.raw_panel.reset(
            article.front_matter_text, newline=article.newline, line_offset=_line_offset(article)
        )
        if not front_matter_parses(article):  # never another article's values, locked or not
            self._fill_empty()
        self._after_text_change()
        data = article.data if front_matter_parses(article) else {}
        self.raw_toggle.setChecked(bool(article.problems or self.schema.unknown_keys(data)))
        self.scroll_area.verticalScrollBar().setValue(0)

    def refresh_from_article(self) -> None:
        """Fill every field and the raw text from the article (after it changed elsewhere)."""
        article = self._article
        if article is None:
            return
        self.raw_panel.set_text(
            article.front_matter_text, newline=article.newline, line_offset=_line_offset(article)
        )
        self._after_text_change()

    def _after_text_change(self) -> None:
        """Problems, locking and field values, after the article's text changed as a whole."""
        article = self._article
        assert article is not None
        problems = article.problems
        self.raw_panel.set_problems(problems)
        unclosed = article.format is None and bool(problems)
        self.raw_panel.set_read_only(unclosed)
        if front_matter_parses(article):
            self._fill(article)
            self.fields.setEnabled(True)
            self.banner.hide()
            keys = self.schema.unknown_keys(article.data)
        else:
            self.fields.setEnabled(False)
            if unclosed:
                message = self.tr(
                    "The front matter is never closed: add its closing line in the text editor."
                )
            else:
                message = self.tr(
                    "The front matter text below has an error (line {0}). The fields are locked"
                    " and keep their values until it is fixed."
                ).format(problems[0].line)
            self._show_banner(message, link=not unclosed)
            keys = []
        self.raw_panel.set_other_keys(keys, readable=front_matter_parses(article))
        self._update_raw_toggle(keys)

    def _fill_empty(self) -> None:
        self._filling = True
        try:
            for editor in self.editors.values():
                editor.set_value(None)
        finally:
            self._filling = False

    def _fill(self, article: Article) -> None:
        self._filling = True
        try:
            for key, editor in self.editors.items():
                editor.set_value(article.get(key, None))
        finally:
            self._filling = False

    # -- edits ---------------------------------------------------------------------------------

    def _apply(self, key: str, value: Any) -> None:
        """One user edit: one `Article.set` of that field, then the raw text follows."""
        article = self._article
        if self._filling or article is None:
            return
        before = article.front_matter_text
        try:
            article.set(key, value)
        except FrontMatterError as exc:
            label = self.schema.field(key).label(self.language)
            text = self.tr("“{0}” could not be written: {1}").format(label, message(exc))
            self._show_banner(text)
            return
        if self.banner.isVisible():
            self.banner.hide()
        if article.front_matter_text == before:
            return
        self.raw_panel.set_text(
            article.front_matter_text, newline=article.newline, line_offset=_line_offset(article)
        )
        self.raw_panel.set_problems(article.problems)
        keys = self.schema.unknown_keys(article.data)
        self.raw_panel.set_other_keys(keys)
        self._update_raw_toggle(keys)
        self.changed.emit()

    def _on_raw_edited(self, text: str) -> None:
        article = self._article
        if article is None:
            return
        article.front_matter_text = text  # kept as typed, even when it does not parse
        self._after_text_change()
        self.changed.emit()

    # -- settings from the window --------------------------------------------------------------

    def set_tag_completions(self, tags: list[str]) -> None:
        for editor in self.editors.values():
            if isinstance(editor, TagsField):
                editor.set_completions(tags)

    def set_label_choices(self, choices: list[str]) -> None:
        self.set_choices("label", choices)

    def set_choices(self, key: str, choices: list[str]) -> None:
        editor = self.editors.get(key)
        if isinstance(editor, ChoiceField):
            editor.set_choices(choices)

    def set_base_folder(self, folder: Path | None) -> None:
        """The article's folder: relative cover paths are previewed from there."""
        for editor in self.editors.values():
            if isinstance(editor, ImageField):
                editor.set_base_folder(folder)

    def set_timezone(self, name: str = DEFAULT_TIMEZONE) -> None:
        for editor in self.editors.values():
            if isinstance(editor, DateTimeField):
                editor.set_timezone(name)

    def focus_field(self, key: str) -> None:
        """Show and focus a field; a key the form does not show is found in the raw text."""
        editor = self.editors.get(key) or next(
            (e for k, e in self.editors.items() if k.startswith(key + ".")), None
        )
        if editor is not None and self.fields.isEnabled():
            widget = editor.focus_widget()
            self.scroll_area.ensureWidgetVisible(editor, 0, 40)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.raw_toggle.setChecked(True)
        line = self.raw_panel.line_of_key(key.split(".")[0])
        if line is not None:
            self.raw_panel.go_to_line(line)
        else:
            self.raw_panel.editor.setFocus()
        self.scroll_area.ensureWidgetVisible(self.raw_panel.editor, 0, 40)

    # -- looks ---------------------------------------------------------------------------------

    def _show_banner(self, text: str, *, link: bool = False) -> None:
        markup = html.escape(text)
        if link:
            markup += ' <a href="#problem">' + html.escape(self.tr("Show")) + "</a>"
        self.banner.setText(markup)
        self.banner.show()

    def _show_first_problem(self) -> None:
        article = self._article
        if article is None or not article.problems:
            return
        self.raw_toggle.setChecked(True)
        problem = article.problems[0]
        self.raw_panel.go_to_line(problem.line, problem.column)
        self.scroll_area.ensureWidgetVisible(self.raw_panel.editor, 0, 40)

    def _show_raw(self, shown: bool) -> None:
        self.raw_panel.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.raw_toggle.setArrowType(arrow)

    def _update_raw_toggle(self, other_keys: list[str]) -> None:
        if other_keys:
            text = self.tr("Other fields ({0})").format(len(other_keys))
        else:
            text = self.tr("Other fields")
        if text != self.raw_toggle.text():
            self.raw_toggle.setText(text)
