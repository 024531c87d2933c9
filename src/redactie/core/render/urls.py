"""Goldmark's URL escaping for `href` and `src`.

markdown-it percent-encodes with mdurl and turns international domain names into
punycode; Goldmark keeps the host as written and escapes only what its table marks:
everything except ASCII letters, digits, `!#$&'()*+,-./:;=?@_~` and existing `%XX`
sequences, spaces becoming `%20`.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import quote

_KEEP: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&'()*+,-./:;=?@_~"
)
_HEX: Final = frozenset("0123456789abcdefABCDEF")
_ALL_KEPT_RE: Final = re.compile(r"[A-Za-z0-9!#$&'()*+,\-./:;=?@_~]*")


def escape_url(url: str) -> str:
    """The URL as Goldmark writes it into an attribute (before HTML escaping)."""
    if _ALL_KEPT_RE.fullmatch(url):  # most URLs: nothing to escape, no loop in Python
        return url
    out: list[str] = []
    i = 0
    n = len(url)
    while i < n:
        c = url[i]
        if c in _KEEP:
            out.append(c)
        elif c == "%" and i + 2 < n and url[i + 1] in _HEX and url[i + 2] in _HEX:
            out.append(url[i : i + 3])
            i += 3
            continue
        elif c == " ":
            out.append("%20")
        else:
            out.append(quote(c, safe="", errors="replace"))
        i += 1
    return "".join(out)
