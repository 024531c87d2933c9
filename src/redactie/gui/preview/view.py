"""The web view the pane shows, and the object the page's script talks to.

The view has a context menu of its own (the default one offers Back, Reload and View
Source) and takes no drops (a dropped file goes to the window, which opens it). The bridge
is all the page may call through its QWebChannel: to say where the reader scrolled to.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget


class PageBridge(QObject):
    """What the page's script may tell the app: where the reader scrolled to."""

    scrolled = Signal(int, float)

    @Slot(int, float)
    def scrolledTo(self, block: int, fraction: float) -> None:  # noqa: N802 (JS name)
        self.scrolled.emit(block, fraction)

    @Slot()
    def ready(self) -> None:
        """The page's channel is connected."""


class PreviewView(QWebEngineView):
    """The web view with a menu of its own: no Back, Reload or View Source."""

    def __init__(self, sync_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync_action = sync_action
        self.setAcceptDrops(False)  # dropped files go to the window, which opens them

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(self.page().hasSelection())
        copy.triggered.connect(lambda: self.page().triggerAction(QWebEnginePage.WebAction.Copy))
        select = menu.addAction(self.tr("Select All"))
        select.triggered.connect(
            lambda: self.page().triggerAction(QWebEnginePage.WebAction.SelectAll)
        )
        menu.addSeparator()
        menu.addAction(self._sync_action)
        menu.exec(event.globalPos())
