"""An article: its file (lossless bytes ↔ front matter and body), dates, schema and text statistics.

The lowest core layer: it imports nothing else of redactie's core.
"""

from __future__ import annotations

from redactie.core.article.article import (
    BOM,
    MAX_ARTICLE_SIZE,
    Article,
    ArticleError,
    ArticleTooLargeError,
    BinaryFileError,
    EncodingError,
    read_article_bytes,
)

__all__ = [
    "BOM",
    "MAX_ARTICLE_SIZE",
    "Article",
    "ArticleError",
    "ArticleTooLargeError",
    "BinaryFileError",
    "EncodingError",
    "read_article_bytes",
]
