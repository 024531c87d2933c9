"""The headless verbs beyond check/export/new, one small module each (see `redactie.commands`)."""
