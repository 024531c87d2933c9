"""A file that is not UTF-8 (Word, Windows Notepad): open it as Windows-1252, saved as UTF-8."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from redactie.core import storage
from redactie.core.article import Article, ArticleError, EncodingError, read_article_bytes
from redactie.gui import dialogs


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:  # five bytes Windows-1252 leaves undefined: Latin-1 then
        return False
    return True


def offer_legacy_encoding(
    parent: QWidget, path: Path, error: EncodingError
) -> tuple[bytes, Article] | None:
    """A file from an older program (Word, Windows Notepad): open it as Windows-1252?"""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Not UTF-8 text"),
        dialogs.open_error_text(path, error),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("legacy_encoding")
    box.setInformativeText(
        tr(
            "It is probably Windows-1252 (Western European) text. redactie can open it as "
            "such; saving then writes it as UTF-8, the way Hugo reads it."
        )
    )
    button = box.addButton(tr("&Open as Windows-1252"), QMessageBox.ButtonRole.AcceptRole)
    button.setObjectName("open_as_windows_1252")
    box.exec()
    if box.clickedButton() is not button:
        return None
    try:
        raw = read_article_bytes(path)
        text = raw.decode("cp1252") if _is_cp1252(raw) else raw.decode("latin-1")
        data = text.encode("utf-8")
        return data, Article.from_bytes(data)
    except (ArticleError, storage.StorageError) as exc:
        dialogs.show_error(
            parent, tr("Cannot open file"), dialogs.open_error_text(path, exc), "open_error"
        )
        return None
