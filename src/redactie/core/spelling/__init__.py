"""Spell checking: Hunspell dictionaries, the words of a Markdown line, an article's language.

Layer: spelling → article.
"""

from __future__ import annotations

from redactie.core.spelling.checker import (
    DEFAULT_LANGUAGES,
    SpellChecker,
    SpellingUnavailableError,
    languages_for,
    read_word_list,
)

__all__ = [
    "DEFAULT_LANGUAGES",
    "SpellChecker",
    "SpellingUnavailableError",
    "languages_for",
    "read_word_list",
]
