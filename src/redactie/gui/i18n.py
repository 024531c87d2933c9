"""The UI language: Dutch or English, following the system locale unless a setting says.

Translations are Qt Linguist files: `.ts` sources in `resources/translations`, compiled to
`.qm` by `lrelease`. A checkout or wheel may carry only the `.ts` file; then it is compiled once
into the user's cache folder with the `lrelease` that ships with PySide6.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from redactie.core.settings import cache_dir
from redactie.gui.messages import LANGUAGES, ui_language
from redactie.resources import translations_dir

log = logging.getLogger(__name__)
_PROPERTY = "redactieLanguage"  # on the application: which language its translators speak
_ENGLISH_PLURALS: dict[int, QTranslator] = {}  # per application: its English plural forms


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """ "nl" or "en": the setting if it names one, otherwise the system's language."""
    if setting in LANGUAGES:
        return setting
    return ui_language((system or QLocale.system()).name())


def compiled_translation(language: str) -> Path | None:
    """The `.qm` for `language`, compiling the `.ts` source when no built file exists."""
    built = translations_dir() / f"redactie_{language}.qm"
    source = translations_dir() / f"redactie_{language}.ts"
    if built.is_file() and (
        not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime
    ):
        return built
    if not source.is_file():
        return None
    # Named by the source's content: two installs (or checkouts) of different versions share
    # the user's cache folder, and a newer file from the other one must never be taken.
    digest = hashlib.sha1(source.read_bytes(), usedforsecurity=False).hexdigest()[:12]
    target = cache_dir() / "translations" / f"redactie_{language}-{digest}.qm"
    if target.is_file():
        return target
    return compile_translation(source, target)


def compile_translation(source: Path, target: Path) -> Path | None:
    """Run Qt's `lrelease` on `source`; None (and a log line) if it is not available."""
    lrelease = _lrelease()
    if lrelease is None:
        log.warning("lrelease not found; the UI stays in English")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}")  # another process may read
    result = subprocess.run(
        [lrelease, "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.is_file():
        log.warning("lrelease failed: %s", result.stderr.strip())
        partial.unlink(missing_ok=True)
        return None
    partial.replace(target)
    return target


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def window_language() -> str:
    """The language the application's translators were installed for; English before that.

    For what the catalogue does not word: a schema's own labels, the form's date format."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if value in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and redactie's translations for `language` into `app`."""
    installed: list[QTranslator] = []
    app.setProperty(_PROPERTY, language)
    _keep_english_plurals(app)
    if language == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours_path = compiled_translation(language)
    ours = QTranslator(app)
    if ours_path is not None and ours.load(str(ours_path)):
        app.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    return installed


def _keep_english_plurals(app: QCoreApplication) -> None:
    """The English plural forms ("1 error", "3 errors"), installed once and never removed: the
    sources are English, but "%n error(s)" needs its forms spelt out. A later language's
    translator is searched first, so it still wins."""
    if _ENGLISH_PLURALS.get(id(app)) is not None:
        return
    english = QTranslator(app)
    path = compiled_translation("en")
    if path is not None and english.load(str(path)):
        app.installTranslator(english)
        _ENGLISH_PLURALS[id(app)] = english


def remove_translators(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Undo `install_translators`: the app speaks English again."""
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty(_PROPERTY, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English))
    QLocale.setDefault(QLocale(QLocale.Language.English))
