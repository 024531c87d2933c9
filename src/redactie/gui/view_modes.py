"""View → Form, Preview, Focus Mode, Typewriter Scrolling and Full Screen: how much of the
window is shown, and where the line being typed sits.

Every pane that can be hidden is brought back from the same menu; focus mode hides all but
the editor (its text stays a centred column of comfortable width) and gives back exactly what
was shown before. Below NARROW_WIDTH (half a 1600-pixel screen) three columns leave the editor
3-5 words a line, so the form folds away and takes turns with the preview beside the editor;
widening the window unfolds it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QWidget,
)

from redactie.gui.shortcuts import standard_keys

# Below this window width the form and the preview take turns beside the editor. Measured on
# the example article: at 1100 px three columns still give the editor about 50 characters.
NARROW_WIDTH = 1100
EDITOR_SHARE = 0.58  # of a narrow window's width, the rest for the form or the preview


class ViewModes(QObject):
    """The View menu's pane actions for one window."""

    def __init__(
        self, window: QMainWindow, form: QWidget, preview: QWidget, editor: QPlainTextEdit
    ) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.preview = preview
        self.editor = editor
        self._before_focus: dict[QWidget, bool] = {}
        self._narrow = False
        self._folded = False  # the form was folded away by a narrow window, not by the user
        self._yielded: QAction | None = None  # the pane hidden to make room for the other
        self._adjusting = False
        self.show_form = self._toggle(self.tr("Show &Form"), "Ctrl+Shift+F", "view:form", form)
        self.show_preview = self._toggle(
            self.tr("Show &Preview"), "Ctrl+Shift+P", "view:preview", preview
        )
        self.show_form.toggled.connect(lambda on: self._take_turns(self.show_form, on))
        self.show_preview.toggled.connect(lambda on: self._take_turns(self.show_preview, on))
        self.typewriter = QAction(self.tr("&Typewriter Scrolling"), window)
        self.typewriter.setObjectName("view:typewriter")
        self.typewriter.setCheckable(True)
        self.typewriter.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.typewriter.setToolTip(self.tr("Keep the line you are typing in the middle"))
        self.typewriter.toggled.connect(self._set_typewriter)
        editor.cursorPositionChanged.connect(self._keep_line_centred)
        self.focus = QAction(self.tr("F&ocus Mode"), window)
        self.focus.setObjectName("view:focus")
        self.focus.setCheckable(True)
        self.focus.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.focus.setToolTip(self.tr("The editor alone; again to bring everything back"))
        self.focus.toggled.connect(self.set_focus_mode)
        self.full_screen = QAction(self.tr("F&ull Screen"), window)
        self.full_screen.setObjectName("view:full_screen")
        self.full_screen.setCheckable(True)
        self.full_screen.setShortcuts(standard_keys(QKeySequence.StandardKey.FullScreen))
        self.full_screen.toggled.connect(self._set_full_screen)

        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.show_form, self.show_preview, self.focus, self.typewriter, self.full_screen]

    def reveal_form(self) -> None:
        """Bring the form back (a finding asked for one of its fields)."""
        if self.focus.isChecked():
            self.focus.setChecked(False)
        self.show_form.setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.fit_width(self.window.width())
        return False

    def fit_width(self, width: int) -> None:
        """Fold the form away below NARROW_WIDTH, unfold it again above (if it was us)."""
        narrow = width < NARROW_WIDTH
        if narrow == self._narrow or self.focus.isChecked():
            return
        self._narrow = narrow
        if narrow and self.show_form.isChecked() and self.show_preview.isChecked():
            self._folded = True
            self._set_quietly(self.show_form, False)
            QTimer.singleShot(0, self._give_editor_its_share)
        elif not narrow:
            if self._folded or self._yielded is not None:
                self._set_quietly(self.show_form, True)
                self._set_quietly(self.show_preview, True)
            self._folded, self._yielded = False, None

    def _take_turns(self, action: QAction, on: bool) -> None:
        """In a narrow window the form and the preview share the place beside the editor."""
        if self._adjusting or not self._narrow:
            return
        other = self.show_preview if action is self.show_form else self.show_form
        if on and other.isChecked():
            self._yielded = other
            self._set_quietly(other, False)
        elif not on and self._yielded is other:
            self._yielded = None
            self._set_quietly(other, True)
        QTimer.singleShot(0, self._give_editor_its_share)

    def _give_editor_its_share(self) -> None:
        """Two columns in a narrow window: the editor gets the larger one, whatever the
        splitter remembered from when there were three."""
        splitter = self.form.parentWidget()
        if not self._narrow or not isinstance(splitter, QSplitter):
            return
        panes = [splitter.widget(i) for i in range(splitter.count())]
        shown = [pane is not None and pane.isVisible() for pane in panes]
        total = sum(size for size, visible in zip(splitter.sizes(), shown, strict=True) if visible)
        editor_size = int(total * EDITOR_SHARE)
        sizes = [
            0 if not visible else editor_size if pane.isAncestorOf(self.editor) else -1
            for pane, visible in zip(panes, shown, strict=True)
            if pane is not None
        ]
        splitter.setSizes([total - editor_size if size < 0 else size for size in sizes])

    def _set_quietly(self, action: QAction, on: bool) -> None:
        self._adjusting = True
        try:
            action.setChecked(on)
        finally:
            self._adjusting = False

    def _set_typewriter(self, on: bool) -> None:
        self.editor.setCenterOnScroll(on)  # lets the last lines reach the middle too
        self._keep_line_centred()

    def _keep_line_centred(self) -> None:
        if self.typewriter.isChecked():
            self.editor.centerCursor()

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
        self._set_quietly(self.show_form, self.form.isVisible())
        self._set_quietly(self.show_preview, self.preview.isVisible())

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
