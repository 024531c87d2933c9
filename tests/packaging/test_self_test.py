"""`redactie --self-test` from source: each step uses the part the bundle ships (dictionaries,
keyring backend, Qt's and the web engine's Dutch), and a part that is missing or wrong fails its
step with a message that names it. The bundle test runs the same self-test on the built bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication

from redactie.gui import i18n
from redactie.gui.self_test import SelfTestError, _check_translations
from tests.paths import ROOT

STEPS = (
    "spelling: the bundled Dutch and English dictionaries tell right from wrong",
    "keyring: the SecretService backend loads and seals a secret",
    "Dutch: Qt's 'Cancel' is 'Annuleren', redactie's 'Untitled' is 'Naamloos'",
    "web engine: Dutch messages ('Vul dit veld in.')",
    "saved a copy: byte-identical",
)


def self_test(
    *, pythonpath: Path | None = None, **variables: str
) -> subprocess.CompletedProcess[str]:
    """The self-test in a process of its own, offscreen; `pythonpath` comes first on the path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **variables)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(pythonpath), env.get("PYTHONPATH"))))
    return subprocess.run(
        [sys.executable, "-m", "redactie", "--self-test"],
        capture_output=True, text=True, check=False, env=env, timeout=180,
    )  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the SecretService backend")
def test_the_self_test_uses_every_part_from_source() -> None:
    result = self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    for step in STEPS:
        assert f"self-test: {step}\n" in result.stdout


def installed_copy(folder: Path) -> Path:
    """The app laid out as a wheel installs it (resources inside the package), to break."""
    package = folder / "redactie"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "src" / "redactie", package, ignore=ignore)
    shutil.copytree(ROOT / "resources", package / "resources", ignore=ignore)
    return package


@pytest.mark.parametrize(
    ("damage", "failure"),
    [
        ("missing", "the bundled nl_NL dictionary is missing"),
        ("one word", "the nl_NL spell checker answered {'gemeenteraad': False"),
    ],
)
def test_the_self_test_fails_without_the_bundled_dictionary(
    tmp_path: Path, damage: str, failure: str
) -> None:
    """Also when the system has its own Dutch dictionary (this machine does): the bundled one
    is what is checked."""
    dictionary = installed_copy(tmp_path) / "resources" / "dictionaries" / "hunspell" / "nl_NL.dic"
    if damage == "missing":
        dictionary.unlink()
    else:
        dictionary.write_text("1\nfiets\n", encoding="utf-8")
    result = self_test(pythonpath=tmp_path)
    assert result.returncode == 1
    assert f"self-test FAILED: {failure}" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the SecretService backend")
def test_the_self_test_fails_without_cryptographys_rust_extension(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(
        'import sys\nsys.modules["cryptography.hazmat.bindings._rust"] = None\n', encoding="utf-8"
    )
    result = self_test(pythonpath=tmp_path)
    assert result.returncode == 1
    failure = "self-test FAILED: the keyring's Secret Service backend cannot load: "
    assert failure in result.stderr and "cryptography.hazmat.bindings._rust" in result.stderr


def test_the_self_test_fails_without_the_web_engines_dutch(tmp_path: Path) -> None:
    """Chromium's locale files without nl.pak: it falls back to English without a word."""
    locales = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shutil.copy2(locales / "qtwebengine_locales" / "en-US.pak", tmp_path / "en-US.pak")
    result = self_test(QTWEBENGINE_LOCALES_PATH=str(tmp_path))
    assert result.returncode == 1
    assert (
        "self-test FAILED: the web engine speaks no Dutch ('Please fill out this field.')"
        in result.stderr
    )


class _NoQtTranslations:
    """QLibraryInfo of a Qt whose translations folder is empty, as a bundle without them."""

    LibraryPath = QLibraryInfo.LibraryPath

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, _which: QLibraryInfo.LibraryPath) -> str:
        return str(self.folder)


def test_the_translation_step_fails_without_qts_dutch(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "QLibraryInfo", _NoQtTranslations(tmp_path))
    with pytest.raises(SelfTestError, match=r"Qt's Dutch \(qtbase_nl.qm\) is missing: 'Cancel'"):
        _check_translations(lambda _line: None)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # removed again
    assert i18n.window_language() == "en"
