"""The window's appearance: follow the system, or always light, or always dark.

Qt's own `setColorScheme` works only where the platform theme supports it, so the choice is
made here: an explicit light or dark palette for the widgets, and an application property the
preview reads (`is_dark`) to give the page the same colours.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES: Final = ("system", "light", "dark")
_PROPERTY: Final = "redactie_theme"


def apply_theme(app: QApplication, theme: str) -> None:
    """Use `theme` for every window from now on (and the open ones)."""
    theme = theme if theme in THEMES else "system"
    app.setProperty(_PROPERTY, theme)
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def theme() -> str:
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if value in THEMES else "system"


def is_dark(widget: QWidget) -> bool:
    """Whether `widget` should look dark: the user's choice, else the system's."""
    chosen = theme()
    if chosen != "system":
        return chosen == "dark"
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion, readable for long writing sessions."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#232629",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1b1d20",
        QPalette.ColorRole.AlternateBase: "#2a2e32",
        QPalette.ColorRole.ToolTipBase: "#2a2e32",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2d3136",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d6fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb2f0",
        QPalette.ColorRole.PlaceholderText: "#8a8f95",
        QPalette.ColorRole.Light: "#4a5057",  # bevels and chips (the tag editor's)
        QPalette.ColorRole.Midlight: "#3a3f45",
        QPalette.ColorRole.Mid: "#2f3338",
        QPalette.ColorRole.Dark: "#16181a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7f85"))
    return palette
