"""A site's article schema: the built-in PaperMod schema with the site's `redactie.toml` applied.

The schema module stays the one description of the fields; a site only narrows it (the labels
it allows, which fields are required, recommended lengths), so the form and the checks read the
same `Schema` whether a site is open or not.
"""

from __future__ import annotations

import dataclasses

from redactie.core.article.schema import DEFAULT_SCHEMA, Field, Schema
from redactie.core.site.options import SiteOptions


def site_schema(options: SiteOptions, base: Schema = DEFAULT_SCHEMA) -> Schema:
    """`base` with the site's labels, required fields and maximum lengths."""
    fields: list[Field] = []
    for item in base.fields:
        required = item.required if options.required is None else item.key in options.required
        choices = options.labels if item.key == "label" and options.labels else item.choices
        max_length = item.max_length
        if item.key == "title" and options.title_max_length is not None:
            max_length = options.title_max_length
        if item.key == "summary" and options.summary_max_length is not None:
            max_length = options.summary_max_length
        fields.append(
            dataclasses.replace(item, required=required, choices=choices, max_length=max_length)
        )
    return Schema(fields=tuple(fields), groups=base.groups)


def required_keys(schema: Schema, options: SiteOptions) -> tuple[str, ...]:
    """Required dotted keys: the site's list (which may name keys outside the schema)."""
    if options.required is not None:
        return options.required
    return tuple(f.key for f in schema.fields if f.required)
