"""The GUI thread gets the interpreter back within half a millisecond.

Python hands the GIL from a busy thread to a waiting one only every `sys.getswitchinterval()`
(5 ms by default). The pool's work (checks, counts, readability) is Python that runs for
seconds after a long article opens or a pause; the GUI thread meanwhile needs the GIL at every
call from Qt into Python (a key's handlers, the page's answer to a patch, each list item freed
that holds a Python object) and waited up to 5 ms each time. Measured on a quiet two-core
machine with the 500 KB article built from the corpus, 5 ms → 0.5 ms:

- clearing the checks list (52 findings) while a count ran: 134–234 ms → ~3 ms (at 0.05 ms);
- GUI busy per key right after opening, without the page (`benchmarks/preview.py`'s editor
  alone), p50 / p95: 34.7 / 56.7 → 5.6 / 15.0 ms;
- first open fully laid out (`benchmarks/first_open.py`): 3,338 / 5,600 → 2,168 / 2,662 ms.

A busy background thread is interrupted only while the GUI thread waits for the GIL, so its
own speed barely changes; 0.2 ms gained little more than 0.5 ms.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.0005


def favour_gui_thread() -> None:
    """Shorten the interpreter's switch interval (once, for the whole process)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
