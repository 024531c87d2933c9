"""Raw-HTML patterns for one Markdown line, shared by the editor's highlighter and the spell
checker's tokenizer, so what is coloured as a tag or comment is also what spelling skips."""

from __future__ import annotations

import re
from typing import Final

# An HTML comment on one line; an unclosed one runs to the end of the line.
HTML_COMMENT_RE: Final = re.compile(r"<!--.*?(?:-->|$)")
# An opening, closing or self-closing tag with its attributes.
HTML_TAG_RE: Final = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
