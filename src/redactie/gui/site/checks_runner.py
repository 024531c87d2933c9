"""Keeps the checks panel in step with the article, without slowing down typing.

Edits only restart a short timer; the checks run once the typing pauses. Any front-matter
change made through the session (the form, a chosen cover, a fix) refreshes the panel at once,
so it never shows a finding the article no longer has. A click on a finding asks for its field
or its file line and column (`fieldRequested`, `lineRequested`, any rule that sets
`Finding.column`); the window decides where that is. Tags the journalist confirmed as new are
remembered here, for this window's article only: confirming is a decision about one article,
not a change to the site's list.

The rules that read the whole body (`Rule.whole_body`: images, placeholders, alt texts and their
language (340 ms at 5 MB), link entities, long sentences; and house style, about 300 ms at 500
KB when a site turns it on) cost tens of milliseconds at 500 KB, too long for the GUI thread
(issue 15: at most 1 ms added per keystroke). They run in the thread pool on a copy of the
article's text, and their findings join the front matter's when they arrive (only for the text
the panel shows; an older answer is dropped, and until it comes the panel keeps the body
findings it had, so nothing flickers). On the GUI thread stay the front-matter rules and the
copy of the text.
`benchmarks/checks.py` has the figures. The rule table is imported when the checks first run
(after the typing pause), not with the window: ~30 ms of its start (`benchmarks/startup.py`).
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from redactie.core.article import Article
from redactie.core.checks.model import Finding
from redactie.core.site import Site
from redactie.gui.first_paint import FirstPaint
from redactie.gui.session import ArticleSession, FrontMatterChange
from redactie.gui.site.checks_panel import ChecksPanel

if TYPE_CHECKING:
    from redactie.core.checks import Rule
    from redactie.core.checks.links import LinkResult

REFRESH_DELAY_MS = 400
# A text's number (a new one whenever the text changes), the site and the file it is checked
# for. Not the text itself: an answer's key outlives its text, and at 500 KB each old text kept
# is half a MiB (issue 18); the number is compared where the text was.
_Key = tuple[int, Site | None, Path | None]


@functools.cache
def _rule_sets() -> tuple[tuple[Rule, ...], tuple[Rule, ...], dict[str, int]]:
    """The rules run in the pool, those run on the GUI thread, and each rule's row."""
    from redactie.core.checks import RULES

    pool = tuple(r for r in RULES if r.house_style or r.whole_body)
    return pool, tuple(r for r in RULES if r not in pool), {r.id: i for i, r in enumerate(RULES)}


def body_first_line(article: Article) -> int:
    """The file line (1-based) on which the body starts; the editor's block 0."""
    text = article.to_text()
    return text.count("\n", 0, len(text) - len(article.body)) + 1


def _has_alt(article: Article) -> bool:
    """Whether there is an alt text whose language could be judged (cheap, may say yes)."""
    cover = article.get("cover.alt", None)
    return (
        bool(isinstance(cover, str) and cover.strip())
        or "![" in article.body
        or ("<img" in article.body)
    )


class _TablesLoaded(QObject):
    """Says (on the GUI thread) that the alt-text language tables are ready."""

    done = Signal()


class _BodyDone(QObject):
    """Carries the pool's body findings (for which text, site and path) to the GUI."""

    done = Signal(object, object)  # key, findings


def _place(finding: Finding) -> tuple[int, int, int]:
    """The order `run_checks` gives: line, the rule's row in the table, column."""
    return finding.line or 0, _rule_sets()[2].get(finding.rule_id, 0), finding.column or 0


class ChecksRunner(QObject):
    """Runs `run_checks` on the session's article, coalesced, and acts on the panel's clicks."""

    fieldRequested = Signal(str)  # noqa: N815 - a front-matter key to focus
    lineRequested = Signal(int, int)  # noqa: N815 - a 1-based line and column of the file

    def __init__(self, session: ArticleSession, panel: ChecksPanel) -> None:
        super().__init__(panel)
        self.session = session
        self.panel = panel
        self.confirmed_tags: set[str] = set()
        self.link_results: dict[str, LinkResult] = {}  # filled by LinkChecks as answers come
        self._confirmed_for: Path | None = None
        self._shown: _Key | None = None  # the text the panel's findings are for
        self._text = ""  # that text: the only one held (a job in the pool holds its own)
        self._gui_findings: list[Finding] = []
        self._body: tuple[_Key, list[Finding]] | None = None  # the pool's latest answer
        self._body_asked: _Key | None = None
        self._ask_again = False  # the language tables arrived: the known answer is not all
        self._body_done = _BodyDone(self)
        self._body_done.done.connect(self._on_body)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        session.frontMatterChanged.connect(self._on_front_matter_changed)
        session.bodyChanged.connect(lambda *_: self.schedule())
        session.loaded.connect(self._on_loaded)
        session.siteChanged.connect(lambda _site: self.schedule())
        session.tagIndexChanged.connect(lambda _index: self.schedule())
        panel.findingActivated.connect(self.go_to)
        panel.fixRequested.connect(self.fix)
        panel.tagConfirmed.connect(self.confirm_tag)
        self._tables = _TablesLoaded(self)
        self._tables.done.connect(self._on_tables_loaded)
        self._tables_started = False
        self._painted = FirstPaint(panel, self.schedule)  # the first run after the first paint

    def _load_tables(self) -> None:
        """Unpack the alt-language tables in the pool, from the first check run that has an
        alt to judge: never with the window. The unpacking is 1.4 s of pure Python holding the
        GIL half the time, and started in `__init__` it slowed the start and the first open of
        a long article by a third (issue 18)."""
        from redactie.core.checks import alt_text

        if self._tables_started or alt_text.tables_ready():
            return
        self._tables_started = True
        loaded = self._tables

        def load() -> None:
            alt_text.load_tables()  # seconds of unpacking: never on the GUI thread
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                loaded.done.emit()

        QThreadPool.globalInstance().start(load)

    def _on_tables_loaded(self) -> None:
        """The alt-language rule runs in the pool: the same text is asked about again (its
        findings stay shown meanwhile; only alt-language can be new)."""
        self._ask_again = True
        self.schedule()

    def _on_front_matter_changed(self, change: FrontMatterChange) -> None:
        """Typing in a form field waits for the pause; an app's edit shows at once."""
        if change.origin is None:
            self.refresh()
        else:
            self.schedule()

    def _on_loaded(self) -> None:
        """Another article forgets the confirmations; a reload of the same file keeps them."""
        path = self.session.path
        if path is None or path != self._confirmed_for:
            self.confirmed_tags.clear()
        self._confirmed_for = path
        self.schedule()

    def confirm_tag(self, tag: str) -> None:
        """Accept `tag` as new on the site for this article: `tags-unknown` stops about it."""
        self.confirmed_tags.add(tag)
        self.refresh()

    def schedule(self) -> None:
        """Restart the pause timer: many edits in a row cause one run (the first one a pause
        after the panel first painted, however long the start took)."""
        if self._painted.done:
            self.timer.start()

    def refresh(self) -> list[Finding]:
        """Check now: the panel shows the front matter's findings at once, the body's when the
        pool has them (until then the body findings it had)."""
        from redactie.core.checks import run_checks

        self.timer.stop()
        session = self.session
        article, site = session.current_article(), session.site
        self._gui_findings = run_checks(
            article,
            site,
            path=session.path,
            publishing=False,  # while writing, "still a draft" is a reminder, not an error
            reminders=True,
            known_tags=session.known_tags(),
            confirmed_tags=self.confirmed_tags,
            links=self.link_results,
            interactive=True,
            rules=_rule_sets()[1],
        )
        text = article.to_text()
        serial = self._shown[0] if self._shown is not None else 0
        if text != self._text or self._shown is None:
            serial += 1
        self._text = text
        self._shown = (serial, site, session.path)
        self._ask_body()
        if not self._tables_started and _has_alt(article):
            self._load_tables()
        return self._show()

    def _show(self) -> list[Finding]:
        findings = self._gui_findings
        body, shown = self._body, self._shown
        if body is not None and shown is not None and body[0][1:] == shown[1:]:
            findings = sorted(findings + body[1], key=_place)  # this text's, or the one before
        self.panel.set_findings(findings)
        return findings

    def _ask_body(self) -> None:
        """The body rules for the shown text, in the pool (unless known or under way)."""
        key = self._shown
        if key is None or self._body_asked == key:
            return
        if self._body is not None and self._body[0] == key and not self._ask_again:
            return
        from redactie.core.checks import run_checks

        self._body_asked = key
        self._ask_again = False
        data, (_, site, path) = self._text, key
        done = self._body_done
        rules = _rule_sets()[0]

        def work() -> None:
            copy = Article.from_bytes(data.encode())  # the body rules need no zone
            found = run_checks(
                copy, site, path=path, publishing=False, interactive=True, rules=rules
            )
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                done.done.emit(key, found)

        QThreadPool.globalInstance().start(work)

    def _on_body(self, key: _Key, findings: list[Finding]) -> None:
        if self._body_asked == key:
            self._body_asked = None
        if key == self._shown:  # an answer for an older text is dropped
            self._body = (key, findings)
            self._show()
            self._ask_body()  # again, when the language tables came during that run

    def settled(self) -> bool:
        """Whether the panel shows the body's findings for the current text (tests wait)."""
        return self._body is not None and self._body[0] == self._shown

    def go_to(self, finding: Finding) -> None:
        if finding.field:
            self.fieldRequested.emit(finding.field)
        elif finding.line is not None:
            self.lineRequested.emit(finding.line, finding.column or 1)

    def fix(self, finding: Finding) -> None:
        """The panel's one-click fix, as one undo step on the session."""
        if finding.replacement is not None:  # in the text: one undo step in the editor
            start, end, old, new = finding.replacement
            self.session.replace_in_body(start, end, old, new)
            self.refresh()
            return
        from redactie.core.checks import apply_fix

        site = self.session.site
        self.session.edit_article(
            lambda article: apply_fix(finding.rule_id, article, site), self.tr("Fix")
        )
        self.refresh()
