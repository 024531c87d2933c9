"""The Qt binding must not leak references: PySide6 6.12.0 dropped one None reference per void
call, and CPython 3.11 aborts once None's count reaches zero (after a few thousand keystrokes)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_the_none_refcount(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(5000):
        edit.setText("x")
    assert abs(sys.getrefcount(None) - before) < 100
