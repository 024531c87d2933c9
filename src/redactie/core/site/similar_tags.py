"""When a new tag is almost an existing one: capitals, accents, hyphen or space, plural.

Tags drift (`AI`/`ai`, `coordinatie`/`coördinatie`, `kunstmatige intelligentie` /
`kunstmatige-intelligentie`, `verkiezing`/`verkiezingen`); the form warns before a near-copy is
added. Plurals follow the common Dutch and English endings (`-en`, `-s`, `'s`, `-es`, `-ies`,
with `katten`/`kat`, `brieven`/`brief`, `jaren`/`jaar`); a warning is a question, not a refusal,
so a rare false match costs a click.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, get_args

Reason = Literal["case", "diacritics", "separator", "plural"]

_SEPARATORS = re.compile(r"[\s\-_./]+")
_APOSTROPHES = re.compile(r"['’‘`]")
REASONS: tuple[Reason, ...] = get_args(Reason)


@dataclass(frozen=True)
class NearDuplicate:
    """A new tag that is almost an existing one, and in what way.

    `code` and `params` are what the window's catalogue words (`tags.similar-<reason>`)."""

    value: str
    existing: str
    count: int
    reason: Reason

    @property
    def code(self) -> str:
        return f"tags.similar-{self.reason}"

    @property
    def params(self) -> dict[str, object]:
        return {"value": self.value, "existing": self.existing, "count": self.count}


def strip_diacritics(text: str) -> str:
    text = text.replace("ĳ", "ij").replace("Ĳ", "IJ")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tag_key(tag: str) -> str:
    """A tag with case, accents and separators folded: `Één-Twee` -> `een twee`."""
    folded = _APOSTROPHES.sub("", strip_diacritics(tag.casefold()))
    return _SEPARATORS.sub(" ", folded).strip()


def _stems(word: str) -> set[str]:
    """The word and its likely singulars (Dutch and English plurals), at least 3 letters."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("en"):
        base = word[:-2]
        forms.update((base, word[:-1]))  # boeken -> boek, gemeenten -> gemeente
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
            forms.add(base[:-1])  # katten -> kat
        if base.endswith("v"):
            forms.add(base[:-1] + "f")  # brieven -> brief
        if base.endswith("z"):
            forms.add(base[:-1] + "s")  # huizen -> huis
        if (
            len(base) > 2
            and base[-1] not in "aeiou"
            and base[-2] in "aeou"
            and base[-3] not in "aeiou"
        ):
            forms.add(base[:-2] + base[-2] * 2 + base[-1])  # jaren -> jaar, bomen -> boom
    return {f for f in forms if len(f) >= 3}


class SimilarIndex:
    """The folded forms of a set of tags, so a lookup finds its near-duplicates at once.

    Comparing a tag with each of a site's thousands of tags took 80 % of `redactie check` on a
    site (`benchmarks/check_site.py`); built once per scan, a lookup only compares the few tags
    that share a folded form. It finds exactly what the comparison with every tag finds."""

    def __init__(self, tags: Iterable[str]) -> None:
        self._forms: dict[str, list[str]] = {}
        for tag in tags:
            for form in _forms(tag):
                self._forms.setdefault(form, []).append(tag)

    def candidates(self, value: str) -> set[str]:
        """Tags that share a folded form with `value`: a superset of its near-duplicates."""
        found: set[str] = set()
        for form in _forms(value):
            found.update(self._forms.get(form, ()))
        return found


def _forms(tag: str) -> set[str]:
    """Every form `_reason` compares, each marked with the comparison it belongs to."""
    key = tag_key(tag)
    compact = key.replace(" ", "")
    forms = {"c" + tag.casefold(), "d" + strip_diacritics(tag.casefold()), "k" + key}
    forms.add("k" + compact)  # `key == other_key` or `compact == other compact`
    forms.update("s" + stem for stem in _stems(compact))
    return forms


def near_duplicates(
    value: str, existing: Mapping[str, int], index: SimilarIndex | None = None
) -> list[NearDuplicate]:
    """Existing values that `value` nearly duplicates; empty when it exists exactly.

    `index`: a `SimilarIndex` of (at least) the existing values, for a fast lookup."""
    if value in existing or not value.strip():
        return []
    key = tag_key(value)
    compact = key.replace(" ", "")
    stems = _stems(compact)
    if index is None:
        pairs: Iterable[tuple[str, int]] = existing.items()
    else:
        pairs = ((o, existing.get(o, 0)) for o in index.candidates(value))
    found: list[NearDuplicate] = []
    for other, count in pairs:
        if count <= 0:
            continue
        reason = _reason(value, key, compact, stems, other)
        if reason is not None:
            found.append(NearDuplicate(value, other, count, reason))
    found.sort(key=lambda d: (-d.count, d.existing.casefold()))
    return found


def _reason(value: str, key: str, compact: str, stems: set[str], other: str) -> Reason | None:
    if value.casefold() == other.casefold():
        return "case"
    other_key = tag_key(other)
    if strip_diacritics(value.casefold()) == strip_diacritics(other.casefold()):
        return "diacritics"
    if key == other_key or compact == other_key.replace(" ", ""):
        return "separator"
    if stems & _stems(other_key.replace(" ", "")):
        return "plural"
    return None
