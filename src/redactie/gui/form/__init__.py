"""The front-matter form, built from a `redactie.core.article.schema.Schema`.

`FrontMatterForm` is what the main window uses; the field editors are public so a dialog (the
Pexels picker, the settings) can reuse the tag editor or the date editor on their own.
"""

from __future__ import annotations

from redactie.gui.form.cover import ImageField
from redactie.gui.form.date_edit import DateTimeField
from redactie.gui.form.fields import BoolField, ChoiceField, FieldEditor, TextField
from redactie.gui.form.form import FrontMatterForm
from redactie.gui.form.raw_panel import RawPanel
from redactie.gui.form.summary_edit import SummaryEdit
from redactie.gui.form.tag_editor import TagEditor, TagsField

__all__ = [
    "BoolField",
    "ChoiceField",
    "DateTimeField",
    "FieldEditor",
    "FrontMatterForm",
    "ImageField",
    "RawPanel",
    "SummaryEdit",
    "TagEditor",
    "TagsField",
    "TextField",
]
