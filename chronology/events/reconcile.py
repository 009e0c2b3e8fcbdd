"""Merge machine candidates into the round-trip document without undoing any hand edit.

The rules (README, "The events file"):

- An event already in the file is never rewritten.  The machine may only append *new* sources
  (evidence from articles it had not seen) to it.
- A candidate is the same event as one in the file when they share a source (same article, same
  quote up to case and spacing), or else a source reworded (same article, same date, strongly
  similar words: ``chronology.events.evidence``), or else the same id.  So an editor may change
  an id, a date or a title, and an article may be corrected, and the event is still
  recognised, not duplicated.
- The ``seen`` ledger remembers every source the machine has proposed or found in the file.  A
  candidate that matches no event but whose evidence (or the same reworded) is in the ledger
  was deleted by hand: it is counted as deleted and not re-added.  ``status: rejected`` works
  the same way, visibly (counted as rejected).
- New events are inserted where they sort (by date, then id); existing entries keep the order
  the editor gave them.  New articles are inserted in id order under ``articles``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.candidates import article_problems, candidate_problems
from chronology.events.comments import append_items, insert_item, insert_key
from chronology.events.evidence import Ledger, best_match, evidence, source_key
from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.render import article_map, event_map, set_seen, source_map


@dataclass
class UpdateReport:
    """What an extraction run did to the events file."""

    added: int = 0  # new events
    updated: int = 0  # events already in the file that received new sources
    kept: int = 0  # candidates already in the file, nothing new
    rejected: int = 0  # candidates an editor marked ``status: rejected``
    deleted: int = 0  # candidates an editor deleted (their evidence is in the ledger)
    sources_added: int = 0  # new sources, on new and existing events
    articles_added: int = 0  # new entries under ``articles``
    seen_added: int = 0  # new entries in the ``seen`` ledger
    written: bool = False  # False when the file already said all of this
    merged_again: int = 0  # times the file changed while merging (an editor's save)
    skipped: list[str] = field(default_factory=list)  # invalid candidates left out, and why

    def summary(self) -> str:
        text = (f"events: {self.added} added, {self.updated} updated with new sources, "
                f"{self.kept} kept, {self.rejected} rejected, {self.deleted} deleted")
        text += f", {len(self.skipped)} invalid skipped" if self.skipped else ""
        if self.merged_again:
            text += f" (the file changed while merging: merged again {self.merged_again}x)"
        return text


def _key(source: Source) -> str:
    return source_key(source.article, source.quote, source.date_text)


@dataclass
class _FileSource:
    """A source in the file, for recognising it reworded: its event and the date it gives."""

    entry: CommentedMap
    date: str
    quote: str
    sketch: tuple[int, ...] | None = None

    def words(self) -> tuple[int, ...]:
        if self.sketch is None:
            self.sketch = evidence("", self.quote, "", None).sketch
        return self.sketch


def _map_sources(entry) -> list[dict]:
    """The source mappings of an event entry that have an article and a quote."""
    sources = entry.get("sources") if isinstance(entry, dict) else None
    return [s for s in (sources if isinstance(sources, list) else [])
            if isinstance(s, dict) and s.get("article") is not None and s.get("quote") is not None]


def _map_key(source: dict) -> str:
    return source_key(str(source["article"]), str(source["quote"]),
                      str(source.get("date_text") or ""))


def _map_date(entry, source: dict) -> str:
    return str(source.get("date") or entry.get("date") or "-")


def _map_articles(entry) -> set[str]:
    sources = entry.get("sources") if isinstance(entry, dict) else None
    items = sources if isinstance(sources, list) else []
    return {str(s.get("article")) for s in items if isinstance(s, dict)}


class _Index:
    """The events in the file, by source key, by id, and by article (as at the start)."""

    def __init__(self, events: CommentedSeq) -> None:
        self.events = events
        self.by_key: dict[str, CommentedMap] = {}
        self.by_id: dict[str, CommentedMap] = {}
        self.by_article: dict[str, list[_FileSource]] = {}
        for entry in events:
            self.add(entry)
            for source in _map_sources(entry):
                self.by_article.setdefault(str(source["article"]), []).append(
                    _FileSource(entry, _map_date(entry, source), str(source["quote"])))
        self.order = [_sort_key(e) for e in events]
        self.in_order = self.order == sorted(self.order)

    def position(self, key: tuple[str, str]) -> int:
        """Before the first event that sorts after ``key`` (binary search if all in order)."""
        if self.in_order:
            return bisect.bisect_right(self.order, key)
        return next((i for i, k in enumerate(self.order) if k > key), len(self.order))

    def insert(self, entry: CommentedMap, key: tuple[str, str]) -> None:
        position = self.position(key)
        insert_item(self.events, position, entry)
        self.order.insert(position, key)
        self.add(entry)

    def add(self, entry: CommentedMap) -> None:
        for source in _map_sources(entry):
            self.by_key.setdefault(_map_key(source), entry)
        self.by_id.setdefault(str(entry.get("id")), entry)

    def reworded(self, article: str, date: str, quote: str, entry=None):
        """The event (``entry``, if given, else any) with a source this one rewords."""
        sources = [s for s in self.by_article.get(article, ()) if entry is None or s.entry is entry]
        found = best_match(sources, date, quote, _FileSource.words, lambda s: s.quote)
        return None if found is None else found.entry

    def match(self, event: Event) -> CommentedMap | None:
        for source in event.sources:
            entry = self.by_key.get(_key(source))
            if entry is not None:
                return entry
        for source in event.sources:
            entry = self.reworded(source.article, source.date or event.date, source.quote)
            if entry is not None:
                return entry
        entry = self.by_id.get(event.id)
        if entry is None:
            return None
        # Same id: the same event (its quote was edited) only if it cites one of the same
        # articles, or nothing; otherwise an editor reused the id for something else.
        articles = _map_articles(entry)
        return entry if not articles or articles & {s.article for s in event.sources} else None


def reconcile(doc: CommentedMap, candidates: list[Event],
              articles: dict[str, ArticleInfo]) -> UpdateReport:
    """Apply ``candidates`` and ``articles`` to ``doc`` in place; return what changed."""
    report = UpdateReport()
    events = _ensure(doc, "events", CommentedSeq)
    index = _Index(events)
    ledger = Ledger([str(k) for k in doc.get("seen") or []])
    for entry in events:
        for s in _map_sources(entry):
            key = _map_key(s)
            ledger.remember(key, lambda e=entry, s=s, k=key: evidence(
                str(s["article"]), str(s["quote"]), "", _map_date(e, s), k))
    for event in sorted(candidates, key=lambda e: (str(e.date), str(e.id))):
        if _apply(event, index, ledger, report):
            _remember(event, ledger)
    _add_articles(doc, articles, report)
    changed = report.added or report.updated or report.articles_added or ledger.additions
    report.seen_added = set_seen(doc, ledger.additions | (ledger.upgrades if changed else set()))
    return report


def _remember(event: Event, ledger: Ledger) -> None:
    for s in event.sources:
        key = _key(s)
        ledger.remember(key, lambda s=s, k=key: evidence(s.article, s.quote, "",
                                                         s.date or event.date, k))
    if not event.sources:
        ledger.remember_plain(f"id:{event.id}")


def _known(source: Source, event: Event, ledger: Ledger) -> bool:
    """Is this evidence, or the same reworded, in the ledger (an editor's decision on it)?"""
    return ledger.knows_key(_key(source)) or ledger.knows_similar(
        source.article, source.date or event.date, source.quote)


def _deleted(event: Event, ledger: Ledger) -> bool:
    """An editor deleted this event: its evidence is in the ledger (a candidate without
    sources is remembered by its id)."""
    if not event.sources:
        return ledger.knows_key(f"id:{event.id}")
    return any(_known(s, event, ledger) for s in event.sources)


def _apply(event: Event, index: _Index, ledger: Ledger, report: UpdateReport) -> bool:
    """Merge one candidate; False if it was invalid (then it is not remembered either)."""
    entry = index.match(event)
    if entry is None and _deleted(event, ledger):
        report.deleted += 1
    elif entry is None:
        mapping = event_map(event)
        return _valid(event, report, mapping) and _insert_event(index, event, report, mapping)
    elif str(entry.get("status", "active")) == "rejected":
        report.rejected += 1
    else:
        return _add_sources(entry, event, index, ledger, report)
    return True


def _valid(event: Event, report: UpdateReport, mapping=None) -> bool:
    """Only candidates that would change the file are checked (it is the slow part)."""
    problems = candidate_problems(event, mapping)
    report.skipped.extend(problems)
    return not problems


def _add_sources(entry: CommentedMap, event: Event, index: _Index, ledger: Ledger,
                 report: UpdateReport) -> bool:
    have = {_map_key(s) for s in _map_sources(entry)}
    new = [s for s in event.sources if _key(s) not in have and not _known(s, event, ledger)
           and index.reworded(s.article, s.date or event.date, s.quote, entry) is None]
    if not new:
        report.kept += 1
        return True
    if not _valid(event, report):
        return False
    existing = entry.get("sources")
    if not isinstance(existing, list):
        existing = entry["sources"] = CommentedSeq()
    append_items(existing, [source_map(s) for s in new])
    index.add(entry)
    report.updated += 1
    report.sources_added += len(new)
    return True


def _insert_event(index: _Index, event: Event, report: UpdateReport,
                  mapping: CommentedMap) -> bool:
    """Insert ``mapping`` (``event_map(event)``), under a new id if its id is taken."""
    ident, n = event.id, 2
    while ident in index.by_id:
        ident, n = f"{event.id}-{n}", n + 1
    entry = mapping if ident == event.id else event_map(Event(**{**event.__dict__, "id": ident}))
    index.insert(entry, (event.date, ident))
    report.added += 1
    report.sources_added += len(event.sources)
    return True


def _sort_key(entry) -> tuple[str, str]:
    if not isinstance(entry, dict):
        return ("", "")
    return (str(entry.get("date", "")), str(entry.get("id", "")))


def _add_articles(doc: CommentedMap, articles: dict[str, ArticleInfo],
                  report: UpdateReport) -> None:
    table = _ensure(doc, "articles", CommentedMap, before="events")
    order = [str(existing) for existing in table]
    in_order = order == sorted(order)
    for key in sorted(articles):
        if key in table:
            continue
        mapping = article_map(articles[key])
        problems = article_problems(articles[key], mapping)
        if problems:
            report.skipped.extend(problems)
            continue
        # Before the first id that sorts after it: binary search when the ids are in order.
        position = (bisect.bisect_left(order, key) if in_order
                    else sum(1 for existing in order if existing < key))
        insert_key(table, position, key, mapping)
        order.insert(position, key)
        report.articles_added += 1


def _ensure(doc: CommentedMap, key: str, kind, before: str | None = None):
    """``doc[key]``, created empty (before the ``before`` key, if any) when missing or null."""
    value = doc.get(key)
    if isinstance(value, kind):
        return value
    value = kind()
    if key in doc or before not in doc:
        doc[key] = value
    else:
        doc.insert(list(doc).index(before), key, value)
    return value

