"""A window saved on a bigger screen (or another scale factor) comes back inside this one."""

from __future__ import annotations

import base64

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from redactie.gui.context import AppContext
from redactie.gui.main_window import MainWindow


def test_a_geometry_from_a_bigger_screen_fits_this_one(
    qtbot: QtBot, context: AppContext[MainWindow], window: MainWindow
) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    window.resize(area.width() * 2, area.height() * 2)  # as on a 4K screen, far to the right
    window.move(area.right() + 500, area.bottom() + 300)
    context.settings.window_geometry = base64.b64encode(
        bytes(window.saveGeometry().data())
    ).decode()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    frame = again.frameGeometry()
    assert frame.width() <= area.width() and frame.height() <= area.height()
    assert area.intersects(frame) and area.contains(frame.center())
