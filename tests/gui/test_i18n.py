"""The UI ships in Dutch and English: every string translated, built with lrelease, shown."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from redactie.gui import i18n
from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow
from redactie.resources import translations_dir
from tests.paths import ROOT

TS = translations_dir() / "redactie_nl.ts"


def _messages(path: Path) -> dict[str, str | None]:
    result: dict[str, str | None] = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        finished = translation is not None and translation.get("type") != "unfinished"
        result[message.findtext("source") or ""] = translation.text if finished else None
    return result


def test_every_visible_string_has_a_dutch_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "redactie" / "gui").rglob("*.py"))
    lupdate = Path(i18n._lrelease() or "").with_name("lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = set(_messages(fresh))
    shipped = _messages(TS)
    assert in_code - set(shipped) == set(), "run pyside6-lupdate and translate the new strings"
    assert set(shipped) - in_code == set(), "drop the translations no code uses any more"
    untranslated = [s for s in in_code if not shipped.get(s)]
    assert untranslated == []
    print(f"\n{len(in_code)} strings, all translated to Dutch")


def test_lrelease_builds_the_qm(tmp_path: Path) -> None:
    target = i18n.compile_translation(TS, tmp_path / "redactie_nl.qm")
    assert target is not None and target.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("MainWindow", "Open Article") == "Artikel openen"


def test_a_compiled_file_of_another_version_is_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two installs (or checkouts) share the user's cache: the newer file may be the other's."""
    folder = tmp_path / "translations"
    folder.mkdir()
    source = folder / "redactie_nl.ts"
    source.write_text(TS.read_text("utf-8"), "utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    first = i18n.compiled_translation("nl")
    source.write_text(
        source.read_text("utf-8").replace(">Artikel openen<", ">Stuk openen<"), "utf-8"
    )
    os.utime(first, (2**31, 2**31))  # the other version's file, written later
    second = i18n.compiled_translation("nl")
    assert first is not None and second is not None and second != first
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("MainWindow", "Open Article") == "Stuk openen"
    assert not list(second.parent.glob(".*"))  # no half-written file left


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("system", "nl_NL", "nl"),
        ("system", "nl_BE", "nl"),
        ("system", "de_DE", "en"),
        ("en", "nl_NL", "en"),
        ("nl", "en_US", "nl"),
    ],
)
def test_language_follows_the_system_unless_set(setting: str, system: str, expected: str) -> None:
    assert i18n.choose_language(setting, QLocale(system)) == expected


def test_the_dutch_ui_shows_dutch_menu_titles(qtbot: QtBot, context: AppContext) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "nl")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == [
            "&Bestand",
            "Be&werken",
            "&Opmaak",
            "Beel&d",
            "&Artikel",
            "S&ite",
            "&Help",
        ]
        assert window.file_actions.save.text() == "&Opslaan"  # as Dutch desktop software says
        assert window.file_actions.save_as.text() == "Opslaan &als…"
        assert window.windowTitle().startswith("Naamloos")
        window.document.body_document.setModified(False)
    finally:
        i18n.remove_translators(app, installed)


def test_counts_use_real_plural_forms_in_both_languages(qtbot: QtBot) -> None:
    from redactie.gui.site.checks_panel import ChecksPanel

    def say(n: int) -> str:
        return ChecksPanel.tr("%n error(s)", "", n)

    assert (say(1), say(3)) == ("1 error", "3 errors")
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "nl")
    try:
        assert (say(1), say(3)) == ("1 fout", "3 fouten")
        assert ChecksPanel.tr("%n warning(s)", "", 0) == "0 waarschuwingen"
    finally:
        i18n.remove_translators(app, installed)


def test_every_plural_message_has_english_forms(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "redactie" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(i18n._lrelease() or "").with_name("lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    plural = {m.findtext("source") for m in ET.parse(fresh).iter("message") if m.get("numerus")}
    english = ET.parse(translations_dir() / "redactie_en.ts")
    spelt_out = {
        m.findtext("source")
        for m in english.iter("message")
        if len(m.findall("translation/numerusform")) == 2
    }
    assert plural and plural - spelt_out == set()
