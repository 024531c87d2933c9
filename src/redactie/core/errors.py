"""The one base of every error core raises: a stable code and its values, never a sentence.

Core does not know the user's language. The window and the CLI turn `code` and `params` into a
Dutch or English sentence with one catalogue (`redactie.gui.messages`, Qt Linguist); `str()` is
for logs and bug reports only. Each class lists the codes it may carry in `codes`, so a test
can prove every one of them has a sentence in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Protocol


class RedactieError(Exception):
    """Something core cannot do, as `code` (e.g. "git.branch-exists") plus `params`.

    `detail` is the technical cause (a library's or git's own English output) for logs and the
    "details" part of a message; it is never the sentence the user reads.
    """

    codes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, code: str, /, *, detail: str = "", **params: Any) -> None:
        if code not in type(self).codes:
            raise ValueError(f"{type(self).__name__} does not carry the code {code!r}")
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params
        self.detail = detail

    def __str__(self) -> str:
        values = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        text = f"{self.code}({values})"
        return f"{text}: {self.detail}" if self.detail else text


def all_codes() -> dict[str, type[RedactieError]]:
    """Every code of every `RedactieError` subclass imported so far, with its class."""
    found: dict[str, type[RedactieError]] = {}
    pending: list[type[RedactieError]] = [RedactieError]
    while pending:
        kind = pending.pop()
        for code in kind.__dict__.get("codes", ()):
            found.setdefault(code, kind)
        pending.extend(kind.__subclasses__())
    return found


class Coded(Protocol):
    """Anything the catalogue words: an error, a check's finding, a tag warning."""

    @property
    def code(self) -> str: ...

    @property
    def params(self) -> Mapping[str, Any]: ...
