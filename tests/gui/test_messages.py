"""One catalogue words every core error, finding and tag warning, in Dutch and in English."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest

import redactie.core
from redactie.core.checks import RULES
from redactie.core.errors import RedactieError, all_codes
from redactie.core.export.errors import CollisionError
from redactie.core.export.git_errors import BranchExistsError, GitError, push_error
from redactie.core.pexels.errors import RateLimitedError
from redactie.core.site.publish_state import PublishStatus
from redactie.core.site.similar_tags import REASONS, NearDuplicate
from redactie.gui import messages
from redactie.gui.messages import SENTENCES, for_language
from redactie.resources import translations_dir


def _every_core_module() -> None:
    for module in pkgutil.walk_packages(redactie.core.__path__, "redactie.core."):
        importlib.import_module(module.name)


def _codes() -> set[str]:
    _every_core_module()
    codes = set(all_codes())
    codes |= {code for rule in RULES for code in rule.codes}
    codes |= {NearDuplicate("a", "b", 1, reason).code for reason in REASONS}
    codes |= set(PublishStatus.codes)
    return codes


def _dutch_in_ts() -> dict[str, str]:
    found: dict[str, str] = {}
    for context in ET.parse(translations_dir() / "redactie_nl.ts").iter("context"):
        if context.findtext("name") != messages.CONTEXT:
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and not translation.get("type") and translation.text:
                found[item.findtext("source") or ""] = translation.text
    return found


def test_every_code_has_a_sentence_in_both_languages() -> None:
    codes = _codes()
    assert len(codes) > 90
    missing = sorted(code for code in codes if code not in SENTENCES)
    assert missing == [], "add these codes to redactie.gui.messages.SENTENCES"
    dutch = _dutch_in_ts()
    untranslated = sorted(c for c in codes if SENTENCES[c] not in dutch)
    assert untranslated == [], "translate these in resources/translations/redactie_nl.ts"
    nl, en = for_language("nl"), for_language("en")
    english_in_dutch = sorted(c for c in codes if nl.sentence(c) == en.sentence(c))
    assert english_in_dutch == []  # the compiled .qm has them all: no English in the Dutch UI
    print(f"\n{len(codes)} codes, each worded in Dutch and English")


def test_no_sentence_is_left_without_a_code_or_a_translation() -> None:
    """The CLI's own lines count too; a sentence no code uses is dead text."""
    used = _codes() | {code for code in SENTENCES if code.startswith("cli.")}
    assert sorted(set(SENTENCES) - used) == []
    assert sorted(s for s in SENTENCES.values() if s not in _dutch_in_ts()) == []


def test_every_subclass_declares_its_codes_and_refuses_others() -> None:
    _every_core_module()
    pending: list[type[RedactieError]] = [RedactieError]
    leaves = []
    while pending:
        kind = pending.pop()
        pending.extend(kind.__subclasses__())
        if not kind.__subclasses__():
            leaves.append(kind)
    assert all(kind.codes for kind in leaves), [k.__name__ for k in leaves if not k.codes]
    with pytest.raises(ValueError, match="does not carry"):
        GitError("git.no-such-code")


def test_values_are_filled_in_and_stray_braces_stay_text() -> None:
    en, nl = for_language("en"), for_language("nl")
    error = CollisionError(Path("/site/content/a.md"), "Oud", Path("/site/content/a-2.md"))
    assert en.message(error) == (
        "a.md already exists and is another article ('Oud'). A free name: a-2.md."
    )
    assert (
        nl.message(error) == "a.md bestaat al en is een ander artikel ('Oud'). Vrije naam: a-2.md."
    )
    assert en.message(BranchExistsError("nieuws")) == "The branch 'nieuws' already exists."
    pattern = en.sentence("site.config-needs-md-pattern", path=Path("redactie.toml"), key="k")
    assert pattern == "redactie.toml: k must be a pattern with {slug} that ends in .md"


def test_dates_are_written_in_the_users_language() -> None:
    moment = datetime(2030, 3, 1, 12, 0, tzinfo=UTC).astimezone()
    error = RateLimitedError(moment, quota_spent=True)
    assert f"from {moment.day} March 2030 at {moment:%H:%M}" in for_language("en").message(error)
    assert f"Vanaf {moment.day} maart 2030 om {moment:%H:%M}" in for_language("nl").message(error)


@pytest.mark.usefixtures("dutch_ui")
def test_the_window_and_the_cli_say_the_same() -> None:
    error = push_error("", "fatal: unable to access 'https://x/': Could not resolve host: x")
    assert messages.message(error) == for_language("nl").message(error)
    assert messages.message(error).startswith("De remote is niet bereikbaar")
    assert error.detail.startswith("fatal: unable to access")  # git's own words, for details


def test_other_exceptions_are_described_by_their_own_text() -> None:
    assert messages.describe(OSError("disk on fire")) == "disk on fire"
    assert messages.ui_language("nl_BE.UTF-8") == "nl"
    assert messages.ui_language("de_DE") == "en"


def test_findings_name_fields_as_the_form_labels_them() -> None:
    from redactie.core.article import Article
    from redactie.core.checks import run_checks

    article = Article.from_bytes(
        b'---\ntitle: ""\ndate: 2026-02-25T11:11:00+01:00\ntags: [a]\nsummary: s\n'
        b"cover:\n  image: https://images.pexels.com/photos/1/x.jpeg\n  alt: ''\n---\nTekst.\n"
    )
    findings = {f.rule_id: f for f in run_checks(article, None)}
    dutch, english = for_language("nl"), for_language("en")
    assert dutch.message(findings["required-field"]) == (
        "Verplicht veld ontbreekt of is leeg: Titel."
    )
    assert english.message(findings["required-field"]) == "Required field missing or empty: Title."
    alt = [f for f in run_checks(article, None) if f.field == "cover.alt"]
    assert alt and all("Omslagfoto → Alt-tekst" in dutch.message(f) for f in alt)
    assert all("Cover → Alt text" in english.message(f) for f in alt)
    assert all("cover.alt" not in dutch.message(f) for f in alt)


def test_the_systems_reason_is_said_in_the_users_language(tmp_path: Path) -> None:
    from redactie.core import storage

    with pytest.raises(storage.ReadError) as missing:
        storage.read_bytes(tmp_path / "weg.md")
    with pytest.raises(storage.ReadError) as folder:
        storage.read_bytes(tmp_path)
    dutch, english = for_language("nl"), for_language("en")
    assert dutch.message(missing.value).endswith(": het bestand of de map bestaat niet")
    assert english.message(missing.value).endswith(": the file or folder does not exist")
    assert dutch.message(folder.value).endswith(": het is een map, geen bestand")
    assert "No such file" not in dutch.message(missing.value)
