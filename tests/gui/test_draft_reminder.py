"""A draft is said in the checks panel while writing (a warning, not a surprise at export);
one click turns the draft off, as one undoable edit of exactly that line."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from redactie.gui.main_window import MainWindow

DRAFT = '---\ntitle: "Kop"\ndate: 2026-01-31T09:00:00+01:00\ndraft: true\n---\nTekst.\n'


def test_the_draft_is_a_warning_while_writing_and_one_click_turns_it_off(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    path.write_text(DRAFT, encoding="utf-8")
    assert window.open_path(path)
    checks = window.site_tools.checks
    draft = next(f for f in checks.refresh() if f.rule_id == "draft")
    assert not draft.is_error  # a reminder while writing
    checks.fix(draft)
    assert "draft" not in [f.rule_id for f in checks.panel.findings]
    assert window.document.current_bytes() == DRAFT.replace("draft: true", "draft: false").encode()
    window.session.undo_stack.undo()
    assert window.document.current_bytes() == DRAFT.encode()
