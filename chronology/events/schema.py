"""The events file's fields, in file order: used by ``check``, the writer and the JSON Schema.

Each field has a *kind* that says how its YAML scalar is read (see ``chronology.events.validate``):

- ``id``: letters, digits, ``.``, ``_``, ``-``; starts with a letter or digit (used in URLs)
- ``date``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real calendar date
- ``day``: ``YYYY-MM-DD`` only
- ``bool``: ``true`` or ``false``
- ``text``: a non-empty string; ``string``: any string; ``strings``: a list of strings
- ``status``: one of ``STATUSES``; ``sources``: a list of source mappings; ``version``: 1
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from chronology.events.model import STATUSES

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
DAY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Field:
    """One key of a mapping in the events file."""

    name: str
    kind: str
    required: bool = False
    description: str = ""


SOURCE_FIELDS = (
    Field("article", "text", True, "The source article's id: its file name without extension."),
    Field("quote", "text", True, "The verbatim sentence that carries the event and its date."),
    Field("date_text", "string", False, "The words that dated it, e.g. 'on Tuesday'."),
    Field("reported", "day", False, "The article's own date (YYYY-MM-DD)."),
    Field("date", "date", False, "The date this source gives the event; sources that "
          "disagree make the event a conflict."),
    Field("rule", "string", False, "The date rule the machine used, e.g. 'weekday-past'."),
)

EVENT_FIELDS = (
    Field("id", "id", True, "Stable id, used in permalinks. Keep it when you edit the event."),
    Field("date", "date", True, "When it happened: YYYY, YYYY-MM or YYYY-MM-DD."),
    Field("end_date", "date", False, "Last day of a period; not before date."),
    Field("approximate", "bool", False, "true: shown as 'c.' (circa)."),
    Field("title", "text", True, "One line, shown as the event's heading."),
    Field("summary", "string", False, "Longer description, Markdown."),
    Field("tags", "strings", False, "Free labels used for filtering."),
    Field("actors", "strings", False, "Who took part: countries, people, organisations."),
    Field("places", "strings", False, "Where it happened."),
    Field("context", "bool", False, "true: background (outside the period or off topic)."),
    Field("status", "status", False, "'active' (default) or 'rejected': hidden, and never "
          "re-added by extraction."),
    Field("sources", "sources", False, "Evidence: one entry per article that reports it."),
)

ARTICLE_FIELDS = (
    Field("title", "string", False, "The article's headline."),
    Field("publisher", "string", False, "Who published it."),
    Field("url", "string", False, "Where it was published."),
    Field("reported", "day", False, "The article's own date (YYYY-MM-DD), if known."),
    Field("reference", "string", False, "Which words and rule gave that date."),
)

TOP_FIELDS = (
    Field("version", "version", False, "Format version: 1."),
    Field("articles", "articles", False, "Source articles, by id."),
    Field("events", "events", False, "The events, ordered by date then id."),
    Field("seen", "strings", False, "Machine memory of evidence already proposed "
          "(article#quote-hash, date, word fingerprint); an event deleted by hand stays "
          "deleted. Do not edit."),
)

DEFAULTS = {"approximate": False, "context": False, "status": "active"}


def names(fields: tuple[Field, ...]) -> list[str]:
    """The field names, in file order."""
    return [f.name for f in fields]


def _kind_schema(kind: str) -> dict:
    simple = {
        "id": {"type": "string", "pattern": ID_PATTERN},
        "date": {"type": ["string", "integer"], "pattern": DATE_PATTERN},
        "day": {"type": "string", "pattern": DAY_PATTERN},
        "bool": {"type": "boolean"},
        "text": {"type": ["string", "number"], "minLength": 1},
        "string": {"type": ["string", "number", "null"]},
        "strings": {"type": ["array", "null"], "items": {"type": ["string", "number"]}},
        "status": {"enum": list(STATUSES)},
        "version": {"const": FORMAT_VERSION},
    }
    if kind in simple:
        return dict(simple[kind])
    if kind == "sources":
        return {"type": ["array", "null"], "items": _object(SOURCE_FIELDS)}
    if kind == "articles":
        details = {"anyOf": [_object(ARTICLE_FIELDS), {"type": "null"}]}
        return {"type": ["object", "null"], "additionalProperties": details}
    if kind == "events":
        return {"type": ["array", "null"], "items": _object(EVENT_FIELDS)}
    raise ValueError(kind)


def _object(fields: tuple[Field, ...]) -> dict:
    properties = {}
    for f in fields:
        spec = _kind_schema(f.kind)
        spec["description"] = f.description
        properties[f.name] = spec
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    required = [f.name for f in fields if f.required]
    if required:
        schema["required"] = required
    return schema


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) for editors' YAML language servers."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "chronology events file",
        "description": "Events for a chronology site. Check it with `chronology check`.",
    }
    schema.update(_object(TOP_FIELDS))
    return schema


def json_schema_text() -> str:
    """The schema as the text stored in ``chronology/schema/events.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
