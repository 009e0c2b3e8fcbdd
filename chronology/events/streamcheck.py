"""Check a machine-written events file as a stream: memory for one entry, not the file.

``check_bytes`` builds the whole node tree, which for a large new file costs several times
the file.  After ``fresh`` writes a new file, ``check_stream`` reads it back from disk through
the parser's event stream and validates each entry as soon as it is complete, with the
validator ``check`` uses (``validate``): the version, each article entry, each event (its
fields, then each of its sources on its own), each ``seen`` key; and across entries,
duplicate ids and articles, and ``end_date`` before ``date``.  It returns the errors (with the
file's own lines and columns) and how many entries each section holds.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml
from yaml import events as ev

from chronology.errors import Place, Problem
from chronology.events.nodes import MappingNode, Node, ScalarNode, SequenceNode
from chronology.events.validate import (
    Reader,
    read_articles,
    read_event,
    read_source,
    read_strings,
    read_value,
    scalar_text,
)
from chronology.spans import first_day, last_day

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Checker:
    """Validates entries as the stream completes them (``take``)."""

    def __init__(self, name: str) -> None:
        self.reader = Reader(name)
        self.counts: dict[str, int] = {}
        # hashes, not the strings: a written file is read back with little memory (a
        # collision would only refuse a good write, with odds of about 1 in 10^10)
        self.ids: set[int] = set()
        self.articles: set[int] = set()
        self.sources = 0  # of the event being read

    def take(self, section: str, node: Node, key: Node | None = None) -> None:
        count = self.counts.get(section, 0)
        self.counts[section] = count + 1
        if section == "version":
            read_value(self.reader, "version", node, "version")
        elif section == "articles":
            self._article(key, node)
        elif section == "events":
            self._event(node, count)
        elif section == "sources":
            event = self.counts.get("events", 0)
            read_source(self.reader, node, f"events[{event}].sources[{self.sources}]")
            self.sources += 1
        elif section == "seen":
            problems = self.reader.problems
            before = len(problems)
            read_strings(self.reader, SequenceNode([node], node.start_mark), "seen")
            for i in range(before, len(problems)):  # the item's own index, not 0
                problems[i] = replace(problems[i], message=problems[i].message.replace(
                    "seen[0]", f"seen[{count}]", 1))

    def _article(self, key: Node, node: Node) -> None:
        text = scalar_text(key) if isinstance(key, ScalarNode) else ""
        if hash(text) in self.articles:
            self.reader.error(key, f"articles.{text}: duplicate article {text!r}")
        self.articles.add(hash(text))
        read_articles(self.reader, MappingNode([(key, node)], key.start_mark))

    def _event(self, node: Node, index: int) -> None:
        """An event's fields (its sources were checked as they came), then its id and
        period against the others, as ``check`` does: with whatever fields could be read."""
        self.sources = 0
        read_event(self.reader, node, f"events[{index}]")
        data = self.reader.event_nodes.pop()[0]
        ident, date, end = data.get("id"), data.get("date"), data.get("end_date")
        if ident is not None and hash(ident) in self.ids:
            self.reader.error(_value(node, "id"), f"events[{index}].id: duplicate id {ident!r}")
        if ident is not None:
            self.ids.add(hash(ident))
        if date and end and last_day(end) < first_day(date):
            self.reader.error(_value(node, "end_date"),
                              f"events[{index}].end_date: {end!r} is before date {date!r}")


def check_stream(path: Path, name: str) -> tuple[list[Problem], dict[str, int]]:
    """The errors in the events file at ``path`` (a mapping of version, articles, events,
    seen), and the number of entries per section (``sources``: of all events)."""
    checker = _Checker(name)
    try:
        _read(path, checker)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = Place(name, mark.line + 1, mark.column + 1) if mark else Place(name)
        checker.reader.problems.append(Problem(place, f"invalid YAML: {getattr(exc, 'problem', exc)}"))
    errors = [p for p in checker.reader.problems if p.severity == "error"]
    return sorted(errors, key=lambda p: (p.place.line or 0, p.place.col or 0)), checker.counts


def _read(path: Path, checker: _Checker) -> None:
    stack: list[list] = []  # [node, pending key, section]
    with path.open("rb") as handle:
        for event in yaml.parse(handle, Loader=_LOADER):
            if isinstance(event, ev.CollectionStartEvent):
                kind = MappingNode if isinstance(event, ev.MappingStartEvent) else SequenceNode
                stack.append([kind([], event.start_mark), None, _section(stack)])
                continue
            if isinstance(event, ev.CollectionEndEvent):
                node = stack.pop()[0]
                node.end_mark = event.end_mark
            elif isinstance(event, ev.ScalarEvent):
                node = ScalarNode(event.value, event.start_mark, event.end_mark,
                                  event.style or None)
            else:
                continue
            if stack:
                _place(stack, node, checker)


def _section(stack: list[list]) -> str | None:
    """The top-level key the next node is under."""
    if not stack:
        return None
    if len(stack) == 1:
        key = stack[0][1]
        return scalar_text(key) if isinstance(key, ScalarNode) else None
    return stack[1][2]


def _place(stack: list[list], node: Node, checker: _Checker) -> None:
    """Hand a finished entry to the checker, or attach the node to its parent."""
    parent, depth = stack[-1], len(stack)
    is_key = isinstance(parent[0], MappingNode) and parent[1] is None
    if depth == 1 and not is_key:  # a top-level value
        if isinstance(node, ScalarNode) and _section(stack) == "version":
            checker.take("version", node)
        parent[1] = None
        return
    if depth == 2 and not is_key:  # an entry of a section
        checker.take(parent[2], node, parent[1])
        parent[1] = None
        return
    if depth == 4 and parent[2] == "events" and _key_is(stack[-2][1], "sources"):
        checker.take("sources", node)  # one source of an event (checked on its own)
        return
    if isinstance(parent[0], SequenceNode):
        parent[0].value.append(node)
    elif is_key:
        parent[1] = node
    else:
        parent[0].value.append((parent[1], node))
        parent[1] = None


def _value(mapping: Node, key: str) -> Node:
    """The value node for ``key`` in a mapping node (the mapping itself if absent)."""
    for key_node, value in mapping.value:
        if _key_is(key_node, key):
            return value
    return mapping


def _key_is(key: Node | None, name: str) -> bool:
    return isinstance(key, ScalarNode) and scalar_text(key) == name
