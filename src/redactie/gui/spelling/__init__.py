"""Spell checking in the GUI: a checker loaded off the GUI thread, and the form's text fields.

Wiring, in the window: `SpellCheckerLoader.load(languages_for(site.language_code), ...)`;
on `loaded(checker)`: `EditorSpelling(editor).set_checker(checker)` and
`attach_spelling(form, checker)`. See `redactie.gui.editor.spell_menu` for the editor side.
"""

from redactie.gui.spelling.form import FormSpelling, attach_spelling
from redactie.gui.spelling.loader import SpellCheckerLoader

__all__ = ["FormSpelling", "SpellCheckerLoader", "attach_spelling"]
