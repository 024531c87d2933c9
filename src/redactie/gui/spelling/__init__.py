"""Spell checking in the GUI: a checker loaded off the GUI thread, and the form's text fields.

Wiring, in the window: `WindowSpelling(context, editor, form)` (session.py) picks the
dictionaries (the article's `spelllang`, else the site's language, else Dutch), loads them with
`SpellCheckerLoader` and applies them to the editor (`EditorSpelling`) and the form
(`FormSpelling`); `language_menu.install` adds Article → Spelling Language and the status bar
button. See `redactie.gui.editor.spell_menu` for the editor side.
"""

from redactie.gui.spelling.form import FormSpelling, attach_spelling
from redactie.gui.spelling.loader import SpellCheckerLoader

__all__ = ["FormSpelling", "SpellCheckerLoader", "attach_spelling"]
