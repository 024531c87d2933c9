"""The first start's note above the example article: what it is, and the way to one's own.

A newcomer who finds a finished article open can take it for someone's real work or wonder
where their own goes; the note says it is an example (saving asks where, the bundled file is
never written) and offers New and Open. It goes when another article is opened or created,
when the example is saved as the journalist's own, or when closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from redactie.gui.session import ArticleSession


class ExampleBanner(QFrame):
    """A strip above the editor, hidden until `show_for_example()`."""

    def __init__(
        self,
        session: ArticleSession,
        new: Callable[[], None],
        open_: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("example_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#example_banner { background: palette(alternate-base); border: none;"
            " border-bottom: 1px solid palette(mid); }"
        )
        self.label = QLabel(
            self.tr(
                "This is an example article: look around and try anything, the example itself "
                "is never changed. Ready for your own?"
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New Article"), self)
        self.new_button.setObjectName("example_new")
        self.new_button.clicked.connect(new)
        self.open_button = QPushButton(self.tr("&Open Article…"), self)
        self.open_button.setObjectName("example_open")
        self.open_button.clicked.connect(open_)
        close = QToolButton(self)
        close.setObjectName("example_close")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this note"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        session.loaded.connect(self.hide)
        session.saved.connect(self.hide)

    def show_for_example(self) -> None:
        """Call after the example has been loaded (loading hides the note)."""
        self.show()
