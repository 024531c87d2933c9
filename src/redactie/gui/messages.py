"""Every sentence a journalist reads about an error, a check's finding or a tag warning.

Core raises `RedactieError`s and makes `Finding`s and `NearDuplicate`s: each carries a code and
its values, never a sentence. This catalogue words them, for the window and the CLI alike. The
English sentences below are the Qt Linguist sources (context "messages"); the Dutch ones are in
`resources/translations/redactie_nl.ts`. The window looks them up through the translators the
application installed; the CLI, which has no application, through its own `QTranslator` (and,
in English, without loading Qt at all). Placeholders are `{name}`, `{name.attr}` and
`{name!r}`; any other brace is text.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from redactie.core.article.schema import DEFAULT_SCHEMA
from redactie.core.errors import Coded, RedactieError
from redactie.gui.check_sentences import CHECK_AND_CLI_SENTENCES

if TYPE_CHECKING:
    from redactie.core.site.publish_state import Moment

CONTEXT = "messages"
LANGUAGES = ("nl", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `source` for lupdate; it is translated when shown, in the language of that moment."""
    return source


SENTENCES: dict[str, str] = {
    **CHECK_AND_CLI_SENTENCES,
    "article.binary": QT_TRANSLATE_NOOP(
        "messages", "“{path.name}” is not a text file (it looks like an image or a document)."
    ),
    "article.not-utf8": QT_TRANSLATE_NOOP(
        "messages",
        "“{path.name}” is not saved as UTF-8 text (unreadable byte at position {offset}). Save it "
        "as UTF-8 in the other program and open it again.",
    ),
    "article.too-large": QT_TRANSLATE_NOOP(
        "messages", "“{path.name}” is larger than 20 MB; that is not an article."
    ),
    "storage.read": QT_TRANSLATE_NOOP("messages", "“{path.name}” could not be read: {detail}"),
    "storage.save": QT_TRANSLATE_NOOP(
        "messages", "The system said: {detail}. Choose File ▸ Save As… to save it elsewhere."
    ),
    "storage.disk-full": QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full. Free some space, or choose File ▸ Save As… to save elsewhere.",
    ),
    "storage.read-only": QT_TRANSLATE_NOOP(
        "messages", "That disk is read-only. Choose File ▸ Save As… to save the article elsewhere."
    ),
    "storage.permission-denied": QT_TRANSLATE_NOOP(
        "messages", "You may not write in that folder. Choose File ▸ Save As… to save it elsewhere."
    ),
    "front-matter.not-closed": QT_TRANSLATE_NOOP(
        "messages", "The front matter is not closed; fix it in the raw text first."
    ),
    "front-matter.invalid": QT_TRANSLATE_NOOP(
        "messages", "The front matter cannot be read; fix it in the raw text first."
    ),
    "front-matter.edit-failed": QT_TRANSLATE_NOOP(
        "messages", "{key} cannot be changed here ({detail}); nothing was changed."
    ),
    "front-matter.edit-not-kept": QT_TRANSLATE_NOOP(
        "messages", "changing {key} would not read back as intended; nothing was changed."
    ),
    "spelling.no-dictionary": QT_TRANSLATE_NOOP(
        "messages", "there is no dictionary for “{language}”"
    ),
    "spelling.no-library": QT_TRANSLATE_NOOP(
        "messages", "neither pyenchant nor spylls is installed"
    ),
    "site.not-hugo-site": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a Hugo site: there is no hugo.toml, config.toml or config/_default/.",
    ),
    "site.unknown-section": QT_TRANSLATE_NOOP(
        "messages", "Unknown section {section!r}; choose from: {allowed}."
    ),
    "site.config-unreadable": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: cannot be read ({detail})"
    ),
    "site.config-invalid": QT_TRANSLATE_NOOP("messages", "{path.name}: invalid: {detail}"),
    "site.config-invalid-toml": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: invalid TOML: {detail}"
    ),
    "site.config-not-a-table": QT_TRANSLATE_NOOP("messages", "{path.name}: is not a table of keys"),
    "site.config-needs-table": QT_TRANSLATE_NOOP("messages", "{path.name}: {key} must be a table"),
    "site.config-needs-text": QT_TRANSLATE_NOOP("messages", "{path.name}: {key} must be a string"),
    "site.config-needs-whole-number": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be a whole number"
    ),
    "site.config-needs-positive-number": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be a positive number"
    ),
    "site.config-needs-strings": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be a list of strings"
    ),
    "site.config-needs-image-handling": QT_TRANSLATE_NOOP(
        "messages", '{path.name}: {key} must be "hotlink" or "download"'
    ),
    "site.config-needs-true-or-false": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be true or false"
    ),
    "site.config-needs-regex": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} holds a regular expression that does not work ({detail})"
    ),
    "site.config-needs-pattern": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be a pattern with {date:…} and {slug} ({detail})"
    ),
    "site.config-needs-md-pattern": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be a pattern with {slug} that ends in .md"
    ),
    "site.config-needs-relative-path": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be a relative path inside the site"
    ),
    "site.config-needs-severity": QT_TRANSLATE_NOOP(
        "messages", '{path.name}: {key} must be "error", "warning" or "off"'
    ),
    "site.config-needs-quote-pair": QT_TRANSLATE_NOOP(
        "messages", "{path.name}: {key} must be one of “”, „” or ‘’"
    ),
    "site.config-needs-approve-mode": QT_TRANSLATE_NOOP(
        "messages",
        '{path.name}: {key} must be "fast-forward" or "merge"',
    ),
    "tags.scan-cancelled": QT_TRANSLATE_NOOP("messages", "The tag scan was cancelled."),
    "tags.similar-case": QT_TRANSLATE_NOOP(
        "messages",
        "'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: capitals)",
    ),
    "tags.similar-diacritics": QT_TRANSLATE_NOOP(
        "messages",
        "'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: accents)",
    ),
    "tags.similar-separator": QT_TRANSLATE_NOOP(
        "messages",
        "'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: hyphen or "
        "space)",
    ),
    "tags.similar-plural": QT_TRANSLATE_NOOP(
        "messages",
        "'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: singular "
        "or plural)",
    ),
    "hugo.not-found": QT_TRANSLATE_NOOP(
        "messages",
        "The Site preview needs Hugo, and it was not found. Install Hugo (gohugo.io/installation), "
        'or run: pip install "redactie[site-preview]", or give its path in the site\'s '
        'redactie.toml under [preview] as hugo = "…".',
    ),
    "hugo.not-runnable": QT_TRANSLATE_NOOP(
        "messages", "Hugo ({path}) could not be started: {reason}"
    ),
    "hugo.failed": QT_TRANSLATE_NOOP(
        "messages", "Hugo could not build this page. What Hugo says: {said}"
    ),
    "hugo.template-error": QT_TRANSLATE_NOOP(
        "messages",
        "Hugo could not build this page: the site's template {file} has an error on line {line}: "
        "{reason}",
    ),
    "hugo.timed-out": QT_TRANSLATE_NOOP(
        "messages", "Hugo did not finish building the page within {seconds} seconds."
    ),
    "hugo.no-page": QT_TRANSLATE_NOOP(
        "messages",
        "Hugo built the site but made no page for this article (is it headless, or set not to "
        "render?).",
    ),
    "hugo.no-site": QT_TRANSLATE_NOOP(
        "messages",
        "The Site preview shows the article in its Hugo site: open the site the article is for.",
    ),
    "export.outside-content": QT_TRANSLATE_NOOP(
        "messages", "{target} is not inside the site's content folder."
    ),
    "export.collision": QT_TRANSLATE_NOOP(
        "messages", "{target.name} already exists and is another article{title}."
    ),
    "export.collision-renameable": QT_TRANSLATE_NOOP(
        "messages",
        "{target.name} already exists and is another article{title}. A free name: "
        "{alternative.name}.",
    ),
    "export.checks-failed": QT_TRANSLATE_NOOP(
        "messages", "Errors in the article: {count}. Fix them first."
    ),
    "export.stale-plan": QT_TRANSLATE_NOOP(
        "messages", "{path.name} changed since the preview; review the export again."
    ),
    "export.write-failed": QT_TRANSLATE_NOOP(
        "messages", "Writing {path.name} failed ({detail}); nothing was changed."
    ),
    "export.cover-download-failed": QT_TRANSLATE_NOOP(
        "messages", "The cover image could not be downloaded ({detail})."
    ),
    "git.failed": QT_TRANSLATE_NOOP("messages", "Git reported an error."),
    "git.outside-repository": QT_TRANSLATE_NOOP("messages", "{path} is outside the repository."),
    "git.invalid-branch-name": QT_TRANSLATE_NOOP(
        "messages", "{branch!r} is not a valid branch name."
    ),
    "git.detached-head": QT_TRANSLATE_NOOP(
        "messages", "There is no branch to push (detached HEAD)."
    ),
    "git.hook-added-files": QT_TRANSLATE_NOOP(
        "messages",
        "A hook added other files to the commit ({files}); nothing was committed.",
    ),
    "git.unstorable-message": QT_TRANSLATE_NOOP(
        "messages",
        "The commit message holds characters git cannot store (such as a NUL character); "
        "change the title.",
    ),
    "git.unstorable-branch": QT_TRANSLATE_NOOP(
        "messages",
        "The branch name holds characters git cannot store (such as a NUL character); "
        "change the title.",
    ),
    "git.not-found": QT_TRANSLATE_NOOP("messages", "Git is not installed or not found."),
    "git.not-a-repository": QT_TRANSLATE_NOOP("messages", "{path} is not in a git repository."),
    "git.busy": QT_TRANSLATE_NOOP(
        "messages", "The repository is busy ({what}); finish that first."
    ),
    "git.nothing-to-commit": QT_TRANSLATE_NOOP(
        "messages", "Nothing to commit: the files are already committed as they are."
    ),
    "git.branch-exists": QT_TRANSLATE_NOOP("messages", "The branch {branch!r} already exists."),
    "git.commit-identity": QT_TRANSLATE_NOOP(
        "messages", "Git does not know who you are: set user.name and user.email."
    ),
    "git.commit-hook": QT_TRANSLATE_NOOP(
        "messages", "A git hook of the site refused the commit; nothing was committed."
    ),
    "git.commit-failed": QT_TRANSLATE_NOOP("messages", "The commit failed; nothing was committed."),
    "git.no-remote": QT_TRANSLATE_NOOP("messages", "There is no remote {remote!r} to push to."),
    "git.push-failed": QT_TRANSLATE_NOOP("messages", "The push failed."),
    "git.push-rejected": QT_TRANSLATE_NOOP(
        "messages",
        "The push was rejected: the remote has newer changes or does not allow it. Pull first and "
        "try again.",
    ),
    "git.push-offline": QT_TRANSLATE_NOOP(
        "messages", "The remote cannot be reached (no network?). The commit is ready locally."
    ),
    "git.push-refused-access": QT_TRANSLATE_NOOP(
        "messages", "Signing in to the remote failed; check your access."
    ),
    "git.push-hook": QT_TRANSLATE_NOOP(
        "messages",
        "A git hook refused the push (yours before sending, or the server's). Your commit is safe "
        "locally; read the hook's message in the details, fix what it asks and push again.",
    ),
    "team.offline": QT_TRANSLATE_NOOP(
        "messages",
        "The remote {remote!r} cannot be reached (no network?). Nothing was changed; try again "
        "when you are online.",
    ),
    "team.access-refused": QT_TRANSLATE_NOOP(
        "messages",
        "Signing in to the remote {remote!r} failed; nothing was changed. Check your SSH key or "
        "saved password (redactie never asks for it).",
    ),
    "team.no-upstream": QT_TRANSLATE_NOOP(
        "messages",
        "The branch {branch!r} does not follow a branch on the remote yet; push it once first.",
    ),
    "team.dirty-in-the-way": QT_TRANSLATE_NOOP(
        "messages",
        "You have changes that are not committed yet in {files}, and the remote changed those "
        "files too. Nothing was changed; export or commit your changes first, then sync.",
    ),
    "team.sync-failed": QT_TRANSLATE_NOOP(
        "messages",
        "Synchronising failed; the repository is back as it was. See the details.",
    ),
    "team.conflict": QT_TRANSLATE_NOOP(
        "messages",
        "You and a colleague changed the same lines in {files}. Nothing was changed; compare both "
        "versions and decide which text stays.",
    ),
    "team.conflict-stale": QT_TRANSLATE_NOOP(
        "messages",
        "{branch!r} or the site changed while you were choosing; nothing was changed. Update "
        "again to compare the latest versions.",
    ),
    "team.no-such-version": QT_TRANSLATE_NOOP("messages", "{path} did not exist in commit {sha}."),
    "team.review-not-found": QT_TRANSLATE_NOOP(
        "messages",
        "There is no branch {branch!r} on the remote (any more).",
    ),
    "team.review-not-fast-forward": QT_TRANSLATE_NOOP(
        "messages",
        "{branch!r} does not build on the latest {main}: its author should sync the review first "
        '(or the site sets approve = "merge" in redactie.toml).',
    ),
    "team.review-conflict": QT_TRANSLATE_NOOP(
        "messages",
        "{branch!r} and {main} changed the same lines in {files}; its author has to resolve that "
        "before it can be approved.",
    ),
    "team.review-moved": QT_TRANSLATE_NOOP(
        "messages",
        "Someone changed that branch on the remote at the same moment; nothing was changed. "
        "Refresh the list and try again.",
    ),
    "pexels.no-key": QT_TRANSLATE_NOOP(
        "messages",
        "No Pexels key has been set yet. Enter your API key in Settings; you can get a free key "
        "at pexels.com/api.",
    ),
    "pexels.access-refused": QT_TRANSLATE_NOOP(
        "messages",
        "Pexels refused access. Check the API key in Settings; if it is correct, try again later.",
    ),
    "pexels.key-refused": QT_TRANSLATE_NOOP(
        "messages", "Pexels did not accept the API key. Check the key in Settings."
    ),
    "pexels.quota-spent": QT_TRANSLATE_NOOP(
        "messages",
        "The monthly number of Pexels searches is used up. You can search again from {reset_at}.",
    ),
    "pexels.rate-limited": QT_TRANSLATE_NOOP(
        "messages",
        "There have been too many Pexels searches (at most 200 an hour). Wait a few minutes and "
        "try again.",
    ),
    "pexels.rate-limited-renewal": QT_TRANSLATE_NOOP(
        "messages",
        "There have been too many Pexels searches (at most 200 an hour). Wait a few minutes and "
        "try again. The monthly allowance is renewed on {reset_at}.",
    ),
    "pexels.not-found": QT_TRANSLATE_NOOP(
        "messages", "This photo cannot be found on Pexels (any more)."
    ),
    "pexels.server-error": QT_TRANSLATE_NOOP(
        "messages",
        "Pexels is having problems right now (error {status}). Try again in a few minutes.",
    ),
    "pexels.timeout": QT_TRANSLATE_NOOP(
        "messages",
        "Pexels did not answer in time. Check your internet connection or try again shortly.",
    ),
    "pexels.offline": QT_TRANSLATE_NOOP(
        "messages", "Cannot reach Pexels. Check your internet connection and try again."
    ),
    "pexels.bad-response": QT_TRANSLATE_NOOP(
        "messages",
        "Pexels sent an unexpected answer. Try again; if this keeps happening, tell your "
        "technical support.",
    ),
    "pexels.article-not-saved": QT_TRANSLATE_NOOP(
        "messages", "Save the article in a Hugo site first; then the photo can be saved next to it."
    ),
    "pexels.article-not-in-site": QT_TRANSLATE_NOOP(
        "messages", "Save the article in a Hugo site first; then the photo can be saved next to it."
    ),
    "publish.published": QT_TRANSLATE_NOOP("messages", "Online since {when}"),
    "publish.published-undated": QT_TRANSLATE_NOOP("messages", "Online (no date)"),
    "publish.scheduled": QT_TRANSLATE_NOOP("messages", "Scheduled: online from {when}"),
    "publish.expired": QT_TRANSLATE_NOOP("messages", "Expired since {when}"),
    "publish.draft": QT_TRANSLATE_NOOP("messages", "Draft: will not be published"),
    "publish.built": QT_TRANSLATE_NOOP("messages", "the site's build includes it"),
    "publish.left-out": QT_TRANSLATE_NOOP("messages", "the site's build leaves it out"),
}

_MONTHS = (
    QT_TRANSLATE_NOOP("messages", "January"),
    QT_TRANSLATE_NOOP("messages", "February"),
    QT_TRANSLATE_NOOP("messages", "March"),
    QT_TRANSLATE_NOOP("messages", "April"),
    QT_TRANSLATE_NOOP("messages", "May"),
    QT_TRANSLATE_NOOP("messages", "June"),
    QT_TRANSLATE_NOOP("messages", "July"),
    QT_TRANSLATE_NOOP("messages", "August"),
    QT_TRANSLATE_NOOP("messages", "September"),
    QT_TRANSLATE_NOOP("messages", "October"),
    QT_TRANSLATE_NOOP("messages", "November"),
    QT_TRANSLATE_NOOP("messages", "December"),
)
_MOMENT = QT_TRANSLATE_NOOP("messages", "{day} {month} {year} at {time}")
# What the operating system says, by errno name, in words (its own text is English only).
OS_ERRORS: dict[str, str] = {
    "ENOENT": QT_TRANSLATE_NOOP("messages", "the file or folder does not exist"),
    "EACCES": QT_TRANSLATE_NOOP("messages", "you have no permission for it"),
    "EPERM": QT_TRANSLATE_NOOP("messages", "the system does not allow it"),
    "EISDIR": QT_TRANSLATE_NOOP("messages", "it is a folder, not a file"),
    "ENOTDIR": QT_TRANSLATE_NOOP("messages", "part of the path is not a folder"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("messages", "the name is too long"),
    "ENOSPC": QT_TRANSLATE_NOOP("messages", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("messages", "your disk quota is used up"),
    "EROFS": QT_TRANSLATE_NOOP("messages", "the disk is read-only"),
    "EBUSY": QT_TRANSLATE_NOOP("messages", "another program is using it"),
    "EIO": QT_TRANSLATE_NOOP("messages", "the disk could not be read or written"),
    "EMFILE": QT_TRANSLATE_NOOP("messages", "too many files are open"),
    "ELOOP": QT_TRANSLATE_NOOP("messages", "a link points to itself"),
    "EINVAL": QT_TRANSLATE_NOOP("messages", "the name is not allowed here"),
    "ETIMEDOUT": QT_TRANSLATE_NOOP("messages", "it took too long (timed out)"),
}
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("messages", "Mon"),
    QT_TRANSLATE_NOOP("messages", "Tue"),
    QT_TRANSLATE_NOOP("messages", "Wed"),
    QT_TRANSLATE_NOOP("messages", "Thu"),
    QT_TRANSLATE_NOOP("messages", "Fri"),
    QT_TRANSLATE_NOOP("messages", "Sat"),
    QT_TRANSLATE_NOOP("messages", "Sun"),
)
_ZONED_MOMENT = QT_TRANSLATE_NOOP("messages", "{weekday} {day} {month} {year} at {time} ({offset})")
_PLACEHOLDER = re.compile(r"\{(\w+)((?:\.\w+)*)(![rs])?\}")

Lookup = Callable[[str], str]


def ui_language(name: str) -> str:
    """ "nl" or "en" for a language setting or locale name ("nl", "nl_BE.UTF-8", "de_DE")."""
    return "nl" if name.strip().lower().startswith("nl") else "en"


class Catalogue:
    """The sentences in one language; `lookup` turns an English source into that language,
    `language` says which ("nl" or "en") for what Qt does not translate (the form's labels)."""

    def __init__(self, lookup: Lookup, language: Callable[[], str]) -> None:
        self._lookup = lookup
        self._language = language

    def message(self, item: Coded, /, **context: Any) -> str:
        """The sentence for an error, finding or warning; `context` adds what it does not know
        itself (the file an `ArticleError` was read from: `path=`). A finding about a field
        names it as the form does ("Omslagfoto → Alt-tekst"), not by its key."""
        params = {**context, **item.params}
        field = params.get("field", getattr(item, "field", None))
        if isinstance(field, str):
            params["field"] = self.field_label(field)
        return self.sentence(item.code, **params)

    def field_label(self, key: str) -> str:
        """A front-matter key as the form labels it; a key the form does not show as written."""
        try:
            label = DEFAULT_SCHEMA.field(key).label(self._language())
        except KeyError:
            return key
        group = DEFAULT_SCHEMA.group(key.split(".")[0]) if "." in key else None
        return f"{group.label(self._language())} → {label}" if group is not None else label

    def describe(self, error: BaseException, /, **context: Any) -> str:
        """`message` for a core error, the exception's own text for anything else."""
        if isinstance(error, RedactieError):
            return self.message(error, **context)
        return str(error)

    def sentence(self, code: str, /, **params: Any) -> str:
        """The catalogue's sentence `code`, filled in; the code itself when it has none."""
        source = SENTENCES.get(code)
        if source is None:
            return code
        values = {key: self._value(value) for key, value in params.items()}
        os_error = OS_ERRORS.get(str(params.get("os_error", "")))
        if os_error is not None:  # the system's reason in the user's language
            values["detail"] = self._lookup(os_error)
        if "existing_title" in values:  # a collision names the other article, if it has a title
            title = params["existing_title"]
            values["title"] = f" ({title!r})" if title else ""
        return _fill(self._lookup(source), values)

    def _value(self, value: Any) -> Any:
        moment = _moment_type()  # in its own zone (the site's), offset shown
        if moment is not None and isinstance(value, moment):
            at = value.at
            return _fill(
                self._lookup(_ZONED_MOMENT),
                {
                    "weekday": self._lookup(_WEEKDAYS[at.weekday()]),
                    "day": at.day,
                    "month": self._lookup(_MONTHS[at.month - 1]),
                    "year": at.year,
                    "time": f"{at:%H:%M}",
                    "offset": value.offset,
                },
            )
        if isinstance(value, datetime):
            local = value.astimezone()
            return _fill(
                self._lookup(_MOMENT),
                {
                    "day": local.day,
                    "month": self._lookup(_MONTHS[local.month - 1]),
                    "year": local.year,
                    "time": f"{local:%H:%M}",
                },
            )
        return value


def _fill(template: str, values: Mapping[str, Any]) -> str:
    """Put `values` into `template`'s placeholders; unknown placeholders stay as written."""

    def one(match: re.Match[str]) -> str:
        name, attributes, conversion = match.groups()
        if name not in values:
            return match.group(0)
        value = values[name]
        for attribute in filter(None, attributes.split(".")):
            value = getattr(value, attribute, "?")
        return repr(value) if conversion == "!r" else str(value)

    return _PLACEHOLDER.sub(one, template)


def _installed(source: str) -> str:
    from PySide6.QtCore import QCoreApplication  # the window has loaded Qt long before

    return QCoreApplication.translate(CONTEXT, source)


@functools.cache
def for_language(language: str) -> Catalogue:
    """A catalogue of its own, for a process without a Qt application (the CLI)."""
    if language != "nl":  # the sources are English: no Qt needed
        return Catalogue(lambda source: source, lambda: "en")
    from PySide6.QtCore import QTranslator

    from redactie.gui.i18n import compiled_translation

    translator = QTranslator()
    path = compiled_translation(language)
    if path is None or not translator.load(str(path)):
        return Catalogue(lambda source: source, lambda: "en")
    return Catalogue(lambda source: translator.translate(CONTEXT, source) or source, lambda: "nl")


def _window_language() -> str:
    from redactie.gui.i18n import window_language  # i18n imports this module

    return window_language()


WINDOW = Catalogue(_installed, _window_language)


def message(item: Coded, /, **context: Any) -> str:
    """The window's sentence for `item`, in the UI language (see `Catalogue.message`)."""
    return WINDOW.message(item, **context)


def describe(error: BaseException, /, **context: Any) -> str:
    """The window's sentence for any exception (see `Catalogue.describe`)."""
    return WINDOW.describe(error, **context)


def _moment_type() -> type[Moment] | None:
    """`publish_state.Moment` once something has loaded it (then a value may be one); the
    catalogue itself does not load the site's code (start-up: ~35 ms of the window's start)."""
    module = sys.modules.get("redactie.core.site.publish_state")
    return None if module is None else cast("type[Moment]", module.Moment)
