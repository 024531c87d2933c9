"""A window geometry saved on another screen, brought back inside this one."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def fit_to_screen(window: QMainWindow) -> None:
    """A geometry saved on a larger screen or another scale comes back inside this one:
    no bigger than the screen's free area, and on it (a maximised window stays so)."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    margin = frame.size() - window.geometry().size()
    width = min(window.width(), area.width() - margin.width())
    height = min(window.height(), area.height() - margin.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if not area.contains(frame):
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        window.move(x, y)
