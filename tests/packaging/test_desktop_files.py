"""The Linux desktop integration files: valid by the freedesktop tools, one app id everywhere.

CI installs `desktop-file-utils` and `appstream`; on a developer machine without them the
validation tests skip (REDACTIE_REQUIRE_TOOLS=1, set by CI, turns a missing tool into a failure).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from redactie.gui.app import APP_ID
from redactie.resources import resources_dir
from tests.paths import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("REDACTIE_REQUIRE_TOOLS"):
            pytest.fail(f"{name} is not installed (CI installs it with apt-get)")
        pytest.skip(f"{name} is not installed")
    return found


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_desktop_file_is_valid() -> None:
    validate_desktop_file(DESKTOP)


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_a_broken_desktop_file_is_caught(tmp_path: Path) -> None:
    """The validation can fail: a desktop file without Exec and with a made-up category."""
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text(
        DESKTOP.read_text(encoding="utf-8")
        .replace("Exec=redactie %F\n", "")
        .replace("Categories=Office;WordProcessor;", "Categories=Nieuws;"),
        encoding="utf-8",
    )
    with pytest.raises(AssertionError):
        validate_desktop_file(broken)


def test_one_app_id_everywhere() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(DESKTOP, encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert "text/markdown" in entry["MimeType"].split(";")
    assert entry["Exec"].split()[0] == "redactie"

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("icon") == APP_ID
    assert component.findtext("provides/binary") == "redactie"
    assert (resources_dir() / "icons" / f"{APP_ID}.svg").is_file()

    release = component.find("releases/release")
    assert release is not None
    from redactie import __version__

    assert release.get("version") == __version__, "add a <release> for the new version"
