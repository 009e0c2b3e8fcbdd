"""Events and the events file (``content/events.yaml``), as plain data.

The YAML format is documented in README.md ("The events file") and in
``chronology/schema/events.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("active", "rejected")


@dataclass
class Source:
    """One article's evidence for an event."""

    article: str  # article id (file stem)
    quote: str  # the verbatim sentence that carries the event and its date
    date_text: str = ""  # the words that dated it, e.g. "on Tuesday"
    reported: str | None = None  # the article's own date, YYYY-MM-DD
    date: str | None = None  # the date this source gives the event (for conflicts)
    rule: str | None = None  # the date rule used, e.g. "weekday-past"


@dataclass
class Event:
    """A dated event. ``date``/``end_date`` are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    id: str
    date: str
    title: str
    end_date: str | None = None
    approximate: bool = False  # shown as "c."
    summary: str = ""  # Markdown
    tags: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    context: bool = False  # background: outside the site's period, or off the main topic
    status: str = "active"  # "rejected": an editor removed it; extraction never brings it back
    sources: list[Source] = field(default_factory=list)

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}.get(len(self.date), "day")

    @property
    def source_dates(self) -> list[str]:
        """The distinct dates the sources give, sorted."""
        return sorted({s.date for s in self.sources if s.date})

    @property
    def conflicting(self) -> bool:
        """True when the sources disagree on the date.

        Dates that only differ in precision agree: "2015-01" and "2015-01-20" tell the same
        day, one less precisely; "2015-01-19" and "2015-01-20" disagree.
        """
        dates = self.source_dates
        finest = max(dates, key=len, default="")
        return any(not finest.startswith(d) for d in dates)


@dataclass
class ArticleInfo:
    """What the events file records about a source article (for the sources page)."""

    id: str
    title: str = ""
    publisher: str | None = None
    url: str | None = None
    reported: str | None = None  # the reference date used, YYYY-MM-DD, or None if undated
    reference: str = ""  # why: which words and rule gave the reference date


@dataclass
class EventsFile:
    """The whole events file."""

    events: list[Event] = field(default_factory=list)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)

    def active(self) -> list[Event]:
        return [e for e in self.events if e.status != "rejected"]
