"""How readable the prose is, in Dutch: Flesch–Douma per article and paragraph, long sentences.

Flesch–Douma (Douma 1960, Flesch's formula fitted to Dutch):
`206.84 - 77 × syllables per word - 0.93 × words per sentence`; higher is easier (60-70:
plain newspaper prose, below 30: hard).

Sentences come from pysbd (rule-based, with a Dutch profile), measured on the Dutch articles
of `../shared/corpus` and the hard cases in `tests/core/test_readability.py`. As shipped it
split after `dhr.`, `mln.`, `nr.` and `blz.` and at a closing Dutch quote (`„Echt?” Ja.`), and
after an abbreviation it does not know even when a lowercase word follows (`Inc. en`); syntok
keeps quotes and lowercase continuations right but knows no Dutch abbreviations at all. So
pysbd's Dutch abbreviation lists get the newsroom's own (`DUTCH_*` below), and two repairs
follow its split: a closing quote at a segment's start goes back to the sentence it closes,
and a segment that starts in lowercase or with punctuation (`.NET`, `—vast`) continues the
one before. On the 6,555 prose blocks of the corpus's 358 Dutch articles the result and syntok
count sentences differently in 162; read, nearly all are syntok missing a Dutch boundary
("Info.nl is vol. Diegenen…"); ours keeps a quotation of several sentences as one. Time per
article: median 98 ms, p95 617 ms (benchmarks/readability_corpus.py), so the window runs it
off the GUI thread. Syllables: Pyphen's Dutch (LibreOffice)
hyphenation splits a word where its syllables meet (`ver-ant-woor-de-lijk` is 5), but by
typographic rule never before a last or after a first single letter nor inside a hiatus
(`over`, `idee`, `ra-dio`, `eco-no-mie`); so each piece between hyphenation points counts its
vowel groups (Dutch digraphs as one sound, a trema as a new one), at least one. Measured on the
248,354 words of the corpus's Dutch articles: 14,362 (5.8 %) get another count than the
hyphenation points alone; the most frequent were read, and are now counted right (over,
overheid, via, open, element, even, media, idee, ideeën, niveau, één stay one, mooie two);
English words in Dutch text (team, are) were wrong either way.

The text is the prose a reader sees: paragraphs, list items, quotes and table cells from
markdown-it's tokens; code, raw HTML, headings, image and shortcode markup are left out.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

LONG_SENTENCE_WORDS = 25
# One sound each: Dutch vowel digraphs and trigraphs (and a few of English loans), then single
# vowels; a trema (ë, ï) always starts a syllable of its own; y is a vowel unless one follows.
_VOWEL_GROUPS = re.compile(
    r"aai|ooi|oei|eeu|ieu|eau|aa|ee|oo|uu|ie|ei|ij|ui|ou|au|eu|oe|ai|ay|ey|oy|éé"
    r"|y(?![aeiouy])|[aeiouáéíóúàèìòùâêîôû]|[äëïöü]",
    re.IGNORECASE,
)
SYLLABLE_CACHE_BYTES = 16 * 1024 * 1024
"""Pyphen keeps every word it hyphenated (about 900 bytes each, measured); typing makes a new
word with every key, so its cache is dropped past this many bytes (issue 18: bounded caches)."""
_SYLLABLE_ENTRY_BYTES = 900
# Abbreviations pysbd's Dutch profile lacks, seen in Dutch news copy.
DUTCH_PREPOSITIVE = ("dhr", "mevr", "mr", "dr", "prof", "ir", "drs", "ing", "st", "mgr", "ds")
DUTCH_BEFORE_NUMBER = ("nr", "no", "blz", "art", "p", "pag", "hfdst", "tel")
DUTCH_OTHER = (
    "mln", "mld", "mrd", "ca", "resp", "zgn", "incl", "excl", "evt", "enz", "etc", "vs", "jl",
    "a.s", "o.a", "bijv", "m.b.t", "t.a.v", "i.p.v", "d.w.z", "t.o.v", "m.a.w", "z.g.a.n", "inc",
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+(?:[.,]\d+)*")
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
_GOES_ON = ".,;:!?—–-…"  # a segment starting with these continues the sentence (".NET")
_CLOSERS = "”’»)]"  # always close; a straight quote closes only an open one


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # 1-based, in the body
    words: int


@dataclass(frozen=True)
class Paragraph:
    line: int  # 1-based, in the body
    words: int
    sentences: int
    syllables: int

    @property
    def score(self) -> float:
        return flesch_douma(self.words, self.sentences, self.syllables)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int
    paragraphs: tuple[Paragraph, ...]
    long_sentences: tuple[Sentence, ...]

    @property
    def score(self) -> float:
        return flesch_douma(self.words, self.sentences, self.syllables)


# Flesch's bands, as Dutch guides use them for Flesch–Douma: (lowest score, grade).
GRADES = (
    (90, "very-easy"),
    (80, "easy"),
    (70, "fairly-easy"),
    (60, "standard"),
    (50, "fairly-hard"),
    (30, "hard"),
)


def grade(score: float) -> str:
    """How a score reads: "very-easy" ... "standard" ... "hard", "very-hard"."""
    return next((name for lowest, name in GRADES if score >= lowest), "very-hard")


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    """The Flesch–Douma score; 0 words score 0 (nothing to read is not "easy")."""
    if words == 0 or sentences == 0:
        return 0.0
    return 206.84 - 77 * (syllables / words) - 0.93 * (words / sentences)


class StoppedError(Exception):
    """`readability` was told to stop (`stop` answered True): its answer is not wanted."""


def readability(
    body: str, long_words: int = LONG_SENTENCE_WORDS, stop: Callable[[], bool] | None = None
) -> Readability:
    """The article's score, each paragraph's, and the sentences over `long_words` words.

    `stop` is asked before each paragraph (a 5 MB text takes seconds, minutes on a loaded
    machine): True raises `StoppedError`, so a newer request or a closed window frees the thread."""
    paragraphs: list[Paragraph] = []
    long: list[Sentence] = []
    for line, text in _prose(body):
        if stop is not None and stop():
            raise StoppedError
        sentences = split_sentences(text)
        counts = [len(_WORD.findall(s)) for s in sentences]
        words = sum(counts)
        if words == 0:
            continue
        syllables = sum(syllable_count(w) for w in _WORD.findall(text))
        paragraphs.append(Paragraph(line, words, len(sentences), syllables))
        long.extend(_long_ones(text, line, sentences, counts, long_words))
    return Readability(
        words=sum(p.words for p in paragraphs),
        sentences=sum(p.sentences for p in paragraphs),
        syllables=sum(p.syllables for p in paragraphs),
        paragraphs=tuple(paragraphs),
        long_sentences=tuple(long),
    )


def long_sentences(body: str, long_words: int = LONG_SENTENCE_WORDS) -> tuple[Sentence, ...]:
    """`readability(body, long_words).long_sentences`, found without segmenting the blocks
    that cannot hold one: a block of at most `long_words` words has no longer sentence (a
    sentence's words are some of its block's; pysbd cuts only after punctuation, never inside
    a word). Most blocks are that short, and pysbd's ~10 ms a block is what `redactie check`
    spends most on (benchmarks/check_site.py)."""
    long: list[Sentence] = []
    for line, text in _prose(body):
        if len(_WORD.findall(text)) <= long_words:
            continue
        sentences = split_sentences(text)
        counts = [len(_WORD.findall(s)) for s in sentences]
        long.extend(_long_ones(text, line, sentences, counts, long_words))
    return tuple(long)


def _long_ones(
    text: str, line: int, sentences: list[str], counts: list[int], long_words: int
) -> Iterator[Sentence]:
    """The sentences of one block (starting on body line `line`) over `long_words` words."""
    offset = 0
    for sentence, count in zip(sentences, counts, strict=True):
        if count > long_words:
            at = text.find(sentence.strip()[:20], offset)
            yield Sentence(sentence.strip(), line + text.count("\n", 0, at), count)
        offset += len(sentence)


def split_sentences(text: str) -> list[str]:
    """pysbd's Dutch sentences, with the two repairs in the module docstring."""
    merged: list[str] = []
    for part in _segmenter().segment(text.replace("\n", " ")):
        stripped = part.lstrip()
        closers = _CLOSERS
        if merged and merged[-1].count('"') % 2:
            closers += '"'
        lead = len(stripped) - len(stripped.lstrip(closers))
        if merged and lead:
            merged[-1] += stripped[:lead]
            part = stripped[lead:]
        starts = part.strip()[:1]
        cut_word = bool(merged) and re.search(r"\s[.!?]$", merged[-1].rstrip()) is not None
        if merged and starts and (starts.islower() or starts in _GOES_ON or cut_word):
            merged[-1] += part
        elif part.strip():
            merged.append(part)
    return merged


def syllable_count(word: str) -> int:
    """Syllables of a word (a number counts as one)."""
    if not word[0].isalpha():
        return 1
    hyphenator = _hyphenator()
    kept = hyphenator.hd.cache
    if len(kept) * _SYLLABLE_ENTRY_BYTES > SYLLABLE_CACHE_BYTES:
        kept.clear()
    count = 0
    for part in word.split("-"):
        if part:
            cuts = [0, *hyphenator.positions(part), len(part)]
            pieces = (part[start:end] for start, end in itertools.pairwise(cuts))
            count += sum(max(1, len(_VOWEL_GROUPS.findall(piece))) for piece in pieces)
    return count


def syllable_cache_bytes() -> int:
    """The estimated size of the words Pyphen keeps, at most about `SYLLABLE_CACHE_BYTES`."""
    return len(_hyphenator().hd.cache) * _SYLLABLE_ENTRY_BYTES


@functools.cache
def _segmenter() -> Any:
    import pysbd  # type: ignore[import-untyped]
    from pysbd.lang.dutch import Dutch  # type: ignore[import-untyped]

    abbreviation = Dutch.Abbreviation
    abbreviation.PREPOSITIVE_ABBREVIATIONS = [
        *abbreviation.PREPOSITIVE_ABBREVIATIONS,
        *DUTCH_PREPOSITIVE,
    ]
    abbreviation.NUMBER_ABBREVIATIONS = [
        *abbreviation.NUMBER_ABBREVIATIONS,
        *DUTCH_BEFORE_NUMBER,
    ]
    abbreviation.ABBREVIATIONS = [
        *abbreviation.ABBREVIATIONS,
        *DUTCH_PREPOSITIVE,
        *DUTCH_BEFORE_NUMBER,
        *DUTCH_OTHER,
    ]
    from pysbd.utils import TextSpan  # type: ignore[import-untyped]

    class Segmenter(pysbd.Segmenter):  # type: ignore[misc]
        def sentences_with_char_spans(self, sentences: list[str]) -> list[Any]:
            r"""pysbd's own, without a regex per sentence: it finds each sentence in the text
            with `re.finditer(re.escape(sentence) + r"\s*")`, and compiling that pattern
            cost more than the rest of the segmenting (cProfile). `str.find` and `isspace`
            (what `\s` matches) find the same non-overlapping places."""
            if not all(sentences):
                return list(super().sentences_with_char_spans(sentences))
            text, spans, prior = self.original_text, [], 0
            for sentence in sentences:
                at = text.find(sentence)
                while at >= 0:
                    end = at + len(sentence)
                    while end < len(text) and text[end].isspace():
                        end += 1
                    if end > prior:
                        spans.append(TextSpan(text[at:end], at, end))
                        prior = end
                        break
                    at = text.find(sentence, end)
            return spans

    segmenter = Segmenter(language="nl", clean=False)
    for name, module in list(sys.modules.items()):
        if name.startswith("pysbd") and getattr(module, "re", None) is re:
            module.re = _COMPILED_ONCE  # type: ignore[attr-defined]
    return segmenter


class _CompiledOnce:
    """`re` for pysbd, with each pattern compiled once. pysbd builds a pattern per
    abbreviation and text (`re.findall(r"...{abbr}", text)`): with the Dutch list's 1,656
    abbreviations they overflow `re`'s cache of 512, so every call compiled again, 60 % of
    its time (cProfile of `redactie check`). The same patterns and calls: the same sentences."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    def sub(self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> Any:
        return _compiled(pattern, flags).sub(repl, string, count)

    def subn(self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> Any:
        return _compiled(pattern, flags).subn(repl, string, count)

    def findall(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return _compiled(pattern, flags).findall(string)

    def finditer(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return _compiled(pattern, flags).finditer(string)

    def search(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return _compiled(pattern, flags).search(string)

    def match(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return _compiled(pattern, flags).match(string)

    def fullmatch(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return _compiled(pattern, flags).fullmatch(string)

    def split(self, pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> Any:
        return _compiled(pattern, flags).split(string, maxsplit)


_COMPILED_ONCE = _CompiledOnce()


@functools.lru_cache(maxsize=8192)
def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _compiled(pattern: Any, flags: int) -> re.Pattern[str]:
    if isinstance(pattern, re.Pattern):
        return pattern  # as `re` does (flags with a compiled pattern are an error there too)
    return _compile(pattern, flags)


@functools.cache
def _hyphenator() -> Any:
    import pyphen  # type: ignore[import-untyped]

    return pyphen.Pyphen(lang="nl_NL")


def _prose(body: str) -> Iterator[tuple[int, str]]:
    """(1-based body line, text) of each block of prose a reader sees."""
    tokens = _parser().parse(_SHORTCODE.sub(" ", body))
    heading = False
    for token in tokens:
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline" and not heading and token.map is not None:
            text = "".join(_visible(child) for child in token.children or [])
            if text.strip():
                yield token.map[0] + 1, text


def _visible(token: Token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content if token.type == "text" else "code"
    if token.type in ("softbreak", "hardbreak"):
        return "\n"
    return ""


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table")
