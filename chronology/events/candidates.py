"""Check machine candidates with the same rules as the file, before they go into it.

A candidate that would make the file invalid (an impossible date, an empty title, an id with a
space...) is left out and reported, so one bad extraction never blocks the whole run and never
lands in a file people then have to repair.  The same holds for a new article's entry (an
article dated 9999-12-31 by its front matter or its dateline).
"""

from __future__ import annotations

from chronology.events.model import ArticleInfo, Event
from chronology.events.nodes import MappingNode, Mark, Node, ScalarNode, SequenceNode
from chronology.events.render import article_map, event_map
from chronology.events.validate import Reader, read_articles, read_event
from chronology.spans import first_day, last_day

_MARK = Mark(0, 0)


def candidate_problems(event: Event, mapping=None) -> list[str]:
    """Why ``event`` cannot go into the events file (empty when it can).

    ``mapping``: ``event_map(event)``, if the caller has it already."""
    reader = Reader("candidate")
    path = f"candidate {event.id!r}"
    read_event(reader, _node(event_map(event) if mapping is None else mapping), path)
    problems = [p.message for p in reader.problems if p.severity == "error"]
    if not problems and event.end_date and last_day(event.end_date) < first_day(event.date):
        problems.append(f"{path}.end_date: {event.end_date!r} is before date {event.date!r}")
    return problems


def article_problems(info: ArticleInfo, mapping=None) -> list[str]:
    """Why an article's entry cannot go into the events file (a date past 9998, a control
    character in its title...); empty when it can."""
    reader = Reader("candidate")
    entry = article_map(info) if mapping is None else mapping
    read_articles(reader, _node({info.id: entry}))
    return [p.message for p in reader.problems if p.severity == "error"]


def _node(value) -> Node:
    """A node tree for plain data, as the parser would give for the written file."""
    if isinstance(value, dict):
        items = [(_node(str(k)), _node(v)) for k, v in value.items()]
        return MappingNode(items, _MARK)
    if isinstance(value, list):
        return SequenceNode([_node(v) for v in value], _MARK)
    if isinstance(value, bool):
        return ScalarNode("true" if value else "false", _MARK)
    return ScalarNode(str(value), _MARK, style="'")
