"""`redactie --self-test`: proof that an installed app or a bundle really works.

CI runs it on the built bundle, offscreen, so a bundle that lacks a Qt plugin, the web engine,
a resource or a Python module fails the build instead of a journalist's first start. It uses
each part the bundle ships rather than finding its file: the spell checker on the bundled
dictionaries, the keyring's backend (on Linux SecretStorage's encryption), Qt's and redactie's
Dutch translations, which the window then speaks, and the web engine's Dutch. It opens the
bundled example article in the real window, waits for the preview page to show it, saves a
copy into a temporary folder and compares the bytes. Nothing of the user's is read or written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, QTranslator

from redactie.core.settings import Settings
from redactie.resources import example_article

EXAMPLE_SHA256 = "2f17d9960dab4a593415fb8a1f0d36b899f75ffa9e3ddd4326977ad277c71748"
TIMEOUT_SECONDS = 60.0


class SelfTestError(Exception):
    """One step failed; the message says which and why."""


def run_self_test() -> int:
    """Exit code 0 when every step holds; otherwise 1 with the failed step on stderr."""
    from redactie.gui.app import create_application

    app = create_application()
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="redactie-self-test-") as folder:
            _check(Path(folder), report=lambda line: print(f"self-test: {line}", flush=True))
    except SelfTestError as exc:
        print(f"self-test FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        app.processEvents()
    print(f"self-test passed in {time.monotonic() - started:.1f} s", flush=True)
    return 0


def _check(folder: Path, report: Callable[[str], None]) -> None:
    from redactie.gui.context import AppContext
    from redactie.gui.main_window import MainWindow

    example = example_article()
    try:
        original = example.read_bytes()
    except OSError as exc:
        raise SelfTestError(f"the example article cannot be read: {exc}") from exc
    if hashlib.sha256(original).hexdigest() != EXAMPLE_SHA256:
        raise SelfTestError(f"the example article was altered: {example}")
    report(f"example article intact ({len(original)} bytes)")
    _check_spelling(folder / "enchant", report)
    _check_keyring(report)
    _check_translations(report)  # before the window: its web engine starts in Dutch too

    context: AppContext[MainWindow] = AppContext(
        Settings(), None, settings_path=folder / "settings.toml"
    )
    window = MainWindow(context)
    window.resize(1200, 800)
    window.show()
    try:
        if not window.open_path(example):
            raise SelfTestError(f"the window could not open {example}")
        problems = window.document.article.problems
        if problems:
            raise SelfTestError(f"the example article has problems: {problems}")
        title = str(window.document.article.get("title", ""))
        report(f"opened in the window: {title!r}")

        if not _wait(window.preview.is_current):
            raise SelfTestError("the preview did not finish loading the page")
        shown = _javascript(window, "document.querySelector('h1.post-title').textContent")
        if shown != title:
            raise SelfTestError(f"the preview shows {shown!r} instead of the title")
        words = _javascript(window, "document.getElementById('redactie-content').textContent")
        if not isinstance(words, str) or len(words.split()) < 100:
            raise SelfTestError("the preview shows no article body")
        report(f"preview rendered ({len(words.split())} words in the body)")
        _check_web_engine_language(window, report)

        copy = folder / example.name
        if not window.save_to(copy):
            raise SelfTestError(f"saving a copy to {copy} failed")
        if copy.read_bytes() != original:
            raise SelfTestError("the saved copy differs from the example article")
        report("saved a copy: byte-identical")
        _check_language_tables(window.document.article.body, report)
        _check_sqlite(folder / "history.sqlite", report)
    finally:
        window.close()


def _check_language_tables(body: str, report: Callable[[str], None]) -> None:
    """The data files the Dutch checks load on first use (trimmed in the bundle) are there."""
    from redactie.core.article.readability import readability
    from redactie.core.checks.alt_text import language_of

    try:
        score = readability(body).score
        found = (
            language_of("Een man fietst in de regen langs de gracht"),
            language_of("A man rides a bicycle along the canal in the rain"),
        )
    except (OSError, KeyError, ValueError, ImportError) as exc:
        raise SelfTestError(f"the Dutch language tables are missing: {exc}") from exc
    if found != ("nl", "en"):
        raise SelfTestError(f"language detection answered {found}, not ('nl', 'en')")
    report(f"readability {score:.0f} (Flesch–Douma), alt-text languages told apart")


def _check_sqlite(path: Path, report: Callable[[str], None]) -> None:
    """SQLite, which the Linux bundle takes from the system, keeps a database file as the
    history index does (write-ahead log, an index, a transaction)."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
            mode = db.execute("pragma journal_mode=wal").fetchone()[0]
            db.execute("create table changes (seq integer not null, path text not null)")
            db.execute("create index changes_by_path on changes (path, seq)")
            db.execute("begin immediate")
            db.executemany("insert into changes values (?, ?)", [(1, "a.md"), (2, "a.md")])
            db.execute("commit")
            found = db.execute("select max(seq) from changes where path = 'a.md'").fetchone()
            version = sqlite3.sqlite_version
    except (sqlite3.Error, OSError) as exc:
        raise SelfTestError(f"SQLite does not work: {exc}") from exc
    if mode != "wal" or found != (2,):
        raise SelfTestError(f"SQLite answered {mode!r} and {found!r}")
    report(f"SQLite {version} keeps an indexed database file")


def _wait(done: Callable[[], bool], seconds: float = TIMEOUT_SECONDS) -> bool:
    """Run the event loop until `done()` holds or the time is up."""
    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    while not done():
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def _javascript(window: Any, expression: str) -> Any:
    """The value of `expression` in the preview page (JSON on the way, as PySide needs)."""
    results: list[Any] = []
    script = f"JSON.stringify(({expression}))"
    window.preview.page.runJavaScript(script, 0, results.append)
    if not _wait(lambda: bool(results), 15.0):
        raise SelfTestError("the preview page does not answer")
    value = results[0]
    return json.loads(value) if isinstance(value, str) else None


# -- the parts the bundle ships, each used as the app uses it ------------------------------------

SPELLING_VERDICTS: dict[str, dict[str, bool]] = {
    "nl_NL": {"gemeenteraad": True, "gemeenteraat": False},
    "en_US": {"newspaper": True, "newspapre": False},
}
QT_DUTCH = ("QPlatformTheme", "Cancel", "Annuleren")  # from Qt's own catalogue, qtbase_nl.qm
WEB_ENGINE_DUTCH = "Vul dit veld in."  # Chromium's "Please fill out this field." in nl.pak
KEYRING_BACKENDS = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


def _check_spelling(
    folder: Path, report: Callable[[str], None], dictionaries: Path | None = None
) -> None:
    """The editor's spell checker on the dictionaries the app ships, never the system's: they
    are copied into an Enchant folder of the self-test's own (`ENCHANT_CONFIG_DIR`, which
    Enchant reads before the system's dictionaries, as the app does when the system has none).
    Runs before the window, so no spelling loader reads the environment meanwhile."""
    from redactie.core.spelling import SpellChecker, SpellingUnavailableError
    from redactie.core.spelling.checker import bundled_folder

    source = dictionaries or bundled_folder() / "hunspell"
    (folder / "hunspell").mkdir(parents=True, exist_ok=True)
    previous = os.environ.get("ENCHANT_CONFIG_DIR")
    os.environ["ENCHANT_CONFIG_DIR"] = str(folder)
    try:
        for language, expected in SPELLING_VERDICTS.items():
            for suffix in (".dic", ".aff"):
                try:
                    shutil.copyfile(
                        source / f"{language}{suffix}", folder / "hunspell" / f"{language}{suffix}"
                    )
                except OSError as exc:
                    raise SelfTestError(
                        f"the bundled {language} dictionary is missing: {exc}"
                    ) from exc
            try:
                checker = SpellChecker((language,), personal=folder / "dictionary.txt")
            except SpellingUnavailableError as exc:  # no Enchant library, or it refused the file
                raise SelfTestError(f"no {language} spell checker ({exc})") from exc
            verdicts = {word: checker.check(word) for word in expected}
            if verdicts != expected:
                raise SelfTestError(
                    f"the {language} spell checker answered {verdicts}, not {expected}"
                )
    finally:
        if previous is None:
            os.environ.pop("ENCHANT_CONFIG_DIR", None)
        else:
            os.environ["ENCHANT_CONFIG_DIR"] = previous
    report("spelling: the bundled Dutch and English dictionaries tell right from wrong")


def _check_keyring(report: Callable[[str], None]) -> None:
    """The keyring backend that keeps the Pexels key, found as keyring finds it (its entry
    points); on Linux also a secret sealed by SecretStorage's own code (AES-CBC from
    cryptography's Rust extension) and opened as it opens one: no Secret Service, no D-Bus."""
    from importlib.metadata import entry_points

    name = next((n for p, n in KEYRING_BACKENDS.items() if sys.platform.startswith(p)), None)
    if name is None:
        return
    found = [point for point in entry_points(group="keyring.backends") if point.name == name]
    if not found:
        raise SelfTestError(f"keyring does not know its {name} backend (no entry point)")
    try:
        found[0].load()
    except Exception as exc:  # whatever a broken backend raises on import
        raise SelfTestError(f"keyring's {name} backend cannot load: {exc!r}") from exc
    if name == "SecretService":
        _check_secret_storage()
    report(
        f"keyring: the {name} backend loads"
        + (" and seals a secret" if name == "SecretService" else "")
    )


def _check_secret_storage() -> None:
    try:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        from secretstorage import dhcrypto, util
    except ImportError as exc:
        raise SelfTestError(f"the keyring's Secret Service backend cannot load: {exc!r}") from exc
    ours, service = dhcrypto.Session(), dhcrypto.Session()  # both ends of the key exchange
    ours.set_server_public_key(service.my_public_key)
    service.set_server_public_key(ours.my_public_key)
    ours.object_path = "/org/freedesktop/secrets/session/self_test"
    secret = b"redactie self-test"
    _path, iv, sealed, _type = util.format_secret(ours, secret, "text/plain")
    if service.aes_key is None:
        raise SelfTestError("SecretStorage's key exchange gave no key")
    decryptor = Cipher(algorithms.AES(service.aes_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(sealed) + decryptor.finalize()
    if sealed == secret or padded[: -padded[-1]] != secret:
        raise SelfTestError("SecretStorage's encryption does not round-trip a secret")


def _check_translations(report: Callable[[str], None]) -> list[QTranslator]:
    """Qt's and redactie's Dutch, installed as the app installs them; they stay for the window
    (its menus) and the web engine, which takes its language from Qt's at its start. On a
    failure they are removed again."""
    from PySide6.QtCore import QCoreApplication

    from redactie.gui.i18n import compiled_translation, install_translators, remove_translators

    app = QCoreApplication.instance()
    assert app is not None
    if compiled_translation("nl") is None:
        raise SelfTestError("redactie's Dutch translation is missing")
    installed = install_translators(app, "nl")
    context, source, dutch = QT_DUTCH
    qt = QCoreApplication.translate(context, source)
    ours = QCoreApplication.translate("", "Untitled")
    if qt != dutch or ours != "Naamloos":
        remove_translators(app, installed)
        if qt != dutch:
            raise SelfTestError(f"Qt's Dutch (qtbase_nl.qm) is missing: {source!r} is {qt!r}")
        raise SelfTestError(f"redactie's Dutch does not load: 'Untitled' is {ours!r}")
    report(f"Dutch: Qt's {source!r} is {qt!r}, redactie's 'Untitled' is {ours!r}")
    return installed


def _check_web_engine_language(window: Any, report: Callable[[str], None]) -> None:
    """The web engine's Dutch (qtwebengine_locales/nl.pak): a form field's validation message,
    which Chromium words from that file, and in English when it is missing."""
    message = _javascript(
        window,
        "(() => { const field = document.createElement('input'); field.required = true;"
        " return field.validationMessage; })()",
    )
    if message != WEB_ENGINE_DUTCH:
        raise SelfTestError(
            f"the web engine speaks no Dutch ({message!r}): qtwebengine_locales/nl.pak is missing"
        )
    report(f"web engine: Dutch messages ({message!r})")
