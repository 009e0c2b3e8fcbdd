"""Read the events file's node tree into dataclasses, collecting every problem with its place.

Scalars are read by the field's kind (see ``chronology.events.schema``), from the text as
written, so YAML's implicit typing never turns ``2015-01-20`` into a date or ``no`` into
``False`` behind the editor's back.  Paths in messages are ``events[3].sources[0].quote``
(0-based indexes, as in Python and JSONPath).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from chronology import controls
from chronology.errors import Problem
from chronology.events import schema
from chronology.events.model import STATUSES, ArticleInfo, Event, EventsFile, Source
from chronology.events.nodes import MappingNode, Mark, Node, ScalarNode, SequenceNode
from chronology.events.schema import Field
from chronology.events.yamlio import place_of
from chronology.spans import date_problem
from chronology.urls import http_url_problem

NULLS = {"", "~", "null", "Null", "NULL"}
TRUE, FALSE = {"true", "True", "TRUE"}, {"false", "False", "FALSE"}
_DATE = re.compile(schema.DATE_PATTERN)
_DAY = re.compile(schema.DAY_PATTERN)
_ID = re.compile(schema.ID_PATTERN)


@dataclass
class Reader:
    """Collects problems while reading one file."""

    name: str
    problems: list[Problem] = field(default_factory=list)
    # every event mapping, with whatever fields could be read: for checks across fields/events
    event_nodes: list[tuple[dict, MappingNode, str]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def error(self, node: Node, message: str) -> None:
        self.problems.append(Problem(place_of(node, self.name), message))

    def warn(self, node: Node, message: str) -> None:
        self.problems.append(Problem(place_of(node, self.name), message, "warning"))


def scalar_text(node: ScalarNode) -> str:
    """A scalar's text.  ruamel marks the line breaks of a folded (``>``) block with BEL
    characters (to rebuild the folds on output); the text itself has plain spaces there."""
    return node.value.replace("\a", "") if node.style == ">" else node.value


def is_null(node: Node) -> bool:
    """True for an empty or ``null`` plain scalar."""
    return isinstance(node, ScalarNode) and node.style is None and node.value in NULLS


def describe(node: Node) -> str:
    """How a node reads in a message: 'a list', 'a mapping', 'nothing' or its quoted text."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if is_null(node):
        return "nothing"
    text = scalar_text(node) if len(scalar_text(node)) <= 40 else scalar_text(node)[:37] + "..."
    return repr(text)


def suggest(word: str, options: list[str]) -> str:
    """' (did you mean 'x'?)' for a close option, else the list of options."""
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return " (expected one of: " + ", ".join(options) + ")"


def read_mapping(r: Reader, node: Node, path: str, fields: tuple[Field, ...],
                 what: str) -> dict[str, Node] | None:
    """Check a mapping's keys (unknown, duplicate, missing); return name -> value node."""
    head = f"{path}: " if path else ""
    if not isinstance(node, MappingNode):
        r.error(node, f"{head}expected {what}, found {describe(node)}")
        return None
    known, out, first_line = schema.names(fields), {}, {}
    for key_node, value in node.value:
        if not isinstance(key_node, ScalarNode):
            r.error(key_node, f"{head}keys must be plain words, found {describe(key_node)}")
            continue
        key = scalar_text(key_node)
        where = f"{path}.{key}" if path else key
        if key in first_line:
            r.error(key_node, f"{where}: duplicate key {key!r} (first at line {first_line[key]})")
        elif key not in known:
            r.error(key_node, f"{where}: unknown key {key!r}{suggest(key, known)}")
        else:
            out[key] = _placed_after(value, key_node)
        first_line.setdefault(key, key_node.start_mark.line + 1)
    for f in fields:
        if f.required and f.name not in first_line:
            r.error(node, f"{head}missing required key {f.name!r}")
    return out


def _placed_after(value: Node, key_node: Node) -> Node:
    """An empty value gets the place right after its key's colon, not the next line's."""
    if isinstance(value, ScalarNode) and value.style is None and value.value == "":
        end = key_node.end_mark
        value.start_mark = Mark(end.line, end.column + 2, end.index + 2)
    return value


def read_value(r: Reader, kind: str, node: Node, path: str, required: bool = False):
    """A field's value read by its kind, or None (empty, or a problem was reported).
    An empty value (``key:`` or ``key: null``) is a problem only for a required field."""
    if kind == "strings":
        return read_strings(r, node, path)
    if not isinstance(node, ScalarNode):
        expected = {"bool": "true or false", "date": "a date", "day": "a date"}.get(kind, "text")
        r.error(node, f"{path}: expected {expected}, found {describe(node)}")
        return None
    if is_null(node):
        if required:
            r.error(node, f"{path}: must not be empty")
        return None
    if not _no_controls(r, node, path):
        return None
    return _READERS[kind](r, node, path)


def _no_controls(r: Reader, node: ScalarNode, path: str) -> bool:
    """False (and an error) when the text holds a control character (see ``controls``)."""
    ch = controls.first_control(scalar_text(node))
    if ch is not None:
        r.error(node, f"{path}: {controls.refusal(ch)}")
    return ch is None


def _read_text(r: Reader, node: ScalarNode, path: str) -> str | None:
    if not scalar_text(node).strip():
        r.error(node, f"{path}: must not be empty")
        return None
    return scalar_text(node)


def _read_string(r: Reader, node: ScalarNode, path: str) -> str:
    return scalar_text(node)


def _read_id(r: Reader, node: ScalarNode, path: str) -> str | None:
    if not _ID.match(scalar_text(node)):
        r.error(node, f"{path}: {scalar_text(node)!r} is not a valid id (use letters, digits, '.', '_' "
                      "and '-', starting with a letter or digit)")
        return None
    return scalar_text(node)


def _read_bool(r: Reader, node: ScalarNode, path: str) -> bool | None:
    if node.style is None and scalar_text(node) in TRUE | FALSE:
        return scalar_text(node) in TRUE
    found = f"the string {scalar_text(node)!r}" if node.style else repr(scalar_text(node))
    r.error(node, f"{path}: expected true or false, found {found}")
    return None


def _read_date(r: Reader, node: ScalarNode, path: str) -> str | None:
    text = scalar_text(node)
    if not _DATE.match(text):
        r.error(node, f"{path}: {text!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        return None
    return _real_date(r, node, path, text)


def _read_day(r: Reader, node: ScalarNode, path: str) -> str | None:
    text = scalar_text(node)
    if not _DAY.match(text):
        r.error(node, f"{path}: {text!r} is not a date (expected YYYY-MM-DD)")
        return None
    return _real_date(r, node, path, text)


def _real_date(r: Reader, node: ScalarNode, path: str, text: str) -> str | None:
    """``text`` if it is a calendar date in range (``chronology.spans``), else report why not."""
    why = date_problem(text)
    if why:
        r.error(node, f"{path}: {text!r} is not a real date ({why})")
        return None
    return text


def _read_status(r: Reader, node: ScalarNode, path: str) -> str | None:
    if scalar_text(node) in STATUSES:
        return scalar_text(node)
    options = " or ".join(repr(s) for s in STATUSES)
    r.error(node, f"{path}: {scalar_text(node)!r} is not a status (expected {options})")
    return None


def _read_version(r: Reader, node: ScalarNode, path: str) -> int | None:
    if scalar_text(node) == str(schema.FORMAT_VERSION):
        return schema.FORMAT_VERSION
    r.error(node, f"{path}: unsupported version {scalar_text(node)!r} (expected {schema.FORMAT_VERSION})")
    return None


_READERS = {
    "text": _read_text, "string": _read_string, "id": _read_id, "bool": _read_bool,
    "date": _read_date, "day": _read_day, "status": _read_status, "version": _read_version,
}


def read_strings(r: Reader, node: Node, path: str) -> list[str]:
    """A list of non-empty strings (a missing or null value is an empty list)."""
    if is_null(node):
        return []
    if not isinstance(node, SequenceNode):
        r.error(node, f"{path}: expected a list of strings, found {describe(node)}")
        return []
    out = []
    for i, item in enumerate(node.value):
        if not isinstance(item, ScalarNode) or is_null(item) or not scalar_text(item).strip():
            found = "nothing" if not isinstance(item, ScalarNode) or is_null(item) else "''"
            found = describe(item) if not isinstance(item, ScalarNode) else found
            r.error(item, f"{path}[{i}]: expected a non-empty string, found {found}")
        elif _no_controls(r, item, f"{path}[{i}]"):
            out.append(scalar_text(item))
    return out


def read_fields(r: Reader, values: dict[str, Node], path: str, fields: tuple[Field, ...]) -> dict:
    """Each present field's value by its kind (sources are read by the caller)."""
    out = {}
    for f in fields:
        if f.name in values and f.kind != "sources":
            value = read_value(r, f.kind, values[f.name], f"{path}.{f.name}", f.required)
            if value is not None:
                out[f.name] = value
    return out


def read_source(r: Reader, node: Node, path: str) -> Source | None:
    """One entry of an event's ``sources``."""
    values = read_mapping(r, node, path, schema.SOURCE_FIELDS, "a source mapping")
    if values is None:
        return None
    data = read_fields(r, values, path, schema.SOURCE_FIELDS)
    if "article" not in data or "quote" not in data:
        return None
    return Source(**data)


def read_event(r: Reader, node: Node, path: str) -> Event | None:
    """One entry of ``events``; None if a required field is unusable."""
    values = read_mapping(r, node, path, schema.EVENT_FIELDS, "an event mapping")
    if values is None:
        return None
    data = read_fields(r, values, path, schema.EVENT_FIELDS)
    sources = []
    if "sources" in values and not is_null(values["sources"]):
        src = values["sources"]
        if not isinstance(src, SequenceNode):
            r.error(src, f"{path}.sources: expected a list of sources, found {describe(src)}")
        else:
            found = [read_source(r, n, f"{path}.sources[{i}]") for i, n in enumerate(src.value)]
            sources = [s for s in found if s is not None]
    r.event_nodes.append(({**data, "sources": sources}, node, path))
    if not all(k in data for k in ("id", "date", "title")):
        return None
    return Event(sources=sources, **data)


def read_articles(r: Reader, node: Node) -> dict[str, ArticleInfo]:
    """The ``articles`` mapping: article id -> info."""
    if is_null(node):
        return {}
    if not isinstance(node, MappingNode):
        r.error(node, f"articles: expected a mapping of article id to details, found {describe(node)}")
        return {}
    out: dict[str, ArticleInfo] = {}
    for key_node, value in node.value:
        if not isinstance(key_node, ScalarNode) or is_null(key_node):
            r.error(key_node, f"articles: expected an article id, found {describe(key_node)}")
            continue
        key, path = scalar_text(key_node), f"articles.{scalar_text(key_node)}"
        if not _no_controls(r, key_node, "articles"):
            continue
        if key in out:
            r.error(key_node, f"{path}: duplicate article {key!r}")
            continue
        values = {} if is_null(value) else read_mapping(
            r, value, path, schema.ARTICLE_FIELDS, "a mapping of article details")
        if values is not None:
            out[key] = ArticleInfo(id=key, **read_fields(r, values, path, schema.ARTICLE_FIELDS))
            _warn_unlinked(r, out[key].url, values.get("url"), f"{path}.url")
    return out


def _warn_unlinked(r: Reader, url: str | None, node: Node | None, path: str) -> None:
    """The site links only http(s) addresses (``chronology.urls``): say so for any other."""
    problem = http_url_problem(url) if url else None
    if problem:
        r.warn(node, f"{path}: {url!r} {problem}; the site does not link it")


def read_events(r: Reader, node: Node) -> list[Event]:
    """The ``events`` list."""
    if is_null(node):
        return []
    if not isinstance(node, SequenceNode):
        r.error(node, f"events: expected a list of events, found {describe(node)}")
        return []
    found = [read_event(r, item, f"events[{i}]") for i, item in enumerate(node.value)]
    return [e for e in found if e is not None]


def read_document(r: Reader, node: Node | None) -> EventsFile:
    """The whole file; an empty document is a file with no events."""
    if node is None or is_null(node):
        return EventsFile()
    what = "a mapping with keys 'version', 'articles' and 'events'"
    values = read_mapping(r, node, "", schema.TOP_FIELDS, what)
    if values is None:
        return EventsFile()
    if "version" in values:
        read_value(r, "version", values["version"], "version")
    if "seen" in values:
        r.seen = read_strings(r, values["seen"], "seen")
    articles = read_articles(r, values["articles"]) if "articles" in values else {}
    events = read_events(r, values["events"]) if "events" in values else []
    return EventsFile(events=events, articles=articles)
