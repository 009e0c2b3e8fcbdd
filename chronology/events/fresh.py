"""A new events file, written entry by entry: no whole document in memory.

Merging into an empty document (``reconcile``) inserts every valid candidate in (date, id)
order, adds every valid article in id order and remembers each inserted source in the
``seen`` ledger, unless two candidates *meet*: the same id, or the same evidence (source key).
So when no two meet, the new file is known entry by entry.  Each entry is rendered
(``render``) and written as ``emit.fast_dump`` writes it; then the written file is read back
as a stream with the rules of ``check`` (``streamcheck``), and must hold every entry written.
Nothing holds the whole document: not a round-trip tree, not its text, not a parse of it.

When two candidates meet, or the document is not one the fast writer writes (no events, no
articles...), ``write_fresh`` returns None and the caller merges the whole document instead:
the same bytes either way (``tests/events/test_events_fresh.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from chronology.errors import Place, Problem, ProblemsError
from chronology.events.candidates import article_problems, candidate_problems
from chronology.events.emit import fresh_entry, fresh_head, fresh_seen
from chronology.events.evidence import evidence, source_key
from chronology.events.model import ArticleInfo, Event, EventsFile
from chronology.events.reconcile import UpdateReport
from chronology.events.render import article_map, event_map, new_document
from chronology.events.streamcheck import check_stream


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
        out.write(start + "articles:\n")
        for key in sorted(articles):
            text = _article(key, articles[key], article_skips)
            if text:
                out.write(text)
                report.articles_added += 1
        out.write("events:\n")
        try:
            for event in events:
                text = _event(event, report, verify, seen)
                if text:
                    out.write(text)
                    verify.ids.add(hash(str(event.id)))
        except _Meet:
            return None
        report.seen_added = len(seen)
        verify.ids.clear()  # every entry is written: no more meetings to look for
        verify.keys.clear()
        if not (seen and report.articles_added) or not _write_seen(out, seen_line, seen):
            return None
    report.skipped.extend(article_skips)
    verify.read_back(path, {"version": 1, "articles": report.articles_added,
                            "events": report.added, "sources": report.sources_added,
                            "seen": report.seen_added})
    return report


def _write_seen(out, line: str, seen: set[str]) -> bool:
    """The ledger, a thousand keys at a time; False if the fast writer would not write it."""
    keys = sorted(seen)
    seen.clear()  # (the strings live on in ``keys``, freed a thousand at a time below)
    out.write(line)
    for start in range(0, len(keys), 1000):
        text = fresh_seen(keys[start:start + 1000])
        if text is None:
            return False
        out.write(text)
        keys[start:start + 1000] = [""] * len(keys[start:start + 1000])
    return True


def _article(key: str, info: ArticleInfo, skipped: list[str]) -> str:
    mapping = article_map(info)
    problems = article_problems(info, mapping)
    skipped.extend(problems)
    return "" if problems else fresh_entry(key, mapping)


def _event(event: Event, report: UpdateReport, verify: _Verifier, seen: set[str]) -> str:
    """One candidate's entry ("" when it is invalid, and so skipped), as ``reconcile``
    inserts it; its evidence goes into ``seen``.  ``_Meet`` when it meets an earlier one."""
    keys = [source_key(s.article, s.quote, s.date_text) for s in event.sources]
    if hash(str(event.id)) in verify.ids or any(hash(k) in verify.keys for k in keys):
        raise _Meet  # (a hash collision only sends the file to the whole-document merge)
    mapping = event_map(event)
    problems = candidate_problems(event, mapping)
    if problems:
        report.skipped.extend(problems)
        return ""
    verify.keys.update(hash(k) for k in keys)
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
    """Never write a file we could not read back: the written file is read again as a
    stream (``streamcheck``), with the rules of ``check``, and must hold what was written."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.ids: set[int] = set()  # hashes of the ids and source keys written
        self.keys: set[int] = set()

    def read_back(self, path: Path, expected: dict[str, int]) -> None:
        errors, counts = check_stream(path, self.name)
        if errors or counts != expected:
            problem = Problem(Place(self.name), "internal error: the updated file would "
                              "not validate; nothing was written")
            raise ProblemsError([problem, *errors])
