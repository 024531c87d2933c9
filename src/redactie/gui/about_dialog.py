"""Help → About: the version, the licences of what the app bundles, and Pexels' credit."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from redactie import __version__


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks `text` for translation where it is defined; translated where it is shown."""
    return text


# (component, what it does here, licence): names and licences as written, the use translated.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Python", QT_TRANSLATE_NOOP("AboutDialog", "the runtime"), "PSF-2.0"),
    ("Qt / PySide6", QT_TRANSLATE_NOOP("AboutDialog", "window, editor, preview"), "LGPL-3.0"),
    (
        "Qt WebEngine (Chromium)",
        QT_TRANSLATE_NOOP("AboutDialog", "the preview page"),
        "LGPL-3.0; Chromium BSD-3-Clause and others",
    ),
    ("markdown-it-py", QT_TRANSLATE_NOOP("AboutDialog", "Markdown rendering"), "MIT"),
    (
        "markdownify (Beautiful Soup)",
        QT_TRANSLATE_NOOP("AboutDialog", "pasted rich text as Markdown"),
        "MIT",
    ),
    ("nh3 (ammonia)", QT_TRANSLATE_NOOP("AboutDialog", "HTML sanitizing"), "MIT"),
    ("Pygments", QT_TRANSLATE_NOOP("AboutDialog", "coloured code in the preview"), "BSD-2-Clause"),
    ("PyYAML, tomlkit", QT_TRANSLATE_NOOP("AboutDialog", "front matter"), "MIT"),
    (
        "requests, requests-cache",
        QT_TRANSLATE_NOOP("AboutDialog", "Pexels API"),
        "Apache-2.0, BSD-2-Clause",
    ),
    (
        "python-slugify, platformdirs, keyring",
        QT_TRANSLATE_NOOP("AboutDialog", "file names, folders, API key"),
        "MIT",
    ),
    ("pysbd, Pyphen", QT_TRANSLATE_NOOP("AboutDialog", "Dutch readability"), "MIT, LGPL-2.1"),
    ("imagesize", QT_TRANSLATE_NOOP("AboutDialog", "the width of a cover"), "MIT"),
    ("simplemma", QT_TRANSLATE_NOOP("AboutDialog", "the language of an alt text"), "MIT"),
    ("tzdata", QT_TRANSLATE_NOOP("AboutDialog", "time zones on Windows"), "Apache-2.0"),
    (
        "pyenchant / Enchant, Hunspell",
        QT_TRANSLATE_NOOP("AboutDialog", "spell checking"),
        "LGPL-2.1",
    ),
    (
        "OpenTaal nl_NL word list 2.20.19",
        QT_TRANSLATE_NOOP("AboutDialog", "Dutch spelling"),
        "BSD or CC BY 3.0",
    ),
    (
        "SCOWL en_US word list 2020.12.07",
        QT_TRANSLATE_NOOP("AboutDialog", "English spelling"),
        "SCOWL (BSD-like)",
    ),
    (
        "SecretStorage, cryptography",
        QT_TRANSLATE_NOOP("AboutDialog", "the API key on Linux"),
        "BSD-3-Clause, Apache-2.0",
    ),
    (
        "PyInstaller bootloader",
        QT_TRANSLATE_NOOP("AboutDialog", "starting the installed app"),
        "GPL-2.0 with bundling exception",
    ),
)


class AboutDialog(QDialog):
    """What redactie is, which version, and whose work it stands on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About redactie"))
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td>"
            f"<td>{html.escape(QCoreApplication.translate('AboutDialog', use))}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, use, licence in COMPONENTS
        )
        text = (
            f"<h2>redactie {html.escape(__version__)}</h2>"
            + "<p>"
            + self.tr("A Markdown editor for newsrooms that publish with Hugo.")
            + f" (Qt {html.escape(qVersion())})</p>"
            + "<p>"
            + self.tr(
                'Photos provided by <a href="https://www.pexels.com">Pexels</a>; '
                "each photo's credit names its photographer."
            )
            + "</p><h3>"
            + self.tr("Bundled components and their licences")
            + f'</h3><table cellspacing="4">{rows}</table>'
        )
        label = QLabel(text, self)
        label.setObjectName("about_text")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        label.setContentsMargins(8, 8, 8, 8)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)  # the list grows; a small screen must still reach Close
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(680, 540)
