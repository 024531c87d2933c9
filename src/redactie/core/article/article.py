"""An article file: bytes in, (front matter, body) to edit, the same bytes out.

`Article.from_bytes(b).to_bytes() == b` for every readable file: the BOM, line ends (LF, CRLF or
mixed), the fences and a missing final newline are kept as they are, and the front matter is
only ever changed by its lossless editor, one value's text at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from redactie.core import storage
from redactie.core.article.dates import DEFAULT_TIMEZONE, as_datetime
from redactie.core.article.frontmatter import (
    Format,
    FrontMatterEditor,
    InvalidFrontMatterError,
    KeyPath,
    Problem,
    make_editor,
)
from redactie.core.article.frontmatter.split import Parts, split
from redactie.core.errors import RedactieError

MAX_ARTICLE_SIZE = 20 * 1024 * 1024
BOM = "\ufeff"
_MISSING: Any = object()


class ArticleError(RedactieError):
    """The file is not an article that can be opened; nothing was changed.

    The error does not know the file's name; whoever shows it passes `path`."""


class BinaryFileError(ArticleError):
    """The file holds NUL bytes: an image, a document or other binary data, not Markdown."""

    codes = ("article.binary",)

    def __init__(self, offset: int) -> None:
        super().__init__("article.binary", offset=offset)
        self.offset = offset


class EncodingError(ArticleError):
    """The file is not valid UTF-8; `offset` is the first bad byte."""

    codes = ("article.not-utf8",)

    def __init__(self, offset: int, byte: int) -> None:
        super().__init__("article.not-utf8", offset=offset, byte=byte)
        self.offset = offset
        self.byte = byte


class ArticleTooLargeError(ArticleError):
    """Over 20 MB: no article is that long, so it is refused before reading it."""

    codes = ("article.too-large",)

    def __init__(self, size: int) -> None:
        super().__init__("article.too-large", size=size, limit=MAX_ARTICLE_SIZE)
        self.size = size


def read_article_bytes(path: Path | str) -> bytes:
    """An article file's bytes, read once: parse *these* and hash *these*, never a second read.

    Refused with `ArticleTooLargeError` before reading a file `stat` says is over the limit,
    and the read itself stops one byte past the limit, so a file that grew in between (or a
    device that never ends) is refused without being read whole either.
    """
    path = Path(path)
    size = storage.file_size(path)
    if size > MAX_ARTICLE_SIZE:
        raise ArticleTooLargeError(size)
    data = storage.read_bytes(path, limit=MAX_ARTICLE_SIZE)
    if len(data) > MAX_ARTICLE_SIZE:
        raise ArticleTooLargeError(len(data))
    return data


@dataclass
class _Fences:
    opening: str
    closing: str


class Article:
    """One article: its front matter (edited losslessly) and its Markdown body."""

    def __init__(
        self,
        parts: Parts,
        *,
        bom: bool = False,
        default_tz: str = DEFAULT_TIMEZONE,
        read_only: bool = False,
    ):
        self._bom = bom
        self._default_tz = default_tz
        self._read_only = read_only
        self._fences = _Fences(parts.opening, parts.closing)
        self._split_problems = list(parts.problems)
        self._newline = _newline_of(parts.opening + parts.front_matter + parts.body)
        self._editor: FrontMatterEditor | None = None
        if parts.format is not None:
            self._editor = make_editor(
                parts.format,
                parts.front_matter,
                line_offset=parts.front_matter_line,
                newline=self._newline,
                default_tz=default_tz,
                read_only=read_only,
            )
        self.body: str = parts.body

    # -- reading and writing -------------------------------------------------------------------

    @classmethod
    def from_bytes(
        cls, data: bytes, *, default_tz: str = DEFAULT_TIMEZONE, read_only: bool = False
    ) -> Article:
        """Parse an article; raises `ArticleError` for binary, non-UTF-8 or huge input.

        `read_only`: to check it, never to edit it (`redactie check`): the same values and
        problems, read faster (no editing state; TOML by tomllib), and `set` refused."""
        if len(data) > MAX_ARTICLE_SIZE:
            raise ArticleTooLargeError(len(data))
        nul = data.find(b"\0")
        if nul >= 0:
            raise BinaryFileError(nul)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EncodingError(exc.start, data[exc.start]) from exc
        bom = text.startswith(BOM)
        parts = split(text[1:] if bom else text)
        return cls(parts, bom=bom, default_tz=default_tz, read_only=read_only)

    @classmethod
    def from_path(
        cls, path: Path | str, *, default_tz: str = DEFAULT_TIMEZONE, read_only: bool = False
    ) -> Article:
        """Read once (see `read_article_bytes`) and parse; for callers that need no hash."""
        data = read_article_bytes(path)
        return cls.from_bytes(data, default_tz=default_tz, read_only=read_only)

    @classmethod
    def new(cls, *, newline: str = "\n", default_tz: str = DEFAULT_TIMEZONE) -> Article:
        """An empty article with an empty YAML front matter block."""
        fence = "---" + newline
        return cls(Parts("yaml", fence, "", fence, "", []), default_tz=default_tz)

    def head(self) -> str:
        """Everything before the body (a BOM, the front matter and its fences): short, so a
        caller can take it with the body string and join them later, on another thread."""
        front = ""
        if self._editor is not None:
            front = self._fences.opening + self._editor.text + self._fences.closing
        return (BOM if self._bom else "") + front

    def to_text(self) -> str:
        return self.head() + self.body

    def to_bytes(self) -> bytes:
        return self.to_text().encode("utf-8")

    def save(self, path: Path | str) -> None:
        """Write atomically; on failure a `storage.SaveError` and the old file untouched."""
        storage.write_atomic(Path(path), self.to_bytes())

    # -- front matter --------------------------------------------------------------------------

    @property
    def format(self) -> Format | None:
        return self._editor.format if self._editor is not None else None

    @property
    def newline(self) -> str:
        """The line end new lines are written with: the file's own (first one found)."""
        return self._newline

    @property
    def problems(self) -> list[Problem]:
        editor = self._editor.problems if self._editor is not None else []
        return self._split_problems + editor

    @property
    def front_matter_readable(self) -> bool:
        """False when the front matter text cannot be read (its data is empty because of
        problems): the form then shows no values and the checks look at no field."""
        return not (self.problems and not self.data)

    @property
    def data(self) -> dict[str, Any]:
        """All front matter values; empty when there is none or it does not parse."""
        if self._editor is None or self._editor.data is None:
            return {}
        return self._editor.data

    @property
    def front_matter_text(self) -> str:
        """The raw front matter between the fences, exactly as in the file."""
        return self._editor.text if self._editor is not None else ""

    @front_matter_text.setter
    def front_matter_text(self, text: str) -> None:
        """Replace the raw text (the "other fields" panel); invalid text is kept as typed."""
        if self._read_only:
            raise TypeError("article read only, to check it: open it again to edit")
        fmt: Format = self._editor.format if self._editor is not None else "yaml"
        if self._editor is None:
            self._fences = _Fences("---" + self._newline, "---" + self._newline)
            self._split_problems = []
        self._editor = make_editor(
            fmt,
            text,
            line_offset=1 if self._fences.opening else 0,
            newline=self._newline,
            default_tz=self._default_tz,
        )

    def get(self, path: KeyPath, default: Any = _MISSING) -> Any:
        """The value at a dotted path such as `cover.caption`; KeyError if absent."""
        try:
            if self._editor is None:
                raise KeyError(path)
            return self._editor.get(path)
        except KeyError:
            if default is _MISSING:
                raise
            return default

    def get_date(self, path: KeyPath = "date") -> date | datetime | None:
        """A date whether the file writes it typed (YAML, TOML) or as a string (JSON)."""
        return as_datetime(self.get(path, None))

    def set(self, path: KeyPath, value: Any) -> None:
        """Change one value, rewriting only its text; adds front matter when there is none."""
        if self._editor is None:
            if self._split_problems:
                raise InvalidFrontMatterError("front-matter.not-closed")
            self.front_matter_text = ""
        assert self._editor is not None
        self._editor.set(path, value)

    def delete(self, path: KeyPath) -> None:
        """Remove a key and only its lines; KeyError when absent."""
        if self._editor is None:
            raise KeyError(path)
        self._editor.delete(path)


def _newline_of(text: str) -> str:
    index = text.find("\n")
    if index > 0 and text[index - 1] == "\r":
        return "\r\n"
    return "\n"
