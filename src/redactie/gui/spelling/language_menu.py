"""Article → Spelling Language, and the same choice on a button in the status bar.

The status bar shows which language the open article is checked in, so an English quote page
with Dutch underlines everywhere is explained at a glance, and one click changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton, QWidget

from redactie.gui.spelling.session import WindowSpelling


def language_name(code: str) -> str:
    """The name of a spelling language in the user's language."""
    names = {
        "nl": QCoreApplication.translate("", "Dutch"),
        "en": QCoreApplication.translate("", "English"),
    }
    return names.get(code, code)


class SpellingLanguageMenu(QMenu):
    """Site default, Dutch or English for the open article; `chosen(code or None)`."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Spelling &Language"))
        self.setObjectName("spelling_language_menu")
        group = QActionGroup(self)
        self.choices: dict[str | None, QAction] = {}
        for code in (None, "nl", "en"):
            action = self.addAction("")
            action.setCheckable(True)
            action.setObjectName(f"spelling_language:{code or 'site'}")
            action.triggered.connect(lambda _c=False, c=code: self.chosen.emit(c))
            group.addAction(action)
            self.choices[code] = action
            if code is None:
                self.addSeparator()
        self.show_state(None, "nl")

    def show_state(self, own: str | None, site_code: str) -> None:
        """Tick the article's choice; the site default says which language it is."""
        self.choices[None].setText(self.tr("Site Default ({0})").format(language_name(site_code)))
        self.choices["nl"].setText(language_name("nl"))
        self.choices["en"].setText(language_name("en"))
        self.choices[own if own in self.choices else None].setChecked(True)


class SpellingLanguageButton(QToolButton):
    """ "Spelling: Dutch" in the status bar; opens the same menu."""

    def __init__(self, menu: SpellingLanguageMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spelling_language_button")
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setToolTip(self.tr("The language this article is spell-checked in"))

    def show_code(self, code: str) -> None:
        self.setText(self.tr("Spelling: {0}").format(language_name(code)))


def install(window: QMainWindow, spelling: WindowSpelling) -> SpellingLanguageMenu:
    """Put the menu under Article (or at the end of the menu bar) and the button in the
    status bar, both following `spelling`; the caller connects `chosen`."""
    menu = SpellingLanguageMenu(window)
    article_menu = window.findChild(QMenu, "article_menu")
    if article_menu is not None:
        article_menu.addSeparator()
        article_menu.addMenu(menu)
    else:
        window.menuBar().addMenu(menu)
    button = SpellingLanguageButton(menu, window)
    window.statusBar().addPermanentWidget(button)

    def follow() -> None:
        menu.show_state(spelling.own_choice, spelling.site_code)
        button.show_code(spelling.code)

    spelling.languageChanged.connect(follow)
    follow()
    return menu
