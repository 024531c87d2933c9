"""Cycles are collected from the event loop, not in the middle of Qt calls."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from redactie.gui.idle_gc import IdleGarbageCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_automatic_collection_is_off_and_the_event_loop_collects(qtbot: QtBot) -> None:
    owner = QObject()
    collector = IdleGarbageCollector(owner, interval_ms=20)
    try:
        assert not gc.isenabled()
        node = Node()
        gone = weakref.ref(node)
        del node
        for _ in range(5 * gc.get_threshold()[0]):
            Node()  # enough new objects to pass the young generation's threshold
        assert gone() is not None  # nothing collected outside the event loop
        qtbot.waitUntil(lambda: gone() is None, timeout=2000)
    finally:
        del collector
        owner.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=2000)
