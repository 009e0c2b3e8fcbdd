"""Dataclasses -> round-trip YAML nodes in the file's field order, leaving out defaults.

Dates are written as plain scalars (``date: 2015-01-20``, ``date: 2015``), multi-line text as
literal blocks (``|``), everything else in block style, one key per line.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)

from chronology.events import schema
from chronology.events.comments import insert_item
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.events.yamlio import DateStr

HEADER = (
    "Events for the chronology. Edit freely: `chronology extract` keeps your edits, additions,\n"
    "deletions and comments. Format and rules: README.md, \"The events file\".\n"
    "Check it with `chronology check`."
)
SEEN_COMMENT = (
    "Machine memory, kept sorted: the evidence extraction has already proposed (article#hash\n"
    "of quote and date words, the date it gives, and a fingerprint of its words). An event you\n"
    "delete stays deleted, also when its article is corrected: its evidence is listed here."
)


FOLD_AT = 88  # longer one-line text is written as a folded block (">-"), wrapped at spaces


# The characters ``_needs_escape`` accepts (categories Cc and Cs are fixed ranges), for speed.
_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def _text(value: str):
    """Multi-line text as a literal block, long text folded, odd characters escaped."""
    if _ESCAPE.search(value):
        return DoubleQuotedScalarString(value)
    if "\n" in value.strip("\n"):
        return LiteralScalarString(value)
    if len(value) > FOLD_AT and _foldable(value):
        return folded(value)
    return value


def _needs_escape(ch: str) -> bool:
    """Characters a block or plain scalar cannot carry as they are (line separators, BOM,
    control characters other than tab and newline)."""
    if ch in "\x85\u2028\u2029\ufeff":
        return True
    return ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cs")


def _foldable(value: str) -> bool:
    # A folded block turns each line break back into exactly one space; text with runs of
    # spaces, tabs or outer spaces would not survive that, so it stays a quoted scalar.
    return value == value.strip() and "  " not in value and "\t" not in value and " " in value


def folded(value: str, width: int = FOLD_AT) -> FoldedScalarString:
    """``value`` as a ``>-`` block, broken at single spaces into lines of at most ``width``."""
    positions, start = [], 0
    while len(value) - start > width:
        cut = value.rfind(" ", start + 1, start + width + 1)
        if cut <= start:
            cut = value.find(" ", start + width)
            if cut == -1:
                break
        positions.append(cut)
        start = cut + 1
    out = FoldedScalarString(value)
    out.fold_pos = positions
    return out


def _value(kind: str, value):
    if kind in ("date", "day"):
        return DateStr(value)
    if kind == "strings":
        return CommentedSeq([_text(v) for v in value])
    if kind in ("text", "string"):
        return _text(value)
    return value


def _omit(name: str, value) -> bool:
    return value is None or value == "" or value == [] or schema.DEFAULTS.get(name, object()) == value


def _mapping(obj, fields: tuple[schema.Field, ...]) -> CommentedMap:
    out = CommentedMap()
    for f in fields:
        value = getattr(obj, f.name)
        if f.kind == "sources":
            if value:
                out[f.name] = CommentedSeq([source_map(s) for s in value])
        elif f.required or not _omit(f.name, value):
            out[f.name] = _value(f.kind, value)
    return out


def source_map(source: Source) -> CommentedMap:
    """A source as a mapping: article, quote, date_text, reported, date, rule."""
    return _mapping(source, schema.SOURCE_FIELDS)


def event_map(event: Event) -> CommentedMap:
    """An event as a mapping in file order, without default-valued optional fields."""
    return _mapping(event, schema.EVENT_FIELDS)


def article_map(info: ArticleInfo) -> CommentedMap:
    """An article's details: title, publisher, url, reported, reference."""
    return _mapping(info, schema.ARTICLE_FIELDS)


def sort_key(event: Event) -> tuple[str, str]:
    """Events are ordered by date, then id."""
    return (event.date, event.id)


def new_document(events: EventsFile | None = None, seen: list[str] | None = None) -> CommentedMap:
    """A complete document: version, articles (by id), events (by date, id), seen."""
    events = events or EventsFile()
    doc = CommentedMap()
    doc["version"] = schema.FORMAT_VERSION
    doc.yaml_set_start_comment(HEADER)
    doc["articles"] = CommentedMap(
        (key, article_map(events.articles[key])) for key in sorted(events.articles))
    doc["events"] = CommentedSeq(event_map(e) for e in sorted(events.events, key=sort_key))
    if seen:
        set_seen(doc, seen)
    return doc


def set_seen(doc: CommentedMap, seen: set[str] | list[str]) -> int:
    """Add ``seen`` keys to the ledger at the end of the document, in sorted position.

    Existing entries are kept where they are (with any comment attached to them).
    Returns how many keys were added.
    """
    ledger = doc.get("seen")
    if not isinstance(ledger, list):
        fresh = "seen" not in doc
        ledger = doc["seen"] = CommentedSeq()
        if fresh:
            doc.yaml_set_comment_before_after_key("seen", before=SEEN_COMMENT)
    order = [str(k) for k in ledger]
    new = sorted(set(seen) - set(order))
    in_order = order == sorted(order)
    for key in new:
        position = (bisect.bisect_right(order, key) if in_order else
                    next((i for i, k in enumerate(order) if k > key), len(order)))
        insert_item(ledger, position, key)
        order.insert(position, key)
    return len(new)
