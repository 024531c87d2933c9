"""What the GUI asks of the render worker process (`fold.serve`): one full render.

Pickled over the worker's pipe, so it holds only plain, picklable values; named fields
rather than a bare tuple, so sender and receiver cannot disagree on the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .confirm import PageState
    from .fold import Stream
    from .highlight import Highlighting


@dataclass(frozen=True)
class RenderRequest:
    """Render `text` whole for `revision` (the answer names it)."""

    revision: int
    text: str
    unsafe: bool  # the site allows raw HTML
    stream: Stream | None = None  # hand the blocks out in parts (a long article's first open)
    highlighting: Highlighting | None = None  # colour fenced code in the site's settings
    compare_with: PageState | None = None  # what the page holds: answer only what differs
