"""Merge machine candidates into the round-trip document without undoing any hand edit.

The rules (README, "The events file"):

- An event already in the file is never rewritten.  The machine may only append *new* sources
  (evidence from articles it had not seen) to it.
- A candidate is the same event as one in the file when they share a source (same article, same
  quote up to case and spacing) or, failing that, the same id.  So an editor may change an id,
  a date or a title and the event is still recognised, not duplicated.
- The ``seen`` ledger remembers every source the machine has proposed or found in the file.  A
  candidate that matches no event but whose evidence is in the ledger was deleted by hand: it
  is counted as rejected and not re-added.  ``status: rejected`` works the same way, visibly.
- New events are inserted where they sort (by date, then id); existing entries keep the order
  the editor gave them.  New articles are inserted in id order under ``articles``.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from dataclasses import dataclass, field

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.candidates import article_problems, candidate_problems
from chronology.events.comments import append_items, insert_item, insert_key
from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.render import article_map, event_map, set_seen, source_map


@dataclass
class UpdateReport:
    """What an extraction run did to the events file."""

    added: int = 0  # new events
    updated: int = 0  # events already in the file that received new sources
    kept: int = 0  # candidates already in the file, nothing new
    rejected: int = 0  # candidates deleted or rejected by an editor, not re-added
    sources_added: int = 0  # new sources, on new and existing events
    articles_added: int = 0  # new entries under ``articles``
    seen_added: int = 0  # new entries in the ``seen`` ledger
    written: bool = False  # False when the file already said all of this
    merged_again: int = 0  # times the file changed while merging (an editor's save)
    skipped: list[str] = field(default_factory=list)  # invalid candidates left out, and why

    def summary(self) -> str:
        text = (f"events: {self.added} added, {self.updated} updated with new sources, "
                f"{self.kept} kept, {self.rejected} rejected")
        text += f", {len(self.skipped)} invalid skipped" if self.skipped else ""
        if self.merged_again:
            text += f" (the file changed while merging: merged again {self.merged_again}x)"
        return text


def source_key(article: str, quote: str, date_text: str = "") -> str:
    """A source's identity: ``article#hash`` of its quote and date words, ignoring case and
    spacing (one sentence can date two events: "signed on Tuesday, ratified on Friday")."""
    text = " ".join(unicodedata.normalize("NFKC", f"{quote}|{date_text}").casefold().split())
    return f"{article}#{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


def _key(source: Source) -> str:
    return source_key(source.article, source.quote, source.date_text)


def candidate_keys(event: Event) -> set[str]:
    """The identities of a candidate: its sources' keys (its id if it has no source)."""
    keys = {_key(s) for s in event.sources}
    return keys or {f"id:{event.id}"}


def _map_keys(entry) -> set[str]:
    sources = entry.get("sources") if isinstance(entry, dict) else None
    keys = set()
    for s in sources if isinstance(sources, list) else []:
        if isinstance(s, dict) and s.get("article") is not None and s.get("quote") is not None:
            keys.add(source_key(str(s["article"]), str(s["quote"]), str(s.get("date_text") or "")))
    return keys


def _map_articles(entry) -> set[str]:
    sources = entry.get("sources") if isinstance(entry, dict) else None
    items = sources if isinstance(sources, list) else []
    return {str(s.get("article")) for s in items if isinstance(s, dict)}


class _Index:
    """The events already in the file, by source key and by id."""

    def __init__(self, events: CommentedSeq) -> None:
        self.events = events
        self.by_key: dict[str, CommentedMap] = {}
        self.by_id: dict[str, CommentedMap] = {}
        for entry in events:
            self.add(entry)
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
        for key in sorted(_map_keys(entry)):
            self.by_key.setdefault(key, entry)
        self.by_id.setdefault(str(entry.get("id")), entry)

    def match(self, event: Event) -> CommentedMap | None:
        for source in event.sources:
            entry = self.by_key.get(_key(source))
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
    seen = {str(k) for k in doc.get("seen") or []}
    seen |= {k for entry in events for k in _map_keys(entry)}
    for event in sorted(candidates, key=lambda e: (str(e.date), str(e.id))):
        if _apply(event, index, seen, report):
            seen |= candidate_keys(event)
    _add_articles(doc, articles, report)
    report.seen_added = set_seen(doc, seen)
    return report


def _apply(event: Event, index: _Index, seen: set[str], report: UpdateReport) -> bool:
    """Merge one candidate; False if it was invalid (then it is not remembered either)."""
    entry = index.match(event)
    if entry is None and candidate_keys(event) & seen:
        report.rejected += 1
    elif entry is None:
        mapping = event_map(event)
        return _valid(event, report, mapping) and _insert_event(index, event, report, mapping)
    elif str(entry.get("status", "active")) == "rejected":
        report.rejected += 1
    else:
        return _add_sources(entry, event, seen, index, report)
    return True


def _valid(event: Event, report: UpdateReport, mapping=None) -> bool:
    """Only candidates that would change the file are checked (it is the slow part)."""
    problems = candidate_problems(event, mapping)
    report.skipped.extend(problems)
    return not problems


def _add_sources(entry: CommentedMap, event: Event, seen: set[str], index: _Index,
                 report: UpdateReport) -> bool:
    have = _map_keys(entry)
    new = [s for s in event.sources if _key(s) not in have and _key(s) not in seen]
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

