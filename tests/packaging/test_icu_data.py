"""packaging/icu_data.py: Qt Core with the cut ICU data answers what the app can ask of it
(Dutch and English collation, case mapping and time-zone names, ICU's single-byte converters,
pasted HTML in its own encoding) exactly as with the full data, from a library a seventh of the
size, which has no East Asian multi-byte converters; and the web engine with its cut
`icudtl.dat` formats, sorts, segments and breaks lines in the preview page as before."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore

from tests.paths import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
from icu_data import trim_icu_data, trim_web_engine_icu, wanted

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not all(shutil.which(tool) for tool in ("as", "ld", "nm")),
    reason="Linux's PySide6 wheel with its ICU library, and binutils",
)

PROBE = r"""
import functools
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["zee", "Ĳsland", "ijs", "appel", "Émile", "eend", "Zwolle", "éclair", "ångström"]
for name in ("nl_NL", "nl_BE", "en_US", "en_GB"):
    locale = QLocale(name)
    collator = QCollator(locale)
    print(name, sorted(words, key=functools.cmp_to_key(collator.compare)))
    print(name, locale.toUpper("ĳsje straße istanbul"), locale.toLower("ĲSJE İSTANBUL"))
    zone = QTimeZone(b"Europe/Amsterdam")
    for kind in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime):
        print(name, zone.displayName(kind, QTimeZone.NameType.LongName, locale))
for codec in ("windows-1252", "KOI8-R", "ISO-8859-15", "IBM437", "macintosh", "ISO-8859-2"):
    decoder = QStringDecoder(codec)  # ICU's converters (PySide has no decode call)
    print(codec, decoder.isValid(), decoder.name())
from PySide6.QtCore import QMimeData  # pasted HTML: decoded by its own <meta charset>
for codec, python in (("windows-1252", "cp1252"), ("ISO-8859-15", "iso8859_15"),
                      ("utf-8", "utf-8"), ("KOI8-R", "koi8_r")):
    mime = QMimeData()
    text = "café € Œuvre" if codec != "KOI8-R" else "Привет"
    html = f'<html><head><meta charset="{codec}"></head><body>{text}</body></html>'
    mime.setData("text/html", html.encode(python))
    print(codec, "pasted:", mime.html())
print("east asian:", [QStringDecoder(c).isValid() for c in ("Shift_JIS", "GB18030", "Big5")])
print("icudata:", [l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l][:1])
"""


def probe(library_folder: Path | None) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_folder is not None:
        env["LD_LIBRARY_PATH"] = str(library_folder)  # searched before the wheel's RUNPATH
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.splitlines()


def test_qt_answers_the_same_with_the_cut_data(tmp_path: Path) -> None:
    (original,) = (Path(QtCore.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    library = tmp_path / original.name
    shutil.copyfile(original, library)
    line = trim_icu_data(library)
    assert "items kept" in line, line
    assert library.stat().st_size < original.stat().st_size / 2

    full, cut = probe(None), probe(tmp_path)
    assert cut[-1] == f"icudata: ['{library}']"  # the cut library was the one loaded
    assert cut[:-2] == full[:-2]
    assert "Midden-Europese standaardtijd" in "\n".join(full)
    assert "Central European Summer Time" in "\n".join(full)
    assert 'windows-1252 pasted: <html><head><meta charset="windows-1252"></head><body>café' in (
        "\n".join(full)
    )
    assert "KOI8-R True KOI8-R" in full and "macintosh True macintosh" in full
    # only the East Asian multi-byte converters are left out
    assert full[-2] == "east asian: [True, True, True]"
    assert cut[-2] == "east asian: [False, False, False]"


def test_only_other_locales_and_unused_trees_are_left_out() -> None:
    assert wanted("icudt73l/coll/nl.res") and wanted("icudt73l/zone/en_GB.res")
    assert wanted("icudt73l/root.res") and wanted("icudt73l/coll/ucadata.icu")
    assert wanted("icudt73l/windows-1252-2000.cnv") and wanted("icudt73l/supplementalData.res")
    assert wanted("icudt73l/zone/pool.res") and wanted("icudt73l/metaZones.res")
    assert not wanted("icudt73l/coll/de.res") and not wanted("icudt73l/zh_Hant_TW.res")
    assert not wanted("icudt73l/coll/de_.res")
    assert not wanted("icudt73l/brkitr/cjdict.dict") and not wanted("icudt73l/translit/root.res")


WEB_PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication
from PySide6.QtWebEngineCore import QWebEnginePage
app = QApplication(sys.argv)
page = QWebEnginePage()
script = '''JSON.stringify({
  sorted: ["zee", "Ĳsland", "ijs", "appel", "Émile", "eend", "éclair"].sort(
    new Intl.Collator("nl").compare),
  date: new Intl.DateTimeFormat("nl-NL", {dateStyle: "full", timeZone: "Europe/Amsterdam"})
    .format(0),
  dateEn: new Intl.DateTimeFormat("en-US", {dateStyle: "full", timeZone: "UTC"}).format(0),
  number: (1234567.891).toLocaleString("nl-NL"), upper: "ĳsje straße".toLocaleUpperCase("nl"),
  words: [...new Intl.Segmenter("ja", {granularity: "word"}).segment("日本語の文章を書く")].length,
  lines: (() => { const p = document.createElement("p"); p.style.width = "60px";
    p.textContent = "日本語の文章を書くのは楽しいです。" + "Een lange Nederlandse zin die breekt.";
    document.body.append(p); return p.getClientRects()[0].height > 0 && p.offsetHeight; })(),
})'''
def loaded(ok):
    page.runJavaScript(script, 0, lambda value: (print(value), app.quit()))
page.loadFinished.connect(loaded)
page.setHtml("<!doctype html><html lang=nl><body></body></html>", QUrl("about:blank"))
QTimer.singleShot(60000, app.quit)
app.exec()
"""


def web_probe(resources: Path | None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
    if resources is not None:
        env["QTWEBENGINE_RESOURCES_PATH"] = str(resources)
    result = subprocess.run(
        [sys.executable, "-c", WEB_PROBE], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.strip()


def test_the_web_engine_answers_the_same_with_its_cut_data(tmp_path: Path) -> None:
    original = Path(QtCore.__file__).parent / "Qt" / "resources"
    resources = tmp_path / "resources"
    shutil.copytree(original, resources)
    line = trim_web_engine_icu(resources / "icudtl.dat")
    assert "items kept" in line, line
    full, cut = web_probe(None), web_probe(resources)
    assert '"date":"donderdag 1 januari 1970"' in full, full
    assert cut == full
