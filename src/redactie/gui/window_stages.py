"""The window in two stages: what its first paint shows, then the rest (issue 18).

The first paint needs the editor with the article, the form and the menu bar. The preview pane
(the web engine and the renderer), its Site Preview mode, the site tools (checks dock, team,
export, publishing), Pexels and the readability score are built in stage 2, from the event
loop just after that paint (`FirstPaint`); the preview's place, the Site and Article menus are
there from the start and filled then. `benchmarks/startup.py`: their imports and constructors
were ~330 ms of the GUI thread's 1,161 ms to the first paint.

Whatever reaches for a stage-2 part first builds it at once: a key, a mouse press or a wheel in
the window (typing, a click in the menu bar) before stage 2 runs it first, then the event goes
on; so does opening the Site or Article menu, and code that asks for `window.preview` (or
another part, `LaterParts`). The input is watched on the window's `QWindow`, where all of it
arrives first: a Python event filter on the application made PySide wrap every object an event
went to, and wrapping one being destroyed crashed (seen in the GUI tests). A shortcut of the
first stage (Ctrl+S) may be Qt's before the window sees the key: it works on the first stage's
parts. The parts catch up with the article as a newly opened one (`session.loaded` once more,
for them alone).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMenu, QRhiWidget, QVBoxLayout, QWidget

from redactie.gui import menus
from redactie.gui.first_paint import FirstPaint

if TYPE_CHECKING:
    from redactie.core.site import Site
    from redactie.gui.context import AppContext
    from redactie.gui.editor.readability_view import ReadabilityView
    from redactie.gui.main_window import MainWindow
    from redactie.gui.pexels.actions import PexelsActions
    from redactie.gui.preview import PreviewPane
    from redactie.gui.preview.site_mode import SitePreview
    from redactie.gui.site.tools import SiteTools

# Input that means the user is at work in the window: stage 2 first.
_INPUT = frozenset(
    {
        QEvent.Type.ShortcutOverride,
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)


@dataclass(frozen=True)
class Parts:
    """A window's stage-2 parts."""

    preview: PreviewPane
    site_preview: SitePreview
    readability: ReadabilityView
    site_tools: SiteTools
    pexels: PexelsActions


class WindowStages(QObject):
    """Stage 1's places for the later parts, and stage 2: `finish()` builds them, once."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._parts: Parts | None = None
        self.preview_place = QWidget(window)  # the preview pane goes in here
        self.preview_place.setObjectName("preview_place")
        place = QVBoxLayout(self.preview_place)
        place.setContentsMargins(0, 0, 0, 0)
        _renders_to_texture(self.preview_place)
        window.installEventFilter(self)  # its Show: then its QWindow is there to watch
        self._painted = FirstPaint(window.editor.viewport(), self.finish)

    @property
    def done(self) -> bool:
        return self._parts is not None

    def parts(self) -> Parts:
        self.finish()
        assert self._parts is not None
        return self._parts

    def add_menus(self) -> None:
        """The Site and Article menus, empty until stage 2 (opening one runs it)."""
        title = QCoreApplication.translate("SiteTools", "S&ite")
        site_menu = self.window.menuBar().addMenu(title)
        site_menu.setObjectName("site_menu")
        article_menu = menus.add_article_menu(self.window, [], None)
        for menu in (site_menu, article_menu):
            menu.aboutToShow.connect(self.finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self._parts is not None:
            return False
        if event.type() in _INPUT:
            self.finish()
        elif watched is self.window and event.type() == QEvent.Type.Show:
            handle = self.window.windowHandle()
            if handle is not None:
                handle.installEventFilter(self)
        return False

    def finish(self) -> None:
        """Stage 2 (once): build the parts, put them in their places, connect them."""
        if self._parts is not None:
            return
        self.window.removeEventFilter(self)
        handle = self.window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
        self._parts = _build(self.window, self.preview_place)
        _connect(self.window, self._parts)
        _catch_up(self.window)


def _renders_to_texture(place: QWidget) -> None:
    """Mark the window as one with a render-to-texture child (the page) before it is shown.

    Qt creates a top-level window for raster painting unless a child renders to a texture;
    the page's view, added in stage 2, then made Qt re-create the shown window (seen under
    Xvfb: a new X window ~1.7 s after the first, focus moved, keys typed meanwhile lost). A
    hidden QRhiWidget is such a child and costs nothing until shown (no RHI is made)."""
    marker = QRhiWidget(place)
    marker.setObjectName("render_to_texture_marker")
    marker.hide()


def _build(window: MainWindow, place: QWidget) -> Parts:
    from redactie.gui.editor.readability_view import ReadabilityView
    from redactie.gui.pexels.actions import PexelsActions
    from redactie.gui.preview import PreviewPane
    from redactie.gui.preview.site_mode import SitePreview
    from redactie.gui.site.tools import SiteTools
    from redactie.gui.spelling import language_menu

    preview = PreviewPane(place)
    cast(QVBoxLayout, place.layout()).addWidget(preview)
    preview.show()  # a child added to a shown widget starts hidden (shown later, queued)
    preview.attach_document(window.editor.document())
    readability = ReadabilityView(window.session, window.editor, window)
    window.statusBar().addPermanentWidget(readability.label)
    site_menu = window.findChild(QMenu, "site_menu")
    tools = SiteTools(
        window.session,
        window.form,
        window,
        new_window=partial(_whole_window, window.context),
        menu=site_menu,
    )
    pexels = PexelsActions(window.session, window.editor, window)
    site_preview = SitePreview(window.session, preview)
    menus.add_preview_actions(window, site_preview.action, preview.sync_action)
    article_menu = window.findChild(QMenu, "article_menu")
    assert article_menu is not None
    article_menu.addActions([pexels.choose_cover_action, pexels.insert_photo_action])
    article_menu.addAction(window.undo_edit_action)
    article_menu.addSeparator()
    article_menu.addAction(pexels.key_action)
    window.editor_column.insertWidget(1, tools.notices)  # under the example's note
    tools.notices.show()  # as the preview: else hidden until the event loop's next turn
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, tools.checks_dock)
    window.resizeDocks([tools.checks_dock], [110], Qt.Orientation.Vertical)
    tools.checks_dock.show()  # a dock added to a shown window starts hidden
    if window.context.settings.window_state:  # as the user left it, now that it is there
        window.restoreState(QByteArray(base64.b64decode(window.context.settings.window_state)))
    bar = window.statusBar()
    for widget in (tools.scan_status, tools.publishing.label, tools.team_status):
        bar.addPermanentWidget(widget)
    language_menu.install(window, window.spelling).chosen.connect(window.set_spelling_language)
    return Parts(preview, site_preview, readability, tools, pexels)


def _whole_window(context: AppContext[MainWindow]) -> MainWindow:
    """A new window of the app with its later parts built: what the site tools open a window
    for (a review, shown by the new window's review tools) is there to find at once."""
    new = context.new_window()
    new.stages.finish()
    return new


def _connect(window: MainWindow, parts: Parts) -> None:
    session, editor, preview, tools = window.session, window.editor, parts.preview, parts.site_tools
    session.loaded.connect(lambda: _show_article(window, preview))
    session.frontMatterChanged.connect(lambda _change: preview.front_matter_changed())
    session.bodyChanged.connect(preview.body_changed)
    session.siteChanged.connect(lambda site: _show_site(preview, site))
    editor.statsChanged.connect(preview.show_stats)
    editor.cursorPositionChanged.connect(
        lambda: preview.scroll_to_line(editor.textCursor().blockNumber())
    )
    editor.verticalScrollBar().valueChanged.connect(window.editor_scrolled)
    preview.scrolledToLine.connect(window.preview_scrolled)
    show = window.statusBar().showMessage
    parts.pexels.message.connect(lambda text: show(text, 8000))
    tools.message.connect(lambda text: show(text, 8000))
    tools.checks.fieldRequested.connect(window.view_modes.reveal_form)
    tools.checks.fieldRequested.connect(window.form.focus_field)
    tools.checks.lineRequested.connect(window.go_to_file_line)
    # the last site is active again, from the event loop (its scan runs in the pool)
    QTimer.singleShot(0, tools.sites.restore_last_site)


def _catch_up(window: MainWindow) -> None:
    """The parts see the open article as newly loaded; the window and the example's note
    have seen it (the note would hide, the cursor go to the start)."""
    session, banner = window.session, window.example_banner
    session.loaded.disconnect(window.on_loaded)
    session.loaded.disconnect(banner.hide)
    try:
        session.loaded.emit()
    finally:
        session.loaded.connect(banner.hide)
        session.loaded.connect(window.on_loaded)
    window.preview.show_stats(window.editor.stats)


def _show_article(window: MainWindow, preview: PreviewPane) -> None:
    path = window.document.path
    preview.set_article(window.document.article, path.parent if path else None)


def _show_site(preview: PreviewPane, site: Site | None) -> None:
    if site is None:
        return
    from redactie.core.render.highlight import Highlighting

    sheet = site.options.preview_stylesheet
    hugo = site.hugo
    preview.set_site(
        site.static_dirs,
        unsafe=hugo.unsafe_html,
        stylesheet=site.root / sheet if sheet else None,
        highlighting=Highlighting(
            hugo.code_fences, hugo.highlight_style, hugo.highlight_no_classes
        ),
    )


class LaterParts:
    """The window's stage-2 parts as attributes: the first to ask builds them."""

    stages: WindowStages

    @property
    def preview(self) -> PreviewPane:
        return self.stages.parts().preview

    @property
    def site_preview(self) -> SitePreview:
        return self.stages.parts().site_preview

    @property
    def readability(self) -> ReadabilityView:
        return self.stages.parts().readability

    @property
    def site_tools(self) -> SiteTools:
        return self.stages.parts().site_tools

    @property
    def pexels(self) -> PexelsActions:
        return self.stages.parts().pexels
