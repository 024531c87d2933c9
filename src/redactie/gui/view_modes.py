"""View → Form, Preview, Focus Mode and Full Screen: how much of the window is shown.

Every pane that can be hidden is brought back from the same menu; focus mode hides all but
the editor (its text stays a centred column of comfortable width) and gives back exactly what
was shown before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget


class ViewModes(QObject):
    """The View menu's pane actions for one window."""

    def __init__(self, window: QMainWindow, form: QWidget, preview: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.preview = preview
        self._before_focus: dict[QWidget, bool] = {}
        self.show_form = self._toggle(self.tr("Show &Form"), "Ctrl+Shift+F", "view:form", form)
        self.show_preview = self._toggle(
            self.tr("Show &Preview"), "Ctrl+Shift+P", "view:preview", preview
        )
        self.focus = QAction(self.tr("F&ocus Mode"), window)
        self.focus.setObjectName("view:focus")
        self.focus.setCheckable(True)
        self.focus.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.focus.setToolTip(self.tr("The editor alone; again to bring everything back"))
        self.focus.toggled.connect(self.set_focus_mode)
        self.full_screen = QAction(self.tr("F&ull Screen"), window)
        self.full_screen.setObjectName("view:full_screen")
        self.full_screen.setCheckable(True)
        self.full_screen.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen))
        self.full_screen.toggled.connect(self._set_full_screen)

    def actions(self) -> list[QAction]:
        return [self.show_form, self.show_preview, self.focus, self.full_screen]

    def _toggle(self, text: str, key: str, name: str, pane: QWidget) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setChecked(True)
        action.setShortcut(QKeySequence(key))
        action.toggled.connect(pane.setVisible)
        return action

    def set_focus_mode(self, on: bool) -> None:
        """Hide everything but the editor, or give back what was shown before."""
        others = [self.form, self.preview, *self._bars()]
        if on:
            self._before_focus = {w: w.isVisible() for w in others}
            for widget in others:
                widget.hide()
        else:
            for widget, shown in self._before_focus.items():
                widget.setVisible(shown)
            self._before_focus = {}
        self.show_form.setChecked(self.form.isVisible())
        self.show_preview.setChecked(self.preview.isVisible())

    def _bars(self) -> list[QWidget]:
        """The window's docks and toolbars (the checks dock, the main toolbar)."""
        found: list[QWidget] = []
        found += self.window.findChildren(QDockWidget)
        found += self.window.findChildren(QToolBar)
        return found

    def _set_full_screen(self, on: bool) -> None:
        state = self.window.windowState()
        if on:
            self.window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self.window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
