"""A widget that places its children in rows and wraps them, like words in a paragraph.

Qt has no flow layout built in (it is one of its examples), and a QLayout subclass written in
Python crashes PySide6 6.12 on CPython 3.11 (returning None from `itemAt` corrupts None's
reference count: "none_dealloc"). So the tag editor's chips are placed by this widget itself,
which reports its height for a given width so the form column grows as the chips wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class FlowBox(QWidget):
    """Children left to right, wrapping to a new row; the last one fills its row's rest."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self._items: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        widget.setParent(self)
        self._items.insert(index, widget)
        widget.show()
        self._changed()

    def add_widget(self, widget: QWidget) -> None:
        self.insert_widget(len(self._items), widget)

    def remove_widget(self, widget: QWidget) -> None:
        if widget in self._items:
            self._items.remove(widget)
            widget.hide()
            self._changed()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(width, move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = max(self.width(), self.minimumSizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        size = QSize(0, 0)
        for widget in self._items:
            size = size.expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange(self.width(), move=True)

    def _changed(self) -> None:
        self.updateGeometry()
        self._arrange(self.width(), move=True)

    def _arrange(self, width: int, *, move: bool) -> int:
        """Place the children within `width` (or only measure); returns the height used."""
        x = y = row_height = 0
        visible = [w for w in self._items if not w.isHidden()]
        for index, widget in enumerate(visible):
            hint = widget.sizeHint().expandedTo(widget.minimumSize())
            if x + hint.width() > width and x > 0:
                x, y = 0, y + row_height + self.spacing
                row_height = 0
            if move:
                item_width = min(hint.width(), width)
                if index == len(visible) - 1:
                    item_width = max(item_width, width - x)
                widget.setGeometry(QRect(QPoint(x, y), QSize(item_width, hint.height())))
            x += hint.width() + self.spacing
            row_height = max(row_height, hint.height())
        return y + row_height
