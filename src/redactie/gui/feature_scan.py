"""PySide reads the source of every module imported after it; redactie does not need that.

PySide's `__feature__` switch (snake_case, true_property) is chosen per module, so since
PYSIDE-2029 every module imported once PySide is loaded has its whole source read
(`inspect.getsource`) to see whether it mentions "PySide6". redactie never selects a feature,
and no library it loads does: every module runs with the default selection either way. The
scan cost 120 ms of GUI-thread CPU before the first paint (481 modules, `benchmarks/startup.py`)
and kept every source file in `linecache`. Marking a module "no feature" without reading it
(PySide's own -1, "ignore this module") gives the same behaviour without the reads.

`gui/app.py` imports this module first after PySide and before the rest of redactie, and the
import turns the scan off (not `redactie.gui`'s `__init__`: `redactie check` reads the message
catalogue in that package and must not load Qt).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature, whose check is replaced


def _uses_no_feature(_module: ModuleType) -> bool:
    return False


def skip_source_scan() -> bool:
    """Replace PySide's per-module source scan; False when this PySide has none to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_no_feature)  # noqa: B010 - PySide's private hook
    return True


skip_source_scan()
