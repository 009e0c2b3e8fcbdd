"""One article's candidate events: dated, on-topic statements of its story blocks.

A candidate is a story sentence that (1) is about the topic (``relevance``), and (2) has a
calendar date mention that dates an action (``dating``).  A sentence about a meeting or
visit with no date of its own, right after a dated sentence that names the same person,
takes that date: the quote then holds both sentences, so it still carries the date words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from chronology.articles.model import Article
from chronology.config import SiteConfig
from chronology.dates.model import Mention, ReferenceDate
from chronology.events.model import Event, Source
from chronology.extraction.dating import Dating, choose_date
from chronology.extraction.entities import Entities, find_entities
from chronology.extraction.gazetteer import country_of
from chronology.extraction.ids import event_id
from chronology.extraction.people import Cast, find_cast
from chronology.extraction.relevance import match_topic
from chronology.extraction.sentences import (
    Sentence,
    dateline_end,
    quoted_spans,
    split_sentences,
)
from chronology.extraction.tags import tags_for
from chronology.extraction.titles import make_title, meeting_title

MAX_ACTORS = 8


@dataclass
class Candidate:
    """A candidate event with what the merge step needs to know about it."""

    event: Event
    sentence: Sentence
    dating: Dating
    entities: Entities
    rank: tuple = ()  # lower is a better source quote


@dataclass
class Found:
    """What the per-article step found: candidates, and an explanation line per decision."""

    candidates: list[Candidate] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)


def find_candidates(article: Article, reference: ReferenceDate, mentions: list[Mention],
                    config: SiteConfig) -> Found:
    """Every candidate event in the article's story blocks, in text order."""
    story = article.story_blocks()
    cast = find_cast(article.text, [(b.start, b.end) for b in story], config.topic)
    scan = _Scan(article, reference, config, cast)
    previous: Candidate | None = None
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for block in story:
        quotes = quoted_spans(article.text, block.start, block.end)
        after_dateline = dateline_end(article.text, block.start, block.end)
        prior = ""  # the sentence before, in the same paragraph
        for sentence in split_sentences(article.text, block.start, block.end):
            first = bisect_left(starts, max(sentence.start, after_dateline))
            inner = mentions[first:bisect_left(starts, sentence.end)]
            candidate = scan.sentence(sentence, inner, quotes, previous, prior)
            previous = candidate or (previous if not inner else None)
            prior = sentence.text(article.text)
    return scan.found


# A sentence that talks about what the sentence before reported: "called the reports baseless".
_REFERS_BACK = re.compile(
    r"\b(?:the|these|those|such)\s+(?:reports?|allegations?|claims?|accusations?|charges?|"
    r"remarks|comments|statements?|denials?|rumou?rs)\b", re.IGNORECASE)


@dataclass
class _Scan:
    """The per-article state of the scan: what it needs, and what it found so far."""

    article: Article
    reference: ReferenceDate
    config: SiteConfig
    cast: Cast
    found: Found = field(default_factory=Found)
    newlines: list[int] | None = None

    def sentence(self, sentence: Sentence, mentions: list[Mention], quotes,
                 previous: Candidate | None, prior: str = "") -> Candidate | None:
        """The candidate in one sentence (dated by its own words or carried), or None."""
        text = self.article.text
        words = sentence.text(text)
        dating = choose_date(text, sentence.start, sentence.end, mentions, quotes)
        carried = None if dating else _carry(previous, words, self.cast.names)
        if carried and text[carried.sentence.end:sentence.start].strip():
            carried = None  # only the very next sentence: no caption or story link in between
        if carried:
            dating = carried.dating
        if dating is None:
            return None
        sides = self.cast.sides_named(words)
        if carried:  # "He spoke during a meeting with X": he is still the previous speaker
            sides |= self.cast.sides_named(" ".join(carried.entities.people))
        topic = match_topic(words, self.config.topic, sides)
        if not topic.relevant and topic.groups and prior and _REFERS_BACK.search(words):
            earlier = match_topic(prior, self.config.topic, self.cast.sides_named(prior))
            if earlier.relevant:  # "X denied supplying drones to Y. Z called the reports …"
                topic = replace(topic, relevant=True,
                                reason=f"refers back to the sentence before ({earlier.reason})")
        where = f"line {self.line_of(sentence.start)}"
        if not topic.relevant:
            self.note(f"skip {where}: {dating.mention.text!r} -> off topic ({topic.reason})")
            return None
        span = Sentence(carried.sentence.start if carried else sentence.start, sentence.end)
        candidate = self.build(span, words, dating, mentions, carried is not None)
        how = "carried from the previous sentence" if carried else dating.reason
        self.note(f"{candidate.event.date} {where}: {how}; rule {dating.mention.rule}: "
                  f"{dating.mention.reason} -> {candidate.event.title!r}")
        self.found.candidates.append(candidate)
        return candidate

    def line_of(self, offset: int) -> int:
        """The 1-based line of an offset in the article text."""
        if self.newlines is None:
            self.newlines = [m.start() for m in re.finditer("\n", self.article.text)]
        return bisect_left(self.newlines, offset) + 1

    def note(self, line: str) -> None:
        """Add a line to the article's ``--explain`` output."""
        self.found.explain.append(f"  {line}")

    def build(self, span: Sentence, words: str, dating: Dating, mentions: list[Mention],
              carried: bool) -> Candidate:
        """The candidate event of a sentence (``span`` also covers a carried sentence)."""
        mention, cast = dating.mention, self.cast
        statement = dating.statement and not carried
        at = span.end - len(words)
        local = [(m.start - at, m.end - at) for m in mentions if at <= m.start < m.end <= span.end]
        title = make_title(words, local, cast.names, statement,
                           describe=lambda phrase: cast.resolve(phrase, at))
        entities = find_entities(words[dateline_end(words, 0, len(words)):], cast.names)
        quote = re.sub(r"\s*\n\s*", " ", self.article.text[span.start:span.end])
        source = Source(article=self.article.id, quote=quote, date_text=mention.text,
                        reported=self.reference.iso, date=mention.value, rule=mention.rule)
        first, last = self.config.period
        event = Event(
            id=event_id(mention.value, title), date=mention.value, title=title,
            end_date=dating.end.value if dating.end else None,
            approximate=mention.approximate, summary=summary_text(words),
            tags=tags_for(words, statement), actors=entities.actors[:MAX_ACTORS],
            places=list(entities.places), context=not first <= int(mention.value[:4]) <= last,
            sources=[source],
        )
        rank = (int(statement), int(carried), _PRECISION.get(mention.precision, 3), span.start)
        return Candidate(event, span, dating, entities, rank)


# An undated sentence that points to another time does not take the previous date.
_OTHER_TIME = re.compile(r"\b(?:previously|earlier|before|formerly|ago|once|often|several times"
                         r"|repeatedly|next|will|would|plans? to|(?:had|has|have) (?:\w+ )?met)\b",
                         re.IGNORECASE)


def _carry(previous: Candidate | None, words: str, people: dict[str, str]) -> Candidate | None:
    """The previous candidate, when this undated sentence tells of a meeting it belongs to."""
    if previous is None or _OTHER_TIME.search(words):
        return None
    lead = [p.split()[-1] for p in previous.entities.people[:1]]
    if meeting_title(words, people, describe=lambda phrase: lead[0] if lead else None) is None:
        return None
    shared = set(find_entities(words, people).people) & set(previous.entities.people)
    continues = re.match(r"(?:He|She)\b", words) and previous.entities.people
    return previous if shared or continues else None


_PRECISION = {"day": 0, "month": 1, "year": 2}


def from_event(event: Event) -> Candidate:
    """A candidate rebuilt from an event alone (for results made without ``found``)."""
    countries = tuple(a for a in event.actors if country_of(a))
    people = tuple(a for a in event.actors if a not in countries and " " in a)
    mention = Mention(0, 0, event.sources[0].date_text if event.sources else "", event.date,
                      event.precision, event.sources[0].rule or "" if event.sources else "", "")
    rank = (0, 0, _PRECISION.get(event.precision, 3), 0)
    return Candidate(event, Sentence(0, 0), Dating(mention, False, "from the event"),
                     Entities(people=people, countries=countries), rank)


_MARKDOWN = re.compile(r"([\\`*_{}\[\]#])")


def summary_text(sentence: str) -> str:
    """The sentence as Markdown-safe plain text: dateline dropped, spacing tidied.

    Markdown's special characters are backslash-escaped and ``<`` written ``&lt;``, so
    the sentence renders as itself (never as emphasis, links or HTML).
    """
    text = re.sub(r"\s+", " ", sentence.replace("\u00a0", " ")).strip()
    text = text[dateline_end(text, 0, len(text)):]
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    return _MARKDOWN.sub(r"\\\1", text).replace("<", "&lt;")
