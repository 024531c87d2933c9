"""The main window: form, editor and preview side by side, and the one place they are wired.

Widgets never talk to each other directly: the window connects their signals here (the parts
built after the first paint in `window_stages.py`), and every change to the file goes through
the `ArticleDocument` (and so through the lossless `Article`).
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from redactie.core import storage
from redactie.core.article import ArticleError, EncodingError
from redactie.core.article.frontmatter import FrontMatterError
from redactie.core.article.textstats import TextStats
from redactie.core.spelling.language import set_article_choice
from redactie.gui import dialogs, menus
from redactie.gui.context import AppContext
from redactie.gui.editor import EditorActions, FindReplaceBar, MarkdownEditor, format_stats
from redactie.gui.example_banner import ExampleBanner
from redactie.gui.file_watch import FileWatcher
from redactie.gui.form import FrontMatterForm
from redactie.gui.legacy_encoding import offer_legacy_encoding
from redactie.gui.messages import message
from redactie.gui.recovery_writer import RecoveryWriter
from redactie.gui.session import ArticleSession, FrontMatterChange
from redactie.gui.spelling.session import WindowSpelling
from redactie.gui.theme import apply_theme
from redactie.gui.view_modes import ViewModes
from redactie.gui.window_geometry import fit_to_screen
from redactie.gui.window_stages import LaterParts, WindowStages

FILE_FILTER = "Markdown (*.md *.markdown *.mdown);;All files (*)"
TYPING_PAUSE_MS = 1500


class MainWindow(LaterParts, QMainWindow):
    """One article per window; open more windows for more articles. The preview, site tools,
    Pexels and readability come just after the first paint (`window_stages.py`)."""

    def __init__(self, context: AppContext[MainWindow]) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("main_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)

        self.editor = MarkdownEditor(self)
        self.editor.setObjectName("editor")
        self.find_bar = FindReplaceBar(self.editor, self)
        self.find_bar.hide()
        self.session = ArticleSession(self.editor.document(), context.settings, parent=self)
        self.document = self.session.document
        self.form = FrontMatterForm(parent=self)
        self.form.setObjectName("form")
        self.stages = WindowStages(self)
        self.spelling = WindowSpelling(context, self.session, self.editor, self.form)
        self.editor_actions = EditorActions(self.editor, self.find_bar, self)
        self.watcher = FileWatcher(self)

        self.splitter = self._build_layout()
        self.view_modes = ViewModes(self, self.form, self.stages.preview_place, self.editor)
        self.file_actions = menus.build(
            self,
            self._commands(),
            editor_actions=self.editor_actions,
            settings=context.settings,
            view_actions=self.view_modes.actions(),
        )
        self.stages.add_menus()
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("stats_label")
        self.statusBar().addPermanentWidget(self.stats_label)
        self._fit_pending = False
        self.recovery_copy = RecoveryWriter(
            self.document,
            context.recovery,
            context.settings.recovery_interval_seconds,
            self.statusBar().showMessage,
            self,
        )
        self._typing_pause = QTimer(self)
        self._typing_pause.setSingleShot(True)
        self._typing_pause.setInterval(TYPING_PAUSE_MS)
        self._wire()
        self._restore_geometry()
        self.document.new()
        self.undo_edit_action = self.session.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_edit_action.setObjectName("undo_article_edit")
        self.spelling.update()  # loads the dictionaries (a worker)
        if self.context.settings.window_state:  # docks and toolbars as the user left them
            self.restoreState(QByteArray(base64.b64decode(self.context.settings.window_state)))
        self.context.register(self, lambda: MainWindow(context))

    # -- construction --------------------------------------------------------------------------

    def _build_layout(self) -> QSplitter:
        editor_column = QWidget(self)
        column = QVBoxLayout(editor_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.example_banner = ExampleBanner(
            self.session, self.new_article, self.choose_and_open, editor_column
        )
        self.editor_column = column  # the site's notices go under the example's (stage 2)
        column.addWidget(self.example_banner)
        column.addWidget(self.editor)
        column.addWidget(self.find_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.form)
        splitter.addWidget(editor_column)
        splitter.addWidget(self.stages.preview_place)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        return splitter

    def _commands(self) -> menus.Commands:
        return menus.Commands(
            new=self.new_article,
            new_window=self.open_new_window,
            open=self.choose_and_open,
            open_recent=self.open_recent,
            save=self.save,
            save_as=self.save_as,
            revert=self.revert,
            close=self.close,
            quit=self.quit_all,
            undo=self.undo,
            redo=self.redo,
            set_skip_caps=self.set_skip_caps,
            set_language=self.set_language,
            set_theme=self.set_theme,
        )

    def _wire(self) -> None:
        """The one place where the parts are connected: through the session, or here."""
        session = self.session
        session.modifiedChanged.connect(lambda _m: self._update_title())
        session.loaded.connect(self.on_loaded)
        session.frontMatterChanged.connect(self._on_front_matter_changed)
        session.bodyChanged.connect(lambda _p, _r, _a: self._typing_pause.start())
        self.spelling.failed.connect(
            lambda reason: self.statusBar().showMessage(
                self.tr("Spell checking is off: {0}").format(reason), 8000
            )
        )
        self.form.changed.connect(lambda: session.front_matter_edited(self.form))
        self.editor.statsChanged.connect(self._show_stats)
        self.editor.statsPending.connect(
            lambda: self.stats_label.setText(self.tr("Counting words and reading time…"))
        )
        self.watcher.changedOnDisk.connect(self._on_changed_on_disk)
        self._typing_pause.timeout.connect(self.recovery_copy.write)

    # -- spelling ------------------------------------------------------------------------------

    def set_spelling_language(self, code: str | None) -> None:
        """Article → Spelling Language: stored in the article's front matter (one line), then
        the editor and the form are checked again with that language first."""
        try:
            self.session.edit_article(
                lambda article: set_article_choice(article, code),
                self.tr("Spelling Language"),
                keys=["spelllang"],
            )
        except FrontMatterError as exc:
            self.statusBar().showMessage(
                self.tr("The spelling language could not be stored: {0}").format(message(exc)), 8000
            )
            self.spelling.update()  # the menu shows what the article really says

    # -- document events -----------------------------------------------------------------------

    def on_loaded(self) -> None:
        doc = self.document
        self.form.set_article(doc.article)
        self.form.set_base_folder(doc.path.parent if doc.path else None)
        self.watcher.watch(doc.path, doc.disk_hash)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_title()

    def _on_front_matter_changed(self, change: FrontMatterChange) -> None:
        if change.origin is not self.form:  # an app edit (cover, fix, language, undo)
            self.form.refresh_from_article()
        self._typing_pause.start()

    def go_to_file_line(self, line: int, column: int = 1) -> None:
        """Show a place in the file: in the raw front matter, or the editor's body line."""
        from redactie.gui.site.checks_runner import body_first_line

        first = body_first_line(self.document.article)
        if line < first:
            self.form.raw_toggle.setChecked(True)
            self.form.raw_panel.go_to_line(line, column)
            return
        self.editor.go_to(line - first, column)

    def editor_scrolled(self, _value: int) -> None:
        if self.preview.sync_action.isChecked():  # finding the top line costs a layout query
            self.preview.align_to_line(self.editor.cursorForPosition(QPoint(0, 0)).blockNumber())

    def preview_scrolled(self, line: int) -> None:
        """The reader scrolled the preview: bring the editor's matching line to its top."""
        block = self.editor.document().findBlockByNumber(line)
        if block.isValid():
            self.editor.verticalScrollBar().setValue(block.firstLineNumber())

    def _show_stats(self, stats: TextStats) -> None:
        self.stats_label.setText(format_stats(stats))

    def _update_title(self) -> None:
        name = self.document.display_name() or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — redactie")
        self.setWindowModified(self.document.is_modified())

    # -- file workflow -------------------------------------------------------------------------

    def new_article(self) -> None:
        if self.confirm_discard():
            self.document.new()

    def open_new_window(self) -> None:
        self.context.new_window()

    def choose_and_open(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Article"), start, FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_recent(self, name: str) -> None:
        path = Path(name)
        if not path.exists():
            self.context.settings.remove_recent(path)
            dialogs.show_error(
                self,
                self.tr("File not found"),
                self.tr("“{0}” no longer exists; it was removed from the recent files.").format(
                    name
                ),
                "open_error",
            )
            return
        self.open_path(path)

    def open_or_create(self, path: Path) -> bool:
        """Open `path`, or, when no file is there yet, a new article that saves there."""
        if path.exists():
            return self.open_path(path)
        if not self.confirm_discard():
            return False
        self.document.new()
        self.document.path = path.expanduser().absolute()
        self._update_title()
        return True

    def open_path(self, path: Path) -> bool:
        """Open `path` here (after asking about unsaved changes) or bring its window forward."""
        existing = self.context.window_for(path)
        if existing is not None and existing is not self:
            existing.raise_()
            existing.activateWindow()
            return True
        converted = False
        try:  # whether it opens is known before asking about the current article
            data, article = self.document.read(path)
        except EncodingError as exc:
            legacy = offer_legacy_encoding(self, path, exc)
            if legacy is None:
                return False
            data, article, converted = *legacy, True
        except (ArticleError, storage.StorageError) as exc:
            dialogs.show_error(
                self, self.tr("Cannot open file"), dialogs.open_error_text(path, exc), "open_error"
            )
            return False
        if not self.confirm_discard():
            return False
        self.document.adopt(path, data, article)
        if converted:  # the text differs from the file until it is saved, as UTF-8
            self.document.body_document.setModified(True)
            self.statusBar().showMessage(
                self.tr("Opened as Windows-1252; saving writes it as UTF-8."), 8000
            )
        self._after_disk_write_or_read()
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.suggested_path())
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Article As"), start, FILE_FILTER)
        if not name:
            return False
        if self.document.path is None:
            self._tidy_new_body()
        return self.save_to(Path(name))

    def suggested_path(self) -> Path:
        """Where Save As starts (see `save_name.suggested_path`)."""
        from redactie.gui.save_name import suggested_path

        return suggested_path(self.session, self.context.settings.last_folder)

    def _tidy_new_body(self) -> None:
        """A new file gets a blank line after its front matter and a final newline, as Hugo
        articles have (one undo step)."""
        document = self.editor.document()
        text = document.toPlainText()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if not text.endswith("\n"):
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText("\n")
        if not text.startswith("\n"):
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.insertText("\n")
        cursor.endEditBlock()

    def save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except storage.SaveError as exc:
            dialogs.show_error(
                self, self.tr("Cannot save file"), dialogs.save_error_text(path, exc), "save_error"
            )
            return False
        self.form.set_base_folder(path.parent)
        self.watcher.watch(self.document.path, self.document.disk_hash)
        self._after_disk_write_or_read()
        self.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 4000)
        return True

    def _after_disk_write_or_read(self) -> None:
        if self.document.path is not None:
            self.context.settings.add_recent(self.document.path, self.session.text_field("title"))
            self.context.save_settings()
        self.recovery_copy.discard()
        self._update_title()

    def revert(self) -> None:
        if self.document.path is None or not self.document.is_modified():
            return
        if dialogs.ask_revert(self, self.document.display_name()):
            self.document.load(self.document.path)

    def confirm_discard(self) -> bool:
        """True when the current article may be replaced: saved, discarded or unchanged."""
        if not self.document.is_modified():
            return True
        answer = dialogs.ask_unsaved(self, self.document.display_name())
        if answer is dialogs.UnsavedAnswer.SAVE:
            return self.save()
        return answer is dialogs.UnsavedAnswer.DISCARD

    def quit_all(self) -> None:
        for window in list(self.context.windows):
            if not window.close():
                return

    # -- editing -------------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo where the user is: a form field, the editor, or else the last cover change."""
        target = QApplication.focusWidget()
        if target is not None and target is not self.editor and hasattr(target, "undo"):
            target.undo()
        elif target is not self.editor and self.session.undo_stack.canUndo():
            self.session.undo_stack.undo()
        else:
            self.editor.undo()

    def redo(self) -> None:
        target = QApplication.focusWidget()
        if target is not None and target is not self.editor and hasattr(target, "redo"):
            target.redo()
        else:
            self.editor.redo()

    def set_skip_caps(self, skip: bool) -> None:
        """The ALL-CAPS setting; the dictionaries reload with it (in a worker)."""
        self.context.settings.spell_skip_caps = skip
        self.context.save_settings()
        self.spelling.reload()

    def set_theme(self, code: str) -> None:
        """View → Appearance: System, Light or Dark, for the window and the preview, now."""
        self.context.settings.theme = code
        self.context.save_settings()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, code)

    def set_language(self, code: str) -> None:
        self.context.settings.language = code
        self.context.save_settings()
        self.statusBar().showMessage(self.tr("The language changes when redactie restarts."), 6000)

    # -- never lose work -----------------------------------------------------------------------

    def _on_changed_on_disk(self, data: bytes) -> None:
        doc = self.document
        digest = storage.content_hash(data)
        if not doc.is_modified():
            self._reload_quietly(data, digest)
            return
        answer = dialogs.ask_external_change(self, doc.display_name())
        if answer is dialogs.ExternalAnswer.LOAD_THEIRS:
            self._reload_quietly(data, digest)
        elif answer is dialogs.ExternalAnswer.SHOW_BOTH:
            self._compare_with_disk(data, digest)
        else:
            doc.disk_hash = digest  # keep mine; saving will overwrite theirs knowingly

    def _compare_with_disk(self, data: bytes, digest: str) -> None:
        """Yours beside the disk's, change by change; the choice becomes unsaved work."""
        from redactie.gui.compare_dialog import CompareDialog

        mine = self.document.current_bytes().decode("utf-8", "replace")
        theirs = data.decode("utf-8", "replace")
        dialog = CompareDialog(mine, theirs, self)
        if dialog.exec() != CompareDialog.DialogCode.Accepted or dialog.merged is None:
            self.document.disk_hash = digest  # as "keep mine": saving overwrites knowingly
            return
        self.document.load_bytes(
            dialog.merged.encode("utf-8"), self.document.path, disk_hash=digest
        )
        if dialog.merged != theirs:
            self.document.body_document.setModified(True)

    def _reload_quietly(self, data: bytes, digest: str) -> None:
        cursor = self.editor.textCursor().position()
        try:
            self.document.load_bytes(data, self.document.path, disk_hash=digest)
        except ArticleError as exc:
            path = self.document.path or Path("?")
            dialogs.show_error(
                self,
                self.tr("Cannot reload file"),
                dialogs.open_error_text(path, exc),
                "open_error",
            )
            return
        text_cursor = self.editor.textCursor()
        text_cursor.setPosition(min(cursor, len(self.editor.toPlainText())))
        self.editor.setTextCursor(text_cursor)
        self.statusBar().showMessage(self.tr("Reloaded: the file was changed on disk."), 4000)

    # -- window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(settings.window_geometry)))
            self._fit_pending = True  # once shown, when the frame's size is known
        else:
            self.resize(QSize(1280, 720))
        sizes = settings.splitter_sizes.get("main")
        if sizes and len(sizes) == 3:
            self.splitter.setSizes(sizes)
        else:
            self.splitter.setSizes([380, 520, 380])

    def _remember_geometry(self) -> None:
        settings = self.context.settings
        settings.window_geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        if self.stages.done:  # else the checks dock is not there to say where it was
            settings.window_state = base64.b64encode(bytes(self.saveState().data())).decode()
        settings.splitter_sizes["main"] = self.splitter.sizes()
        self.context.save_settings()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            fit_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.confirm_discard():
            event.ignore()
            return
        self._remember_geometry()
        self.recovery_copy.close()  # the copy goes after any write under way
        if self.stages.done:
            self.site_preview.stop()  # no Hugo left running
            self.readability.cancel()  # the pool's count of this text stops
        self.context.unregister(self)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])
            for extra in paths[1:]:
                self.context.new_window().open_path(extra)
