"""The sentences of the checks' findings and of the command line, for `messages.SENTENCES`.

Kept apart from the errors' sentences only for size: the same catalogue, context "messages"
(the Dutch in `resources/translations/redactie_nl.ts`), placeholders as in `messages`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `source` for lupdate; `messages` translates it when shown."""
    return source


CHECK_AND_CLI_SENTENCES: dict[str, str] = {
    "check.front-matter": QT_TRANSLATE_NOOP("messages", "Error in the front matter: {detail}"),
    "check.front-matter-missing": QT_TRANSLATE_NOOP(
        "messages", "The file has no front matter (title, date, ...)."
    ),
    "check.required-field": QT_TRANSLATE_NOOP(
        "messages", "Required field missing or empty: {field}."
    ),
    "check.title-length": QT_TRANSLATE_NOOP(
        "messages", "The title is {length} characters long; at most {max} is recommended."
    ),
    "check.summary-length": QT_TRANSLATE_NOOP(
        "messages", "The summary is {length} characters long; at most {max} is recommended."
    ),
    "check.cover-image": QT_TRANSLATE_NOOP("messages", "There is no cover image ({field})."),
    "check.cover-alt": QT_TRANSLATE_NOOP(
        "messages", "The cover image has no alt text ({field}) for screen readers."
    ),
    "check.cover-alt-is-caption": QT_TRANSLATE_NOOP(
        "messages", "The alt text equals the caption; describe what the image shows."
    ),
    "check.cover-caption-pexels": QT_TRANSLATE_NOOP(
        "messages", "A Pexels photo needs a caption crediting the photographer ({field})."
    ),
    "check.credit-missing": QT_TRANSLATE_NOOP(
        "messages",
        "The caption credits Pexels but not the photographer; name them ({field}), as Pexels asks.",
    ),
    "check.cover-size.heavy": QT_TRANSLATE_NOOP(
        "messages",
        "The cover file is {kb} KB; the site's budget is {max} KB. Save it smaller (JPEG quality "
        "80 is plenty) so the page loads fast.",
    ),
    "check.cover-size.wide": QT_TRANSLATE_NOOP(
        "messages",
        "The cover is {width} pixels wide; the page never shows more than {max}. Scale it down.",
    ),
    "check.style-word": QT_TRANSLATE_NOOP(
        "messages", "House style: write “{prefer}” instead of “{found}”."
    ),
    "check.style-number": QT_TRANSLATE_NOOP(
        "messages", "House style: one to twenty in words, so “{prefer}” instead of “{found}”."
    ),
    "check.style-percent": QT_TRANSLATE_NOOP(
        "messages", "House style: “procent” in running text instead of “%” (“{found}”)."
    ),
    "check.style-time": QT_TRANSLATE_NOOP(
        "messages", "House style: times as “{prefer}”, not “{found}”."
    ),
    "check.style-spaces": QT_TRANSLATE_NOOP("messages", "Two spaces in a row; one is enough."),
    "check.style-quotes": QT_TRANSLATE_NOOP(
        "messages", "House style: quotation marks as {prefer}, not {found}."
    ),
    "check.sentence-long": QT_TRANSLATE_NOOP(
        "messages", "A long sentence ({words} words, over {max}); splitting it reads easier."
    ),
    "check.link-broken": QT_TRANSLATE_NOOP(
        "messages", "The link {url} does not work (the server answers {status}); fix or remove it."
    ),
    "check.link-redirect": QT_TRANSLATE_NOOP(
        "messages", "The link {url} has moved to {to}; link to the new address."
    ),
    "check.alt-language.en": QT_TRANSLATE_NOOP(
        "messages",
        "The alt text (“{alt}”) is in English; describe the image in Dutch for Dutch listeners.",
    ),
    "check.alt-language.nl": QT_TRANSLATE_NOOP(
        "messages", "The alt text (“{alt}”) is in Dutch on an English site; write it in English."
    ),
    "check.alt-quality.filler": QT_TRANSLATE_NOOP(
        "messages",
        "The alt text (“{alt}”) starts with “photo of”; a screen reader already says it is an "
        "image, so begin with what it shows.",
    ),
    "check.alt-quality.long": QT_TRANSLATE_NOOP(
        "messages",
        "The alt text is {length} characters long; keep it under {max} and put the rest in the "
        "caption or the text.",
    ),
    "check.body-image-alt": QT_TRANSLATE_NOOP(
        "messages", "This image has no alt text; describe what it shows for screen readers."
    ),
    "check.date-invalid": QT_TRANSLATE_NOOP("messages", "The date {value!r} is not a valid date."),
    "check.date-offset": QT_TRANSLATE_NOOP(
        "messages",
        "The date has no time zone offset; Hugo reads it as {zone}. Write it with an offset, such "
        "as +01:00.",
    ),
    "check.date-future": QT_TRANSLATE_NOOP(
        "messages",
        "The date ({when}) is {wait} in the future; Hugo will not publish the article yet.",
    ),
    "check.unfinished-copy": QT_TRANSLATE_NOOP(
        "messages",
        "Unfinished: “{marker}” is a placeholder; fill it in or remove it.",
    ),
    "check.draft": QT_TRANSLATE_NOOP(
        "messages", "The article is still a draft (draft: true); Hugo will not publish it."
    ),
    "check.tags-lowercase": QT_TRANSLATE_NOOP(
        "messages", "Tag '{tag}' has capitals; write tags in lowercase ('{lower}')."
    ),
    "check.tags-near-duplicate": QT_TRANSLATE_NOOP(
        "messages", "Tag '{tag}' looks like the existing tag '{existing}' (used {count}x)."
    ),
    "check.tags-unknown": QT_TRANSLATE_NOOP(
        "messages", "Tag '{tag}' is new on this site; confirm it or pick an existing one."
    ),
    "check.label-unknown": QT_TRANSLATE_NOOP(
        "messages", "Label '{label}' is not one of the site's labels: {labels}."
    ),
    "check.shortcodes-balanced.broken": QT_TRANSLATE_NOOP(
        "messages", "Shortcode '{name}' is not closed with >}} or %}}."
    ),
    "check.shortcodes-balanced.orphan": QT_TRANSLATE_NOOP(
        "messages", "Shortcode '{name}' is closed without being opened."
    ),
    "check.shortcodes-balanced.unclosed": QT_TRANSLATE_NOOP(
        "messages", "Shortcode '{name}' is opened but never closed."
    ),
    "check.shortcodes-balanced.no-content": QT_TRANSLATE_NOOP(
        "messages", "Shortcode '{name}' takes no content but has a closing tag."
    ),
    "check.image-missing": QT_TRANSLATE_NOOP(
        "messages", "Image '{url}' does not exist in the site."
    ),
    "check.link-entity": QT_TRANSLATE_NOOP(
        "messages",
        "Hugo breaks '{entity}' in this link address; write '{text}' instead.",
    ),
    "cli.summary": QT_TRANSLATE_NOOP(
        "messages", "errors: {errors}, warnings: {warnings}, files: {files}"
    ),
    "cli.new-file": QT_TRANSLATE_NOOP("messages", "new file"),
    "cli.update": QT_TRANSLATE_NOOP("messages", "update"),
    "cli.unchanged": QT_TRANSLATE_NOOP("messages", "unchanged"),
    "cli.other-article": QT_TRANSLATE_NOOP("messages", "ANOTHER ARTICLE in that place"),
    "cli.written": QT_TRANSLATE_NOOP("messages", "written: {path}"),
    "cli.nothing-to-commit": QT_TRANSLATE_NOOP("messages", "nothing to commit"),
    "cli.pushed": QT_TRANSLATE_NOOP("messages", "pushed"),
    "cli.left-out.outside": QT_TRANSLATE_NOOP(
        "messages", "left out: {url}: lies outside the article's folder"
    ),
    "cli.left-out.not-an-image": QT_TRANSLATE_NOOP("messages", "left out: {url}: is not an image"),
    "cli.left-out.too-large": QT_TRANSLATE_NOOP("messages", "left out: {url}: is too large"),
    "cli.left-out.unreadable": QT_TRANSLATE_NOOP("messages", "left out: {url}: cannot be read"),
    "cli.exists": QT_TRANSLATE_NOOP("messages", "{path} already exists."),
    "cli.stats.summary": QT_TRANSLATE_NOOP(
        "messages",
        "{path}: words: {words}, sentences: {sentences}, reading time: {minutes} min, "
        "Flesch–Douma: {score} ({grade})",
    ),
    "cli.stats.long": QT_TRANSLATE_NOOP(
        "messages", "  line {line}: a long sentence ({words} words): {text}"
    ),
    "cli.stats.very-easy": QT_TRANSLATE_NOOP("messages", "very easy"),
    "cli.stats.easy": QT_TRANSLATE_NOOP("messages", "easy"),
    "cli.stats.fairly-easy": QT_TRANSLATE_NOOP("messages", "fairly easy"),
    "cli.stats.standard": QT_TRANSLATE_NOOP("messages", "standard"),
    "cli.stats.fairly-hard": QT_TRANSLATE_NOOP("messages", "fairly hard"),
    "cli.stats.hard": QT_TRANSLATE_NOOP("messages", "hard"),
    "cli.stats.very-hard": QT_TRANSLATE_NOOP("messages", "very hard"),
    "cli.state.published": QT_TRANSLATE_NOOP("messages", "published"),
    "cli.state.scheduled": QT_TRANSLATE_NOOP("messages", "scheduled"),
    "cli.state.expired": QT_TRANSLATE_NOOP("messages", "expired"),
    "cli.state.draft": QT_TRANSLATE_NOOP("messages", "draft"),
    "cli.when.published": QT_TRANSLATE_NOOP("messages", "online since {when}"),
    "cli.when.published-undated": QT_TRANSLATE_NOOP("messages", "online, without a date"),
    "cli.when.scheduled": QT_TRANSLATE_NOOP("messages", "online from {when}"),
    "cli.when.expired": QT_TRANSLATE_NOOP("messages", "offline since {when}"),
    "cli.when.draft": QT_TRANSLATE_NOOP("messages", "will not be published"),
    "cli.built.yes": QT_TRANSLATE_NOOP("messages", "built: yes"),
    "cli.built.no": QT_TRANSLATE_NOOP("messages", "built: no"),
    "cli.bad-moment": QT_TRANSLATE_NOOP(
        "messages", "--at {value!r} is not an RFC 3339 moment (2026-12-09T07:00:00+01:00)"
    ),
    "cli.sync.up-to-date": QT_TRANSLATE_NOOP("messages", "Up to date ({branch})."),
    "cli.sync.to-push": QT_TRANSLATE_NOOP("messages", "{mine} commit(s) of yours not pushed yet."),
    "cli.sync.fast-forward": QT_TRANSLATE_NOOP(
        "messages",
        "{taken} new commit(s) taken from the remote ({branch}).",
    ),
    "cli.sync.rebased": QT_TRANSLATE_NOOP(
        "messages",
        "{taken} new commit(s) taken from the remote; your {mine} commit(s) put on top ({branch}).",
    ),
    "cli.sync.conflict": QT_TRANSLATE_NOOP(
        "messages",
        "{path}: changed on the remote by {authors}",
    ),
    "cli.history.none": QT_TRANSLATE_NOOP("messages", "No commit has touched this file yet."),
    "cli.review.submitted": QT_TRANSLATE_NOOP("messages", "Submitted for review on {branch}."),
    "cli.push-retried": QT_TRANSLATE_NOOP(
        "messages",
        "The remote had moved on: synced and pushed again.",
    ),
    "cli.review.none": QT_TRANSLATE_NOOP("messages", "No reviews are waiting."),
    "cli.review.sent-back": QT_TRANSLATE_NOOP("messages", "sent back: {note}"),
    "cli.review.offline": QT_TRANSLATE_NOOP(
        "messages",
        "The remote cannot be reached; the list as of the last fetch ({when}):",
    ),
    "cli.review.approved-ff": QT_TRANSLATE_NOOP(
        "messages",
        "{branch} is published on {main} (fast-forward); the review branch is deleted.",
    ),
    "cli.review.approved-merge": QT_TRANSLATE_NOOP(
        "messages",
        "{branch} is published on {main} (merge commit); the review branch is deleted.",
    ),
    "cli.review.sent-back-done": QT_TRANSLATE_NOOP(
        "messages",
        "{branch} was sent back with your note.",
    ),
}
