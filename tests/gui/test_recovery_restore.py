"""Work typed into a real app process survives `kill -9`: the next start offers it back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from redactie.gui import app as app_module
from redactie.gui.recovery_dialog import RecoveryDialog
from tests.gui.conftest import answer_message_box
from tests.paths import EXAMPLE_ARTICLE

_TYPIST = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from redactie.gui.app import create_application, create_context
app = create_application()
context = create_context(app)
window = context.new_window()
window.open_path(Path(sys.argv[1]))

def type_something():
    window.editor.textCursor().insertText("Ongered typwerk dat niet verloren mag gaan. ")
    print("typed", flush=True)

QTimer.singleShot(200, type_something)
app.exec()
"""


def test_recovery_copy_is_restored_after_the_process_is_killed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / "artikel.md"
    shutil.copy(EXAMPLE_ARTICLE, article)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", _TYPIST, str(article)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "typed"
        journal = app_module.recovery_root()
        # the copy is written on the next pause in typing; its .json goes last
        qtbot.waitUntil(lambda: bool(list(journal.glob("*/*.json"))), timeout=30_000)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert article.read_bytes() == EXAMPLE_ARTICLE.read_bytes()  # never over the original

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    context = app_module.create_context(app)
    seen: list[str] = []

    def restore() -> None:
        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, RecoveryDialog))
        seen.append(dialog.list.item(0).text())
        seen.append(dialog.preview.toPlainText())
        button = dialog.findChild(QPushButton, "restore_button")
        assert button is not None
        button.click()

    QTimer.singleShot(0, restore)  # runs in the dialog's own event loop, once it shows
    assert app_module.offer_recovery(context)
    assert str(article) in seen[0]
    assert "Ongered typwerk dat niet verloren mag gaan." in seen[1]  # the text it will restore
    [window] = context.windows
    assert window.document.path == article
    assert window.editor.markdown().startswith("Ongered typwerk dat niet verloren mag gaan. ")
    assert window.isWindowModified()
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.close()
    if context.recovery is not None:
        context.recovery.close()


def test_an_unreadable_journal_is_put_aside_and_said_once(qtbot: QtBot) -> None:
    journal = app_module.recovery_root() / "20260101T090000-1-abcdef"
    journal.mkdir(parents=True)
    (journal / "kapot.md").mkdir()  # a copy that cannot be read as a file
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    context = app_module.create_context(app)
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    assert not app_module.offer_recovery(context)  # nothing to offer, and no crash
    assert seen[0] == "recovery_set_aside"
    assert str(app_module.recovery_root() / "quarantine") in seen[1]
    assert (app_module.recovery_root() / "quarantine" / f"{journal.name}-kapot.md").exists()
    assert not app_module.offer_recovery(context)  # said once: no second message
    if context.recovery is not None:
        context.recovery.close()


def test_the_recovery_dialog_shows_local_time_in_dutch_and_the_text(
    qtbot: QtBot, dutch_ui: None
) -> None:
    from datetime import UTC, datetime

    from redactie.core.recovery import RecoveryEntry

    entry = RecoveryEntry(
        Path("/tmp"),
        "doc",
        None,
        datetime(2026, 12, 5, 20, 30, tzinfo=UTC),
        b"---\n---\nMijn tekst\n",
    )
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    shown = dialog.list.item(0).text()
    assert "december 2026" in shown and "nieuw" in shown  # Dutch month, Dutch wording
    local = datetime(2026, 12, 5, 20, 30, tzinfo=UTC).astimezone()
    assert f"{local:%H:%M}" in shown  # the machine's own zone, not UTC
    assert "Mijn tekst" in dialog.preview.toPlainText()
