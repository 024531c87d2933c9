"""The spell checking of one window: which dictionaries, loaded where, applied to what.

The language comes from the open article (its `spelllang`), else the article session's
resolved spelling language (the site's redactie.toml [spelling] language, else its
languageCode), else Dutch. Whenever that, the
site's word list or the ALL-CAPS setting changes, the matching checker is taken from the
app's cache or loaded by a worker (`SpellCheckerLoader`), and then the editor and the form's
fields are checked again with it. The window stays usable meanwhile: the old underlines stay
until the new dictionaries are in.

Nothing is loaded before the editor has painted once (or, for a window never shown, a moment
after it was built): the dictionaries' reading (0.14 s of CPU holding the GIL in the pool) and
the first checking of the text on the GUI thread come after the window is usable (issue 18).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from redactie.core.spelling import SpellChecker
from redactie.core.spelling.language import article_choice, dictionaries, normalized
from redactie.gui.context import AppContext
from redactie.gui.editor import MarkdownEditor
from redactie.gui.editor.spell_menu import EditorSpelling
from redactie.gui.session import ArticleSession
from redactie.gui.spelling.form import FormSpelling, attach_spelling
from redactie.gui.spelling.loader import SpellCheckerLoader

if TYPE_CHECKING:
    from redactie.core.site import Site

_Key = tuple[tuple[str, ...], Path | None, bool]
HIDDEN_START_MS = 1000  # a window not shown (a test, a self-test) still gets its dictionaries


class WindowSpelling(QObject):
    """Keeps one window's editor and form checked in the language its article asks for."""

    languageChanged = Signal()  # noqa: N815 (Qt's signal style): own choice or effective code
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext[Any],
        session: ArticleSession,
        editor: MarkdownEditor,
        form: QWidget,
    ) -> None:
        super().__init__(editor)
        self.context = context
        self.session = session
        self.form = form
        self.editor_spelling = EditorSpelling(editor)
        self.form_spelling: FormSpelling | None = None
        self._key: _Key | None = None
        self._shown: tuple[str | None, str] | None = None
        self._loader = SpellCheckerLoader(self)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self.failed)
        self._started = False
        self._viewport = editor.viewport()
        self._viewport.installEventFilter(self)
        QTimer.singleShot(HIDDEN_START_MS, self, self._start_if_hidden)
        session.loaded.connect(self._on_loaded)
        session.siteChanged.connect(lambda _site: self.update())
        session.frontMatterChanged.connect(lambda _change: self.update())  # `spelllang` typed

    @property
    def site(self) -> Site | None:
        return self.session.site

    # -- what decides the language ---------------------------------------------------------

    @property
    def own_choice(self) -> str | None:
        """The article's own language (`nl`, `en`), None when it follows the site."""
        return article_choice(self.session.article)

    @property
    def site_code(self) -> str:
        """The site's spelling language, Dutch without a site."""
        return normalized(self.session.options.spelling_language.value) or "nl"

    @property
    def code(self) -> str:
        """The language the article is checked in now."""
        return self.own_choice or self.site_code

    @property
    def checker(self) -> SpellChecker | None:
        return self.editor_spelling.checker

    def _on_loaded(self) -> None:
        """Another article in the window: what was ignored counts again, its language rules."""
        if self.checker is not None:
            self.checker.clear_ignored()  # "Ignore" holds for one article
        self.update()

    def reload(self) -> None:
        """Load again even for the same languages (the ALL-CAPS setting changed)."""
        self._key = None
        self.update()

    # -- loading and applying --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._viewport and event.type() == QEvent.Type.Paint:
            self._viewport.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)  # after this paint, not inside it
        return False

    @property
    def started(self) -> bool:
        """True once the window has painted and the dictionaries may load."""
        return self._started

    def _start_if_hidden(self) -> None:
        """A window never shown loads now; a shown one waits for its paint, however long the
        start takes (on a busy machine a second passed before the first paint, and the
        dictionaries loaded in its way)."""
        if not self._viewport.isVisible():
            self._start()

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self._viewport.removeEventFilter(self)
            self.update()

    def update(self) -> None:
        """Check with the dictionaries the article, site and settings ask for now; cheap when
        nothing changed (the raw front matter was edited, the same site reopened)."""
        shown = (self.own_choice, self.code)
        if shown != self._shown:
            self._shown = shown
            self.languageChanged.emit()
        if not self._started:
            return  # `_start` loads them after the first paint
        key = self._wanted()
        if key == self._key:
            return
        self._key = key
        cached = self.context.spell_checkers.get(key)
        if cached is not None:
            self._loader.cancel()
            self._use(cached)
            return
        languages, words, caps = key
        self._loader.load(languages, site_words=words, skip_caps=caps)

    def _wanted(self) -> _Key:
        words = None
        if self.site is not None and self.site.options.spelling_words:
            words = self.site.root / self.site.options.spelling_words
        return (dictionaries(self.code), words, self.context.settings.spell_skip_caps)

    def _loaded(self, checker: SpellChecker) -> None:
        if self._key is not None:
            self.context.spell_checkers[self._key] = checker
        self._use(checker)

    def _use(self, checker: SpellChecker) -> None:
        self.context.spell_checker = checker
        self.editor_spelling.set_checker(checker)
        if self.form_spelling is not None:
            self.form_spelling.set_checker(checker)
            return
        self.form_spelling = attach_spelling(self.form, checker)
        self.editor_spelling.wordAccepted.connect(self.form_spelling.refresh)
        self.form_spelling.wordAccepted.connect(self.editor_spelling.refresh_word)
