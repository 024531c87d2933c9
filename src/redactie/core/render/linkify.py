"""Goldmark's linkify extension as a markdown-it inline rule.

Goldmark only tries to link a bare URL at the head of a line, after a space (not a
tab), after `(`, or right after another inline element (emphasis markers, a closing
quote, a code span...), and never after a `[` that is still open. Its patterns are its
own too: `www.`, `http(s)://` and `ftp://` URLs with an ASCII host, and e-mail
addresses; trailing punctuation, then an unbalanced `)` or `&entity;`, is trimmed.

Hugo sets `linkifyProtocol = "https"`, so `www.example.com` links to https.

Hand-written, not mdit-py-plugins' `gfm_autolink` (GitHub's rules, from cmark-gfm): with
an https rule for `www.` added, that plugin still renders 25 of 52 plausible bare links
unlike Hugo 0.168 (`mailto:` and `localhost` linked, a URL not cut at `ü`, `ftp:` and
`"https://…"` and `_www…_` not linked, quotes and `]` trimmed), and one of the 25 corpus
articles with bare links (after a raw `<a>`). Measured by `benchmarks/libraries.py`.

Speed: a space or `(` stops markdown-it's text scan only where a link could start after it
(`_text`), not at every word, and the rule looks at a position only if a link could start
there. With every space a stop, linkify took 40% of a whole render of a 5 MB article; now 4%.
"""

from __future__ import annotations

import re
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline, html_inline

WWW_PROTOCOL: Final = "https://"

_URL_TAIL = r"""(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}\[\]`]*)?"""
_WWW_TAIL = r"""(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}\[\]`]*)?"""
_URL_RE: Final = re.compile(
    r"(?:http|https|ftp)://[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?" + _URL_TAIL
)
_WWW_RE: Final = re.compile(r"www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+" + _WWW_TAIL)
_EMAIL_LOCAL: Final = frozenset(
    "!#$%&'*+-/=?^_`{|}~.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
_EMAIL_DOMAIN_RE: Final = re.compile(
    r"[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
)
_TRAILING: Final = frozenset("?!.,:*_~")
_LEAD_CHARS: Final = " ("
_PUNCT: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# What every link `match` accepts starts with (a cheap test before the real one).
_CANDIDATE: Final = r"(?:https?:|ftp:|www\.|[a-zA-Z0-9][-!#$%&'*+/=?^_`{|}~.a-zA-Z0-9]*@)"
_CANDIDATE_RE: Final = re.compile(_CANDIDATE)


def linkify_plugin(md: MarkdownIt) -> None:
    """Register the rule first, so it sees every place a text run could start."""
    md.inline.ruler.before("text", "goldmark_linkify", _rule)
    md.inline.ruler.at("text", _text)
    md.inline.ruler.at("html_inline", _html_inline_keeping_link_level)


_LAST_STOPS: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


def _stops(terminators: re.Pattern[str]) -> re.Pattern[str]:
    """markdown-it's terminator characters, and a space or `(` before a possible link.

    Remembered by identity: hashing a compiled pattern (for a dict or `functools.cache`)
    hashes its whole program, on every text run."""
    if _LAST_STOPS and _LAST_STOPS[0][0] is terminators:
        return _LAST_STOPS[0][1]
    stops = re.compile(f"{terminators.pattern}|[{_LEAD_CHARS}](?={_CANDIDATE})")
    _LAST_STOPS[:] = [(terminators, stops)]
    return stops


def _text(state: StateInline, silent: bool) -> bool:
    """markdown-it's text rule, stopping also where `_rule` may find a link after a lead."""
    stop = _stops(state.md.inline.terminator_re).search(state.src, state.pos)
    pos = min(stop.start(), state.posMax) if stop else state.posMax
    if pos == state.pos:
        return False
    if not silent:
        state.append_pending(state.src[state.pos : pos])
    state.pos = pos
    return True


def _html_inline_keeping_link_level(state: StateInline, silent: bool) -> bool:
    """markdown-it's raw HTML rule, minus its ban on linkifying inside a raw `<a>`."""
    level = state.linkLevel
    matched = html_inline(state, silent)
    state.linkLevel = level
    return matched


def _at_boundary(state: StateInline) -> bool:
    """True where Goldmark treats the position as a line head."""
    pos = state.pos
    if pos == 0 or state.src[pos - 1] == "\n":
        return True
    if state.pending:
        return False
    # An escape or an entity is plain text to Goldmark, not an inline node.
    return not state.tokens or state.tokens[-1].type != "text_special"


def _in_open_bracket(state: StateInline) -> bool:
    """True after a `[` that no `]` has closed yet: Goldmark's "in a link label".

    Brackets that became links or footnote references are gone from the text, so
    counting the literal ones left in text tokens and pending text is enough.
    """
    depth = 0
    previous = None
    for token in state.tokens:
        in_autolink = (
            previous is not None and previous.type == "link_open" and previous.info == "auto"
        )
        if token.type == "text" and not in_autolink:
            depth = _bracket_depth(token.content, depth)
        previous = token
    return _bracket_depth(state.pending, depth) > 0


def _bracket_depth(text: str, depth: int) -> int:
    if "[" not in text and (depth == 0 or "]" not in text):
        return depth
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
    return depth


def _rule(state: StateInline, silent: bool) -> bool:
    if silent or state.linkLevel > 0:
        return False
    src = state.src
    pos = state.pos
    lead = src[pos] if src[pos] in _LEAD_CHARS else ""
    start = pos + len(lead)
    if _CANDIDATE_RE.match(src, start) is None or not (lead or _at_boundary(state)):
        return False
    end_of_line = src.find("\n", start)
    limit = state.posMax if end_of_line < 0 else min(end_of_line, state.posMax)
    found = match(src[start:limit])
    if found is None or _in_open_bracket(state):
        return False
    length, href = found
    if lead:
        state.append_pending(lead)
    token = state.push("link_open", "a", 1)
    token.attrs = {"href": state.md.normalizeLink(href)}
    token.markup = "linkify"
    token.info = "auto"
    token = state.push("text", "", 0)
    token.content = src[start : start + length]
    state.push("link_close", "a", -1).markup = "linkify"
    state.pos = start + length
    return True


def match(text: str) -> tuple[int, str] | None:
    """Length of the link at the start of text and its destination, Goldmark's way."""
    end = -1
    kind = "url"
    if text.startswith(("http:", "https:", "ftp:")):
        m = _URL_RE.match(text)
        end = m.end() if m else -1
    if end < 0 and text.startswith("www."):
        m = _WWW_RE.match(text)
        end = m.end() if m else -1
        kind = "www"
    if end >= 0:
        # Hugo's Goldmark trims trailing punctuation first, then unbalanced `)` or `&x;`.
        end = _trim_url_end(text, _trim_trailing(text, end))
    else:
        kind = "email"
        end = _email_end(text)
        if end < 0:
            return None
        end = _trim_trailing(text, end)
    label = text[:end]
    if kind == "email":
        return end, "mailto:" + label
    if kind == "www":
        return end, WWW_PROTOCOL + label
    return end, label


def _trim_trailing(text: str, end: int) -> int:
    while end > 1 and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _trim_url_end(text: str, end: int) -> int:
    last = text[end - 1]
    if last == ".":
        return end - 1
    if last == ")":
        closing = text[:end].count(")") - text[:end].count("(")
        return end - closing if closing > 0 else end
    if last == ";":
        i = end - 2
        while i >= 0 and text[i].isascii() and text[i].isalnum():
            i -= 1
        if i != end - 2 and i >= 0 and text[i] == "&":
            return i
    return end


def _email_end(text: str) -> int:
    if not text or text[0] in _PUNCT:
        return -1
    i = 0
    while i < len(text) and text[i] in _EMAIL_LOCAL:
        i += 1
    if i == 0 or i >= len(text) or text[i] != "@":
        return -1
    at = i
    m = _EMAIL_DOMAIN_RE.match(text, at + 1)
    if m is None:
        return -1
    stop = m.end()
    if "." not in text[at : stop - 1]:
        return -1
    if text[stop - 1] == ".":
        stop -= 1
    if stop < len(text) and text[stop] in "-_":
        return -1
    return stop
