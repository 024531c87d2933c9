"""The About dialog credits what the app really uses: every declared runtime dependency."""

from __future__ import annotations

import re
import tomllib

from redactie.gui.about_dialog import COMPONENTS
from tests.paths import ROOT


def test_every_declared_dependency_is_credited_in_the_about_dialog() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0] for spec in project["dependencies"]]
    credited = " ".join(name for name, _, _ in COMPONENTS).lower()
    assert [name for name in declared if name.lower() not in credited] == []
