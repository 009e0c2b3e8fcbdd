"""A new events file, written entry by entry: no whole document in memory.

Merging into an empty document (``reconcile``) inserts every valid candidate in (date, id)
order, adds every valid article in id order and remembers each inserted source in the
``seen`` ledger, unless two candidates *meet*: the same id, or the same evidence (source key).
So when no two meet, the new file is known entry by entry.  Each entry is rendered
(``render``), written as ``emit.fast_dump`` writes it, and checked as it is written with the
rules of ``check`` (``_Verifier``); at the end the whole written file is parsed once more as a
stream, to count that every entry reads back where it belongs.  Nothing holds the whole
document: not a round-trip tree, not its text, not a second parse of it.

When two candidates meet, or the document is not one the fast writer writes (no events, no
articles...), ``write_fresh`` returns None and the caller merges the whole document instead:
the same bytes either way (``tests/events/test_events_fresh.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml
from yaml import events as ev

from chronology.errors import Place, Problem, ProblemsError
from chronology.events.candidates import article_problems, candidate_problems
from chronology.events.emit import fresh_entry, fresh_head, fresh_seen
from chronology.events.evidence import evidence, source_key
from chronology.events.fastparse import fast_parse
from chronology.events.model import ArticleInfo, Event, EventsFile
from chronology.events.nodes import MappingNode, SequenceNode
from chronology.events.reconcile import UpdateReport
from chronology.events.render import article_map, event_map, new_document
from chronology.events.validate import Reader, read_articles, read_event, read_strings, read_value
from chronology.spans import first_day, last_day

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Meet(Exception):
    """Two candidates meet: the whole-document merge decides."""


def write_fresh(path: Path, events: Iterable[Event], articles: Mapping[str, ArticleInfo],
                name: str) -> UpdateReport | None:
    """Write the events file that merging ``events`` (in (date, id) order) and ``articles``
    into no file gives, to ``path``; return what changed, or None (see the module doc)."""
    head = fresh_head(new_document(EventsFile(), seen=["-"]))
    if head is None:
        return None
    start, seen_line = head
    report, verify, seen = UpdateReport(), _Verifier(name), set()
    article_skips: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(verify.head(start) + "articles:\n")
        for key in sorted(articles):
            text = _article(key, articles[key], article_skips)
            if text:
                out.write(verify.article(text))
                report.articles_added += 1
        out.write("events:\n")
        try:
            for event in events:
                text = _event(event, report, verify, seen)
                if text:
                    out.write(verify.event(text))
        except _Meet:
            return None
        items = fresh_seen(sorted(seen)) if seen else None
        if items is None or not report.articles_added:
            return None
        out.write(seen_line + verify.seen(items))
    report.skipped.extend(article_skips)
    report.seen_added = len(seen)
    verify.read_back(path, report.articles_added, report.added, len(seen))
    return report


def _article(key: str, info: ArticleInfo, skipped: list[str]) -> str:
    mapping = article_map(info)
    problems = article_problems(info, mapping)
    skipped.extend(problems)
    return "" if problems else fresh_entry(key, mapping)


def _event(event: Event, report: UpdateReport, verify: _Verifier, seen: set[str]) -> str:
    """One candidate's entry ("" when it is invalid, and so skipped), as ``reconcile``
    inserts it; its evidence goes into ``seen``.  ``_Meet`` when it meets an earlier one."""
    keys = [source_key(s.article, s.quote, s.date_text) for s in event.sources]
    if str(event.id) in verify.ids or any(k in verify.keys for k in keys):
        raise _Meet
    mapping = event_map(event)
    problems = candidate_problems(event, mapping)
    if problems:
        report.skipped.extend(problems)
        return ""
    verify.keys.update(keys)
    remembered: set[str] = set()
    for source, key in zip(event.sources, keys, strict=True):
        if key not in remembered:  # the ledger keeps one entry per key
            remembered.add(key)
            seen.add(evidence(source.article, source.quote, "", source.date or event.date,
                              key).entry())
    if not event.sources:
        seen.add(f"id:{event.id}")
    report.added += 1
    report.sources_added += len(event.sources)
    return fresh_entry(mapping)


class _Verifier:
    """Each entry, as written, must read back without an error (the rules of ``check``):
    never write a file we could not read back."""

    def __init__(self, name: str) -> None:
        self.reader = Reader(name)
        self.ids: set[str] = set()
        self.keys: set[str] = set()

    def head(self, text: str) -> str:
        node = self._parse(text)
        version = {k.value: v for k, v in node.value} if isinstance(
            node, MappingNode) else {}
        if "version" not in version:
            self._fail([])
        read_value(self.reader, "version", version["version"], "version")
        return self._checked(text)

    def article(self, text: str) -> str:
        read_articles(self.reader, self._parse(text))
        return self._checked(text)

    def event(self, text: str) -> str:
        node = self._parse(text)
        if not isinstance(node, SequenceNode) or len(node.value) != 1:
            self._fail([])
        path = f"events[{len(self.ids)}]"
        found = read_event(self.reader, node.value[0], path)
        if found is None or found.id in self.ids:
            self._fail([])
        if found.end_date and last_day(found.end_date) < first_day(found.date):
            self._fail([])
        self.ids.add(found.id)
        return self._checked(text)

    def seen(self, text: str) -> str:
        read_strings(self.reader, self._parse(text), "seen")
        return self._checked(text)

    def read_back(self, path: Path, articles: int, events: int, seen: int) -> None:
        """The whole file, parsed as a stream (constant memory): every entry where it
        belongs."""
        counts: dict[str, int] = {}
        depth, key, expect_key = 0, None, False
        with path.open("rb") as handle:
            for event in yaml.parse(handle, Loader=_LOADER):
                if isinstance(event, ev.CollectionStartEvent):
                    if depth == 2:
                        counts[key] = counts.get(key, 0) + 1
                    depth += 1
                    expect_key = depth == 1
                elif isinstance(event, ev.CollectionEndEvent):
                    depth -= 1
                    expect_key = depth == 1
                elif isinstance(event, ev.ScalarEvent):
                    if depth == 1 and expect_key:
                        key = event.value
                    elif depth == 2 and key == "seen":
                        counts[key] = counts.get(key, 0) + 1
                    if depth == 1:
                        expect_key = not expect_key
        if counts != {"articles": articles, "events": events, "seen": seen}:
            self._fail([])

    def _parse(self, text: str):
        return fast_parse(text, self.reader.name)

    def _checked(self, text: str) -> str:
        errors = [p for p in self.reader.problems if p.severity == "error"]
        if errors:
            self._fail(errors)
        self.reader.problems.clear()
        self.reader.event_nodes.clear()
        return text

    def _fail(self, errors: list[Problem]) -> None:
        problem = Problem(Place(self.reader.name), "internal error: the updated file would "
                          "not validate; nothing was written")
        raise ProblemsError([problem, *errors])
