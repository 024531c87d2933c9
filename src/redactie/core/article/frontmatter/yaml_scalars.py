"""Writing one YAML scalar as text, in a given quoting style when that style can hold it.

The editor keeps a value's quoting style when it can ("keep what the author wrote"); otherwise
it picks the smallest safe style. A value is safe in a style when reading the text back gives the
same value, also for strings that look like booleans, numbers, dates or comments, and also for
YAML 1.2 readers (Hugo) that differ from PyYAML's YAML 1.1 in what a plain scalar means.
"""

from __future__ import annotations

import io
import json
import math
import re
from datetime import date, datetime

import yaml
from yaml.emitter import Emitter
from yaml.resolver import Resolver

from redactie.core.article.dates import RFC3339, DateForm, format_date, parse_date_text

PLAIN, SINGLE, DOUBLE, LITERAL, FOLDED = "", "'", '"', "|", ">"

_EMITTER = Emitter(io.StringIO(), allow_unicode=True)
_RESOLVER = Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
# Plain scalars that YAML 1.2 (Hugo) reads as something else even where YAML 1.1 does not.
_YAML12_NON_STR = re.compile(
    r"^(?:[-+]?(?:0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+)"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$"
)
_BOOL_WORDS = {
    "true": ("true", "false"),
    "false": ("true", "false"),
    "yes": ("yes", "no"),
    "no": ("yes", "no"),
    "on": ("on", "off"),
    "off": ("on", "off"),
    "y": ("y", "n"),
    "n": ("y", "n"),
}
# What PyYAML's reader refuses, plus the characters YAML reads as line breaks.
_NON_PRINTABLE = re.compile(
    "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_DOUBLE_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\0": "\\0",
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\ufeff",
}


def plain_ok(text: str, *, flow: bool) -> bool:
    """True when `text` written plain reads back as exactly this string."""
    if not text or text != text.strip() or "\n" in text or "\r" in text:
        return False
    analysis = _EMITTER.analyze_scalar(text)
    if analysis.multiline or not (
        analysis.allow_flow_plain if flow else analysis.allow_block_plain
    ):
        return False
    if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != _STR_TAG:  # type: ignore[no-untyped-call]
        return False
    return not _YAML12_NON_STR.match(text)


def single_ok(text: str) -> bool:
    """Single quotes hold any one-line printable text (a quote is doubled)."""
    if "\n" in text or "\r" in text:
        return False
    return all(_printable(ch) for ch in text)


def _printable(ch: str) -> bool:
    """Characters a YAML reader accepts inside quotes on one line."""
    return ch == "\t" or not _NON_PRINTABLE.match(ch)


def quote_single(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quote_double(text: str) -> str:
    out = []
    for ch in text:
        if ch in _DOUBLE_ESCAPES:
            out.append(_DOUBLE_ESCAPES[ch])
        elif _NON_PRINTABLE.match(ch):
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def block_ok(text: str) -> bool:
    """A literal/folded block can hold this value without indentation or keep indicators."""
    body = text.rstrip("\n")
    if not body or text.endswith("\n\n") or body[0] in " \t\n" or "\r" in text:
        return False
    return all(ch == "\n" or _printable(ch) for ch in body) and not any(
        line != line.rstrip(" \t") and not line.strip() for line in body.split("\n")
    )


def render_block(text: str, style: str, indent: str, newline: str) -> str:
    """`|-`/`|`/`>-`/`>` header plus lines indented by `indent` (no final line end)."""
    chomp = "" if text.endswith("\n") else "-"
    body = text[:-1] if text.endswith("\n") else text
    if style == FOLDED and "\n" in body:
        style = LITERAL  # folding would join the lines; a literal keeps them
    lines = [indent + line if line else "" for line in body.split("\n")]
    return style + chomp + newline + newline.join(lines)


def choose_string_style(text: str, preferred: str, *, flow: bool, block_allowed: bool) -> str:
    """The author's style if it holds `text`, else the smallest safe one."""
    if preferred in (LITERAL, FOLDED) and block_allowed and block_ok(text):
        return preferred
    if preferred == PLAIN and plain_ok(text, flow=flow):
        return PLAIN
    if preferred == SINGLE and single_ok(text):
        return SINGLE
    if preferred == DOUBLE:
        return DOUBLE
    if plain_ok(text, flow=flow):
        return PLAIN
    if single_ok(text) and "'" not in text:
        return SINGLE
    return DOUBLE


def render_string(text: str, style: str) -> str:
    if style == PLAIN:
        return text
    if style == SINGLE:
        return quote_single(text)
    return quote_double(text)


def render_bool(value: bool, old_text: str | None) -> str:
    """Keep the author's spelling family (true/yes/on) and capitalisation."""
    old = (old_text or "").strip()
    words = _BOOL_WORDS.get(old.lower(), ("true", "false"))
    word = words[0] if value else words[1]
    if old.isupper() and len(old) > 1:
        return word.upper()
    if old[:1].isupper():
        return word.capitalize()
    return word


def render_number(value: int | float) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
    return repr(value)


def render_date(value: date | datetime, old_text: str | None, default_tz: str) -> str:
    """Keep the old text's form (precision, `Z` or offset, date-only); RFC 3339 for new ones."""
    parsed = parse_date_text(old_text or "")
    if parsed is not None:
        form = parsed[1]
    elif isinstance(value, datetime):
        form = RFC3339
    else:
        form = DateForm(date_only=True, tz="")
    return format_date(value, form, default_tz=default_tz)


def render_json(value: object, old_text: str | None, default_tz: str) -> str:
    """JSON front matter: dates are strings there, written in the old string's form."""
    if isinstance(value, date):
        inner = None
        if old_text and old_text.startswith('"'):
            inner = json.loads(old_text)
        return json.dumps(render_date(value, inner, default_tz), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)
