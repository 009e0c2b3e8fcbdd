"""Merging candidates: the same event told twice becomes one event with several sources.

Whether two candidates tell the same event is ``sameness.match_score``; which candidates
end up together is ``grouping`` (the candidates of one date, best links first).  A month's
candidates ("in March") are placed after that month's days, so each joins the day it
matches best rather than the first one read; a year's never join a day.

Within one article the best quote is kept (a source per article): a quote whose date
is that of the action beats one dated by a reporting verb; then the more precise date;
then the earlier sentence.

The event's date is the most precise one when the others are only less precise forms of it.
When sources disagree, it is the date most sources give; on a tie, the
date given by the source reported first (earliest ``reported``, then article id).  Each
source keeps its own ``date``, so the event shows as conflicting, with who said what.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from chronology.events.model import Event
from chronology.extraction.crosslang import designations
from chronology.extraction.grouping import cluster_block
from chronology.extraction.ids import event_id, uniquify
from chronology.extraction.model import Candidate
from chronology.extraction.sameness import (  # noqa: F401 (KIND_TAGS, same_*: the package's)
    CONFLICT_DAYS,
    KIND_TAGS,
    _dates_compatible,
    article_of,
    match_score,
    other_designations,
    same_event,
    same_people,
    told,
)
from chronology.extraction.theatres import arrival_and_next, one_service_each
from chronology.extraction.things import NameTable
from chronology.extraction.weapons import other_arms

FOUNDERS = 8
def merge_candidates(candidates: list[Candidate]) -> list[Event]:
    """Group candidates that tell the same event; one event per group, sorted, unique ids.

    A candidate is compared only with groups holding a compatible date, and with the
    first ``FOUNDERS`` members of each, so merging stays fast for 10,000 articles.
    """
    names = NameTable()
    for candidate in candidates:
        names.add(told(candidate))
    merged = list(merge_in_order(sorted(candidates, key=_order), names=names))
    merged.sort(key=lambda found: merged_order(*found))
    return final_events([event for _, event in merged])


def merge_in_order(candidates: Iterable[Candidate],
                   reload: Callable[[int], Candidate] | None = None,
                   names: NameTable | None = None) -> Iterator[tuple[int, Event]]:
    """Merge candidates given in ``_order`` (date, article, sentence); yield (group number,
    event) for each group as soon as no later candidate can join it, so only the groups of
    the dates being read are held (see ``_reach``).  A month's candidates ("in March") are
    placed after the days of that month, whose groups are held until then, so that each
    joins the day it matches best.  The events come in no useful order:
    sort them by ``merged_order`` and give them unique ids with ``final_events``.

    ``reload(n)``: the ``n``-th candidate of the input again (from disk); when given, a
    group keeps whole only its first ``FOUNDERS`` members (all that matching compares), and
    the others light (``_Light``), read back when the group's event is made.

    ``names``: the weapons the whole input names by maker and model ("Beriev
    Petrel"), read before the merge (``things.NameTable``)."""
    merger = _Merger(reload, names)
    block: list[tuple[int, Candidate]] = []
    month: list[tuple[int, Candidate]] = []  # a month's block, placed after its days
    for position, candidate in enumerate(candidates):
        date = candidate.event.date
        if block and date != block[0][1].event.date:
            block, month = _place_or_hold(merger, block, month)
            if month and not date.startswith(month[0][1].event.date):
                merger.place(month)
                month = []
            yield from merger.close_before(month[0][1].event.date if month else date)
        block.append((position, candidate))
    block, month = _place_or_hold(merger, block, month)
    if month:
        merger.place(month)
    yield from merger.close_before("~")  # "~" sorts after every date


def _place_or_hold(merger: _Merger, block: list, month: list) -> tuple[list, list]:
    """Place a block of days or of a year; hold a month's block (it is placed once the
    month's days are, so that "in March" joins the day of March it matches best, not the
    first one read).  Returns the new (empty) block and the month held."""
    if not block:
        return block, month
    if len(block[0][1].event.date) == 7:
        if month:  # (input in date order: the month before was placed already)
            merger.place(month)
        return [], block
    merger.place(block)
    return [], month


class _Merger:
    """The open groups of ``merge_in_order``: where each is filed and how far it reaches."""

    def __init__(self, reload: Callable[[int], Candidate] | None,
                 names: NameTable | None = None) -> None:
        self.reload = reload
        self.names = names
        self.groups: dict[int, list] = {}
        self.articles: dict[int, set[str]] = defaultdict(set)
        self.reach: dict[int, str] = {}
        self.closing: list[tuple[str, int]] = []  # (how far a group reaches, group): a heap
        self.by_date: dict[str, list[int]] = defaultdict(list)
        self.founded = itertools.count()  # group numbers, in the order groups begin

    def place(self, block: list[tuple[int, Candidate]]) -> None:
        """Put the candidates of one date into groups (``grouping.cluster_block``)."""
        date = block[0][1].event.date
        nearby = {i: self.groups[i][:FOUNDERS] for i in _nearby(self.by_date, date)}
        dated = {i for i in nearby  # 4 and 11 March are two events, even with a "March"
                 if all(_dates_fit(date, _facts(m)[2], False) for m in self.groups[i])}

        def fits(candidate: Candidate, index: int) -> bool:
            return index in dated and self._own_article_fits(candidate, index)

        clusters = cluster_block([c for _, c in block], nearby, article_of, self._score, fits,
                                 _alike, _other_systems)
        for index, members in clusters:
            if index is None:
                index = next(self.founded)
                self.groups[index] = []
            for i in members:
                self._add(index, *block[i])

    def _own_article_fits(self, candidate: Candidate, index: int) -> bool:
        """A group holding a member of the candidate's article takes it only when it
        matches that member (beyond the founders, not compared, such a member keeps it out):
        another act of one article ("A memorandum was also signed") is another event."""
        article = article_of(candidate)
        if article not in self.articles[index]:
            return True
        return all(_facts(m)[0] != article or number < FOUNDERS and
                   m.event.date == candidate.event.date and self._score(candidate, m) > 0
                   for number, m in enumerate(self.groups[index]))

    def _score(self, a: Candidate, b: Candidate) -> float:
        return match_score(a, b, self.names)

    def _add(self, index: int, position: int, candidate: Candidate) -> None:
        light = self.reload is not None and len(self.groups[index]) >= FOUNDERS
        self.groups[index].append(_Light(*_facts(candidate), position) if light else candidate)
        self.articles[index].add(article_of(candidate))
        for key in _keys(candidate.event.date):
            if index not in self.by_date[key]:
                self.by_date[key].append(index)
            until = _reach(key)
            if until > self.reach.get(index, ""):
                self.reach[index] = until
                heapq.heappush(self.closing, (until, index))

    def close_before(self, date: str) -> Iterator[tuple[int, Event]]:
        """Yield (group number, event) for each group no candidate of ``date`` or later can join."""
        while self.closing and self.closing[0][0] < date:
            until, index = heapq.heappop(self.closing)
            if self.reach.get(index) == until:
                yield index, self._close(index)
        if date == "~":
            for index in sorted(self.groups):
                yield index, self._close(index)

    def _close(self, index: int) -> Event:
        self.articles.pop(index, None)
        return _close(index, self.groups, self.reach, self.by_date, self.reload)


def merged_order(index: int, event: Event) -> tuple:
    """The order of merged events: date, title, id, then the order their groups began."""
    return (event.date, event.title, event.id, index)


def final_events(events: list[Event]) -> list[Event]:
    """Events in ``merged_order`` with unique ids (``-2``, ``-3``, in that order)."""
    for event, ident in zip(events, uniquify([e.id for e in events]), strict=True):
        event.id = ident
    return events


def _close(index: int, groups: dict[int, list], reach: dict[int, str],
           by_date: dict[str, list[int]], reload: Callable[[int], Candidate] | None) -> Event:
    members = groups.pop(index)
    del reach[index]
    for key in {k for m in members for k in _keys(_facts(m)[2])}:
        filed = by_date[key]
        filed.remove(index)
        if not filed:
            del by_date[key]
    return _event_of(members, reload)


def _reach(key: str) -> str:
    """The last date (as text) of a candidate that can look a group up under ``key``
    (``_nearby``): the date itself for "~" keys; the last day of a year or month; three
    days later for a day.  Candidates come in date order, so a group none of whose keys
    reaches the current date is complete."""
    if key.startswith("~"):
        return key[1:]
    if len(key) == 4:
        return key + "-12-31"
    if len(key) == 7:
        return key + "-31"
    try:
        return (dt.date.fromisoformat(key) + dt.timedelta(days=CONFLICT_DAYS)).isoformat()
    except (ValueError, OverflowError):
        return "~"  # after every date: kept open to the end


def _keys(date: str) -> list[str]:
    """Where a group is filed: its date, and "~" + each less precise form ("~2015-01", "~2015")."""
    return [date] + ["~" + date[:n] for n in (7, 4) if len(date) > n]


def _other_systems(a: Candidate, b: Candidate) -> bool:
    """Two reports that name different systems, or one armed service each and not the same
    (an air operation, a ground operation; the navy, air defence) and no system in common:
    never one event, whatever a vaguer report matches both ("the operation began").  So
    too an arrival and, another day, the visit's next act (``arrival_and_next``): a report
    of the whole visit does not chain the two."""
    ta, tb = told(a), told(b)
    if other_arms(ta, a.language, "delivery" in a.event.tags,
                  tb, b.language, "delivery" in b.event.tags):
        return True  # fighter jets delivered, assault rifles delivered
    return other_designations(ta, tb) or not designations(ta) & designations(tb) and (
        one_service_each(ta, a.language, tb, b.language, a.event.date == b.event.date) or
        arrival_and_next(a.event.date, ta, a.language, "delivery" in a.event.tags,
                         b.event.date, tb, b.language, "delivery" in b.event.tags))


def _nearby(by_date: dict[str, list[int]], date: str) -> list[int]:
    """Indexes of the groups with a date that may be the same event's, oldest group first."""
    dates = [date, "~" + date] + [date[:n] for n in (7, 4) if len(date) > n]
    if len(date) == 10:
        day = dt.date.fromisoformat(date)
        dates += [(day + dt.timedelta(days=d)).isoformat()
                  for d in range(-CONFLICT_DAYS, CONFLICT_DAYS + 1) if d]
    return sorted({i for d in dates for i in by_date.get(d, ())})


def _order(candidate: Candidate) -> tuple:
    source = candidate.event.sources[0]
    return (candidate.event.date, source.article, candidate.sentence.start)


def _alike(candidate: Candidate) -> tuple:
    """What the match score reads of a candidate but its article: copies of one wire story
    have the same (``grouping``: scored once)."""
    event, entities = candidate.event, candidate.entities
    return (candidate.language, event.date, event.title, event.summary, told(candidate),
            tuple(event.tags), tuple(event.actors), tuple(event.places), entities.people,
            entities.countries)


def _dates_fit(date: str, member: str, same_article: bool) -> bool:
    """Whether a candidate's date may join a group member's: the same date; or, from
    another article, one a less precise form of the other ("2015-01" with "2015-01-20",
    "2015" with "2015-01"), but not a year with a day, whichever comes first (a report of a
    year is not a report of one of its days: ``sameness._dates_compatible``), or days at
    most ``CONFLICT_DAYS`` apart."""
    if date == member:
        return True
    if same_article:
        return False
    if date.startswith(member) or member.startswith(date):
        return {len(date), len(member)} != {4, 10}
    if len(date) != 10 or len(member) != 10:
        return False
    gap = abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(member)).days)
    return gap <= CONFLICT_DAYS


@dataclass(frozen=True)
class _Light:
    """A group member past its founders, as the merge keeps it when candidates can be
    read back (``reload``): what choosing a source needs, and where the rest is."""

    article: str
    rank: tuple
    date: str
    reported: str | None
    position: int  # in the merge's input


def _facts(member: Candidate | _Light) -> tuple[str, tuple, str, str | None]:
    """(article, rank, date, reported) of a member."""
    if isinstance(member, _Light):
        return member.article, member.rank, member.date, member.reported
    source = member.event.sources[0]
    return source.article, member.rank, member.event.date, source.reported


def _event_of(group: list, reload: Callable[[int], Candidate] | None = None) -> Event:
    """One event from a group: best candidate per article, date by majority then earliest.
    Members kept light are read back (``reload``) one at a time."""
    best: dict[str, tuple] = {}
    for member in group:
        facts = _facts(member)
        if facts[0] not in best or facts[1] < best[facts[0]][0][1]:
            best[facts[0]] = (facts, member)
    chosen = [best[a] for a in sorted(best)]
    date = _majority_date([facts for facts, _ in chosen])
    lead = _whole(min((m for f, m in chosen if f[2] == date), key=lambda m: _facts(m)[1]),
                  reload).event
    tags: set[str] = set()
    actors, places = dict.fromkeys(lead.actors), dict.fromkeys(lead.places)
    context, sources = True, []
    for _, member in chosen:
        event = _whole(member, reload).event
        tags.update(event.tags)
        actors.update(dict.fromkeys(event.actors))
        places.update(dict.fromkeys(event.places))
        context = context and event.context
        sources.append(event.sources[0])
    return Event(
        id=event_id(date, lead.title), date=date, title=lead.title, end_date=lead.end_date,
        approximate=lead.approximate, summary=lead.summary, tags=sorted(tags),
        actors=list(actors), places=list(places), context=context, sources=sources)


def _whole(member: Candidate | _Light, reload: Callable[[int], Candidate] | None) -> Candidate:
    return reload(member.position) if isinstance(member, _Light) else member


def event_date(chosen: list[Candidate]) -> str:
    """The most precise date when the others only say less; else the date most sources give,
    and on a tie, the one from the earliest-reported source."""
    return _majority_date([_facts(c) for c in chosen])


def _majority_date(chosen: list[tuple[str, tuple, str, str | None]]) -> str:
    dates = [date for _, _, date, _ in chosen]
    finest = max(dates, key=len)
    if all(finest.startswith(d) for d in dates):
        return finest
    counts = Counter(dates)
    top = max(counts.values())
    tied = {d for d, n in counts.items() if n == top}
    first = min((f for f in chosen if f[2] in tied), key=lambda f: (f[3] or "9999", f[0]))
    return first[2]


def _union(lists) -> list[str]:
    out: dict[str, None] = {}
    for items in lists:
        out.update(dict.fromkeys(items))
    return list(out)


def describe_merges(events: list[Event]) -> list[str]:
    """Lines for ``--explain``: events told by several articles, and how conflicts were settled."""
    lines = []
    for event in events:
        if len(event.sources) < 2:
            continue
        articles = ", ".join(s.article for s in event.sources)
        lines.append(f"{event.id}: one event from {len(event.sources)} sources ({articles})")
        if event.conflicting:
            counts = Counter(s.date for s in event.sources)
            told = "; ".join(f"{d} ({', '.join(s.article for s in event.sources if s.date == d)})"
                             for d in sorted(counts))
            tied = list(counts.values()).count(max(counts.values())) > 1
            why = "tie: the date of the source reported first" if tied else "most sources"
            lines.append(f"  conflicting dates: {told} -> {event.date} ({why})")
    return lines

