"""A candidate event, and what one article's step found: the data the extraction hands on to
the merge (``Candidate``, ``Found``; ``from_event`` rebuilds one from an event alone)."""

from __future__ import annotations

from dataclasses import dataclass, field

from chronology.dates.model import Mention
from chronology.events.model import Event
from chronology.extraction.dating import Dating
from chronology.extraction.entities import Entities
from chronology.extraction.gazetteer import country_of
from chronology.extraction.sentences import Sentence

MAX_ACTORS = 8


@dataclass
class Candidate:
    """A candidate event with what the merge step needs to know about it."""

    event: Event
    sentence: Sentence
    dating: Dating
    entities: Entities
    rank: tuple = ()  # lower is a better source quote
    language: str = "en"  # the article's language (merging across languages: crosslang.py)


@dataclass
class Found:
    """What the per-article step found: candidates, and an explanation line per decision."""

    candidates: list[Candidate] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)


PRECISION = {"day": 0, "month": 1, "year": 2}


def from_event(event: Event) -> Candidate:
    """A candidate rebuilt from an event alone (for results made without ``found``)."""
    countries = tuple(a for a in event.actors if country_of(a))
    people = tuple(a for a in event.actors if a not in countries and " " in a)
    mention = Mention(0, 0, event.sources[0].date_text if event.sources else "", event.date,
                      event.precision, event.sources[0].rule or "" if event.sources else "", "")
    rank = (0, 0, PRECISION.get(event.precision, 3), 0)
    return Candidate(event, Sentence(0, 0), Dating(mention, False, "from the event"),
                     Entities(people=people, countries=countries), rank)
