"""Spell checking with Hunspell dictionaries: the system's where present, the app's own otherwise.

Measured on this project's machine (benchmarks/spell.py has the figures): Enchant's Hunspell
provider (pyenchant) loads nl_NL in about 0.1 s and checks >100,000 words/s; spylls (pure
Python) needs about 3 s to load and checks about 10,000 words/s, so it is only the fallback
where the Enchant library is missing. Results are cached per word: an article repeats its words,
and the highlighter asks again for every changed line. No Qt here; the GUI loads a checker on a
worker thread and uses it on the GUI thread only.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final, Protocol

from redactie.core import settings, storage
from redactie.core.errors import RedactieError
from redactie.core.spelling.tokens import Token, markdown_words, plain_words
from redactie.resources import resources_dir

DEFAULT_LANGUAGES: Final = ("nl_NL", "en_US")
PERSONAL_FILE: Final = "dictionary.txt"
MAX_SUGGESTIONS: Final = 8
_SYSTEM_FOLDERS: Final = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/Library/Spelling"),
    Path.home() / "Library" / "Spelling",
)


class SpellingUnavailableError(RedactieError):
    """No library or no dictionary for a language: spell checking stays off, nothing breaks."""

    codes = ("spelling.no-dictionary", "spelling.no-library")


class _Dictionary(Protocol):
    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


def bundled_folder() -> Path:
    """The dictionaries shipped with the app (OpenTaal nl_NL, SCOWL en_US)."""
    return resources_dir() / "dictionaries"


def personal_path() -> Path:
    """The user's own word list: plain text, one word a line, shared by all articles."""
    return settings.data_dir() / PERSONAL_FILE


def languages_for(code: str | None) -> tuple[str, ...]:
    """Dictionaries for a site's or article's language code (`nl`, `en-GB`, ...): that language
    first, the other one second; Dutch when the code says nothing we know."""
    prefix = (code or "nl").replace("-", "_").split("_")[0].lower()
    if prefix == "en":
        return ("en_US", "nl_NL")
    return DEFAULT_LANGUAGES


def read_word_list(path: Path) -> set[str]:
    """The words of a word list file; a missing or unreadable file is an empty list."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"}


CACHE_BYTES: Final = 8 * 1024 * 1024
"""What the verdicts per word may hold before they are dropped (issue 18: caches bounded by
bytes). A word's entry costs its string and a dict slot, about 100 bytes plus its length."""
_ENTRY_BYTES: Final = 100

_APOSTROPHE_PLURAL = re.compile(r"^([^\W_][\w.]*)'(s|ers|er|tje|tjes|je|jes)$")


class SpellChecker:
    """Words of one or more languages; a word is right when any dictionary accepts it."""

    def __init__(
        self,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        *,
        personal: Path | None = None,
        site_words: Path | None = None,
        skip_caps: bool = True,
    ) -> None:
        self.languages = tuple(languages)
        self.skip_caps = skip_caps
        self.personal = personal or personal_path()
        self._dictionaries = [_load(language) for language in self.languages]
        self._accepted = read_word_list(self.personal)
        if site_words is not None:
            self._accepted |= read_word_list(site_words)
        self._ignored: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._cache_bytes = 0
        self.revision = 0  # goes up whenever a word's verdict may change (Add, Ignore)

    # -- words -----------------------------------------------------------------------------

    def check(self, word: str) -> bool:
        """Whether `word` is spelled right (cached: the same word costs a dict lookup)."""
        known = self._cache.get(word)
        if known is None:
            known = self._check(word)
            self._cache_bytes += _ENTRY_BYTES + len(word)
            if self._cache_bytes > CACHE_BYTES:  # typing makes new words with every key
                self._cache.clear()
                self._cache_bytes = _ENTRY_BYTES + len(word)
            self._cache[word] = known
        return known

    @property
    def cache_bytes(self) -> int:
        """The estimated size of the verdicts kept, at most `CACHE_BYTES`."""
        return self._cache_bytes

    def _check(self, word: str) -> bool:
        if word in self._accepted or word in self._ignored:
            return True
        bare = word.replace("’", "'")
        if any(d.check(word) or (bare != word and d.check(bare)) for d in self._dictionaries):
            return True
        return self._compound(bare)

    def _compound(self, word: str) -> bool:
        """Dutch compounds Hunspell lists no form of: `AI-innovatie`, `agent-technologie`
        (every part right) and plurals of abbreviations, `MKB'ers`, `cd's` (base right)."""
        plural = _APOSTROPHE_PLURAL.match(word)
        if plural is not None:
            return self._part(plural.group(1))
        parts = word.split("-")
        return len(parts) > 1 and all(parts) and all(self._part(p) for p in parts)

    def _part(self, part: str) -> bool:
        if self.skip_caps and part.isupper() and len(part) <= 6:  # NOS, AI, MKB
            return True
        return self.check(part)

    def suggest(self, word: str) -> list[str]:
        """Corrections, the first dictionary's best first; slow (tens of ms), so on request."""
        result: list[str] = []
        for dictionary in self._dictionaries:
            for suggestion in dictionary.suggest(word):
                if suggestion not in result:
                    result.append(suggestion)
        return result[:MAX_SUGGESTIONS]

    def add_word(self, word: str) -> None:
        """Accept `word` from now on, in every article: appended to the personal list."""
        if word in self._accepted:
            return
        self._accepted.add(word)
        self._cache[word] = True
        self.revision += 1
        words = sorted(read_word_list(self.personal) | {word})
        self.personal.parent.mkdir(parents=True, exist_ok=True)
        storage.write_atomic(self.personal, ("\n".join(words) + "\n").encode("utf-8"))

    def ignore(self, word: str) -> None:
        """Accept `word` in this article only (until `clear_ignored`)."""
        self._ignored.add(word)
        self._cache[word] = True
        self.revision += 1

    def clear_ignored(self) -> None:
        """Another article is opened: what was ignored in the last one counts again."""
        self._ignored.clear()
        self._cache.clear()
        self._cache_bytes = 0
        self.revision += 1

    def ignored(self) -> frozenset[str]:
        return frozenset(self._ignored)

    # -- lines -----------------------------------------------------------------------------

    def misspelled_markdown(self, line: str, start: int = 0) -> list[Token]:
        """The misspelled words of one Markdown line (see `markdown_words`)."""
        return self._misspelled(line, markdown_words(line, start, skip_caps=self.skip_caps))

    def misspelled_plain(self, text: str) -> list[Token]:
        """The misspelled words of a form field's text."""
        return self._misspelled(text, plain_words(text, skip_caps=self.skip_caps))

    def _misspelled(self, text: str, tokens: Iterable[Token]) -> list[Token]:
        wrong = []
        for token in tokens:
            if self.check(token.word):
                continue
            # An abbreviation's dot is in Hunspell's word (`bijv.`, `o.a.`), not in the token.
            if text[token.end : token.end + 1] == "." and self.check(token.word + "."):
                continue
            wrong.append(token)
        return wrong


# -- loading -----------------------------------------------------------------------------------


def dictionary_files(language: str, folders: Iterable[Path] | None = None) -> Path | None:
    """The `.dic` of `language` in the system's folders, else the app's own; None if neither."""
    for folder in (*(folders or _SYSTEM_FOLDERS), bundled_folder() / "hunspell"):
        dic = folder / f"{language}.dic"
        if dic.is_file() and dic.with_suffix(".aff").is_file():
            return dic
    return None


def _load(language: str) -> _Dictionary:
    try:
        return _load_enchant(language)
    except ImportError:
        pass
    return _load_spylls(language)


def _load_enchant(language: str) -> _Dictionary:
    """Enchant finds the system's dictionaries itself; for the app's own it is pointed at the
    bundled folder (ENCHANT_CONFIG_DIR/hunspell), which only adds dictionaries."""
    import enchant  # optional: imported where used

    broker = enchant.Broker()
    if not broker.dict_exists(language):
        os.environ.setdefault("ENCHANT_CONFIG_DIR", str(_enchant_config_dir()))
        broker = enchant.Broker()
    try:
        dictionary: _Dictionary = broker.request_dict(language)
    except enchant.errors.Error as error:
        raise SpellingUnavailableError("spelling.no-dictionary", language=language) from error
    return dictionary


def _enchant_config_dir() -> Path:
    """A writable Enchant folder in the app's data folder holding copies of the bundled
    dictionaries: Enchant also writes its own word lists there, never into the install."""
    target = settings.data_dir() / "enchant"
    folder = target / "hunspell"
    folder.mkdir(parents=True, exist_ok=True)
    for source in (bundled_folder() / "hunspell").iterdir():
        copy = folder / source.name
        if not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)
    return target


class _SpyllsDictionary:
    def __init__(self, dic: Path) -> None:
        from spylls.hunspell import Dictionary

        self._dictionary = Dictionary.from_files(str(dic.with_suffix("")))

    def check(self, word: str) -> bool:
        return bool(self._dictionary.lookup(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))


def _load_spylls(language: str) -> _Dictionary:
    dic = dictionary_files(language)
    if dic is None:
        raise SpellingUnavailableError("spelling.no-dictionary", language=language)
    try:
        return _SpyllsDictionary(dic)
    except ImportError as error:
        raise SpellingUnavailableError("spelling.no-library") from error
