"""Which shortcodes a site defines, and whether each takes content (`.Inner`).

Hugo refuses a page where a shortcode whose template uses `.Inner` is left open, and one whose
template does not is given a closing tag. Reading the templates (the site's and its themes',
in `layouts/_shortcodes/` or the older `layouts/shortcodes/`) lets the check say that before
Hugo does; Hugo's own paired shortcodes are known without a template.
"""

from __future__ import annotations

import re
from pathlib import Path

BUILTIN_PAIRED = frozenset({"highlight", "details"})
BUILTIN_SINGLE = frozenset(
    {"figure", "ref", "relref", "youtube", "vimeo", "instagram", "x", "twitter", "gist", "param"}
)
_INNER = re.compile(r"\.Inner(?:Deindent)?\b")
_FOLDERS = ("_shortcodes", "shortcodes")


def site_shortcodes(layout_dirs: list[Path]) -> dict[str, bool]:
    """Shortcode name -> whether its template uses `.Inner`; earlier folders win."""
    found: dict[str, bool] = {name: True for name in BUILTIN_PAIRED}
    found.update({name: False for name in BUILTIN_SINGLE})
    for layouts in reversed(layout_dirs):  # the site's own templates override its themes'
        for folder in _FOLDERS:
            directory = layouts / folder
            if not directory.is_dir():
                continue
            for template in directory.rglob("*.html"):
                name = template.relative_to(directory).as_posix().split(".")[0]
                try:
                    text = template.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                found[name] = bool(_INNER.search(text))
    return found
