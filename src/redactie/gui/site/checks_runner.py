"""Keeps the checks panel in step with the article, without slowing down typing.

Edits only restart a short timer; the checks run once the typing pauses. A click on a finding
moves the focus to its field (via the form) or its body line (in the editor). Tags the
journalist confirmed as new are remembered here, for this window's article only: confirming
is a decision about one article, not a change to the site's list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from redactie.core.article import Article
from redactie.core.checks import Finding, apply_fix, run_checks
from redactie.gui.site.checks_panel import ChecksPanel
from redactie.gui.site.controller import SiteController

if TYPE_CHECKING:
    from redactie.gui.main_window import MainWindow

REFRESH_DELAY_MS = 400


def body_first_line(article: Article) -> int:
    """The file line (1-based) on which the body starts; the editor's block 0."""
    text = article.to_text()
    return text.count("\n", 0, len(text) - len(article.body)) + 1


class ChecksRunner(QObject):
    """Runs `run_checks` on the window's article, coalesced, and acts on the panel's clicks."""

    def __init__(self, window: MainWindow, panel: ChecksPanel, sites: SiteController) -> None:
        super().__init__(panel)
        self.window = window
        self.panel = panel
        self.sites = sites
        self.confirmed_tags: set[str] = set()
        self._confirmed_for: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        window.form.changed.connect(self.schedule)
        window.editor.document().contentsChange.connect(lambda *_: self.schedule())
        window.document.loaded.connect(self._on_loaded)
        sites.siteChanged.connect(lambda _site: self.schedule())
        sites.indexReady.connect(lambda _index: self.schedule())
        panel.findingActivated.connect(self.go_to)
        panel.fixRequested.connect(self.fix)
        panel.tagConfirmed.connect(self.confirm_tag)
        self.schedule()

    def _on_loaded(self) -> None:
        """Another article forgets the confirmations; a reload of the same file keeps them."""
        path = self.window.document.path
        if path is None or path != self._confirmed_for:
            self.confirmed_tags.clear()
        self._confirmed_for = path
        self.schedule()

    def confirm_tag(self, tag: str) -> None:
        """Accept `tag` as new on the site for this article: `tags-unknown` stops about it."""
        self.confirmed_tags.add(tag)
        self.refresh()

    def schedule(self) -> None:
        """Restart the pause timer: many edits in a row cause one run."""
        self.timer.start()

    def refresh(self) -> list[Finding]:
        self.timer.stop()
        document = self.window.document
        document.current_bytes()  # brings the editor's body into the article
        findings = run_checks(
            document.article,
            self.sites.site,
            path=document.path,
            publishing=False,  # while writing, "still a draft" is the normal state
            known_tags=self.sites.known_tags(exclude=document.path),
            confirmed_tags=self.confirmed_tags,
        )
        self.panel.set_findings(findings)
        return findings

    def go_to(self, finding: Finding) -> None:
        form = self.window.form
        article = self.window.document.article
        if finding.field:
            form.focus_field(finding.field)
            return
        if finding.line is None:
            return
        first = body_first_line(article)
        if finding.line < first:
            form.raw_toggle.setChecked(True)
            form.raw_panel.go_to_line(finding.line)
            return
        editor = self.window.editor
        block = editor.document().findBlockByNumber(finding.line - first)
        if block.isValid():
            cursor = QTextCursor(block)
            editor.setTextCursor(cursor)
            editor.centerCursor()
            editor.setFocus()

    def fix(self, finding: Finding) -> None:
        window = self.window
        window.document.current_bytes()
        if apply_fix(finding.rule_id, window.document.article, self.sites.site):
            window.form.refresh_from_article()
            window.document.front_matter_edited()
            window.preview.front_matter_changed()
            self.refresh()
