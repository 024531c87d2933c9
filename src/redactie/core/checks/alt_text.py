"""Alt texts a screen-reader user can use: in the site's language, describing, and present.

- `alt-language`: an alt text in another language than the site's (Pexels writes English
  alts; a Dutch site reads them to Dutch listeners). The language comes from simplemma's
  detector, restricted to Dutch and English. Chosen by measurement
  (`benchmarks/language_detectors.py`, 1,500 short sentences of each language from the corpus):
  simplemma 96.3 % Dutch / 99.8 % English right at 148 µs, pure Python, and only the two
  dictionaries it needs (0.8 MB) go into the bundle; py3langid scored 97.7 % / 99.8 % but needs
  numpy (tens of MB in the bundle), lingua 96.9 % / 99.8 % at 96 MB, langdetect 95.9 % / 99.9 %
  at 7 ms a call. Most "wrong" Dutch answers were English quotations inside Dutch articles.
  Texts under four words are not judged: too short to tell. On the corpus's Dutch sites the
  detector alone called 13 alts English, nearly all Dutch descriptions with names or an English
  title in them ("Betaalpagina van Ogone Payments", "XKCD 927: Standards. Strip met drie
  panelen"); leaving out capitalised words and judging only alts without one Dutch function
  word (`de`, `van`, `met`, ...) left one: a book cover's English subtitle. Pexels' own alts
  ("Close-up of a smartphone displaying ChatGPT app held over AI textbook") are all found.
- `alt-quality`: an alt that starts with "Foto van"/"Afbeelding van" (a screen reader already
  says "afbeelding"), or runs over 125 characters (screen readers read it in one go; the
  longer story belongs in the caption or the text).
- `body-image-alt`: an image in the body without alt text.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator

from redactie.core.checks.body import without_code
from redactie.core.checks.lines import line_index
from redactie.core.checks.model import CheckContext, Hit

MIN_WORDS = 4
# Words only one of the two languages has: an alt with one of the other language's is a mixed
# text (a Dutch description quoting an English title), not a text in the wrong language.
FUNCTION_WORDS = {
    "nl": frozenset({
        "de", "het", "een", "van", "en", "met", "op", "bij", "voor", "aan", "uit", "die", "dat",
        "naar", "zijn", "wordt", "door", "tussen", "onder", "boven", "achter", "naast", "als",
        "twee", "drie", "vier", "zit", "staat", "ligt", "wat", "waar", "hoe",
    }),
    "en": frozenset({
        "the", "of", "a", "an", "and", "with", "on", "at", "for", "from", "by", "is", "are",
        "this", "that", "two", "three", "four", "near",
    }),
}  # fmt: skip
MAX_ALT = 125
_FILLER = re.compile(
    r"(?i)^\s*(?:een\s+)?(?:foto|afbeelding|plaatje|beeld|image|photo|picture)\s+(?:van|of)\b"
)
_IMAGE_MD = re.compile(r"!\[([^\]\n]*)\]\(\s*<?[^)\s>]+>?(?:\s+[\"'(][^)]*)?\)")
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_ATTR = re.compile(r"\balt\s*=\s*([\"'])(.*?)\1", re.IGNORECASE | re.S)
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)


def language_of(text: str) -> str | None:
    """ "nl" or "en" for a text with at least MIN_WORDS ordinary words, None when too short
    to tell. Capitalised words after the first are names ("Foto van Amy Davis", "Betaalpagina
    van Ogone Payments", "Screenshot FSC Policy Builder") and say nothing about the language:
    on the corpus they made 5 of the Dutch sites' 13 findings wrong, so they are left out."""
    words = re.findall(r"[^\W\d_][^\W\d_'’-]*", text)
    ordinary = words[:1] + [w for w in words[1:] if w[0].islower()]
    if len(ordinary) < MIN_WORDS:
        return None
    scores = dict(_detector()(" ".join(ordinary), lang=("nl", "en")))
    return "nl" if scores.get("nl", 0.0) >= scores.get("en", 0.0) else "en"


_ready = threading.Event()  # simplemma's tables are unpacked (seconds, the first time)


def load_tables() -> None:
    """Unpack the Dutch and English tables. The window calls this from a worker at start and,
    until it is done, its checks skip `alt-language` (`CheckContext.interactive`); the CLI
    simply waits on the first alt."""
    _detector()("een twee drie vier de het of the", lang=("nl", "en"))
    _ready.set()


def tables_ready() -> bool:
    return _ready.is_set()


@functools.cache
def _detector() -> Callable[..., list[tuple[str, float]]]:
    from simplemma import langdetect  # imported on first use: its tables load then

    return langdetect


def _article_language(ctx: CheckContext) -> str | None:
    """The site's language; without a site, the language the article itself is written in."""
    if ctx.site is not None:
        code = (ctx.site.hugo.language_code or "nl").lower()
        return "en" if code.startswith("en") else "nl" if code.startswith("nl") else None
    return language_of(_FENCE.sub(" ", ctx.article.body)[:2000])


def _alts(ctx: CheckContext) -> Iterator[tuple[int | None, str | None, str]]:
    """(line, field, alt) for the cover and every image in the body (code left out)."""
    cover = ctx.text("cover.alt")
    if cover:
        yield ctx.field_line("cover.alt"), "cover.alt", cover
    first = ctx.body_first_line
    for line, alt in body_alts(ctx.article.body):
        yield first + line, None, alt


@functools.lru_cache(maxsize=4)  # three rules ask for the same body's; forget_texts empties it
def body_alts(body: str) -> tuple[tuple[int, str], ...]:
    """(0-based body line, alt) of every image in the body: Markdown, then `<img>`."""
    if "![" not in body and "<" not in body:
        return ()  # no image can be there (most of a site's articles): no blanking of code
    text = without_code(body)  # code spans, fences and comments are not images
    lines = line_index(text)
    found = [(lines.line(m.start()), m.group(1)) for m in _IMAGE_MD.finditer(text)]
    for match in _IMG_TAG.finditer(text):
        alt = _ALT_ATTR.search(match.group(0))
        found.append((lines.line(match.start()), alt.group(2) if alt else ""))
    return tuple(found)


def alt_language(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.interactive and not tables_ready():
        return  # the window's worker is still unpacking the tables; judged once it is done
    wanted = _article_language(ctx)
    if wanted is None:
        return
    for line, field, alt in _alts(ctx):
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+", alt)}
        if words & FUNCTION_WORDS[wanted]:
            continue  # a word only the site's language has: no finding, whatever the detector
        found = language_of(alt) if alt.strip() else None
        if found is not None and found != wanted:
            yield Hit(line, field, {"alt": _short(alt)}, variant=found)


def alt_quality(ctx: CheckContext) -> Iterator[Hit]:
    for line, field, alt in _alts(ctx):
        if _FILLER.match(alt):
            yield Hit(line, field, {"alt": _short(alt)}, variant="filler")
        elif len(alt.strip()) > MAX_ALT:
            yield Hit(line, field, {"length": len(alt.strip()), "max": MAX_ALT}, variant="long")


def body_image_alt(ctx: CheckContext) -> Iterator[Hit]:
    for line, field, alt in _alts(ctx):
        if field is None and not alt.strip():
            yield Hit(line, None)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
