"""Which language an article is spell-checked in: its own choice, else its site's, else Dutch.

The choice lives in the article's front matter as `spelllang: en`. Vim's option of that name
(`:set spelllang=`) is the nearest thing to a standard key for "the spelling language of this
text", and Hugo reserves no such key, so the site ignores it (at most `.Params.spelllang`).
Hugo's own page language comes from the file name or content folder and drives URLs and
translations, which a single-language site must not touch; Pandoc's `lang` would change a
Pandoc export's hyphenation and quotes. The front matter, not a table in the app's data folder
keyed by path, because the choice must survive what happens to the file: export into the site
repository, renames, git, a colleague's machine. It is written through `Article.set` (only that
line changes) and removed through `Article.delete` when the article follows its site again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from redactie.core.article.schema import SPELLING_KEY
from redactie.core.spelling.checker import languages_for

if TYPE_CHECKING:
    from redactie.core.article import Article

ARTICLE_KEY: Final = SPELLING_KEY
CHOICES: Final = ("nl", "en")  # what an article can choose: Dutch, English


def normalized(code: object) -> str | None:
    """`nl` or `en` for a language code we have dictionaries for (`en-GB`, `nl_BE`, `EN`),
    None for anything else (empty, another language, not text)."""
    if not isinstance(code, str):
        return None
    prefix = code.strip().replace("-", "_").split("_")[0].lower()
    return prefix if prefix in CHOICES else None


def article_choice(article: Article) -> str | None:
    """The article's own spelling language, None when it follows its site."""
    return normalized(article.get(ARTICLE_KEY, None))


def set_article_choice(article: Article, code: str | None) -> bool:
    """Store `code` (`nl`, `en`) in the article, or remove the key for None; True when the
    front matter changed. Raises the front-matter editor's errors (an unreadable block)."""
    current = article.get(ARTICLE_KEY, None)
    if code is None:
        if current is None:
            return False
        article.delete(ARTICLE_KEY)
        return True
    if code not in CHOICES:
        raise ValueError(f"no dictionaries for {code!r}")
    if current == code:
        return False
    article.set(ARTICLE_KEY, code)
    return True


def spelling_code(article: Article | None, site_code: str | None) -> str:
    """The language that checks `article`: its own, else the site's, else Dutch."""
    own = article_choice(article) if article is not None else None
    return own or normalized(site_code) or "nl"


def dictionaries(code: str) -> tuple[str, ...]:
    """The dictionaries for a spelling language, that language first (see `languages_for`)."""
    return languages_for(code)
