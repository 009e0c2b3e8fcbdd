"""The date engine's results: the article's own date and the date mentions in a text."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

# Precision of a normalised value, coarsest last.
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century", "ref")


@dataclass(frozen=True)
class ReferenceDate:
    """The date an article was written (its publication date or dateline).

    ``date`` is None when nothing decides it: the article is then *undated*,
    and ``reasons`` says why.  ``start``/``end`` are character offsets of
    ``text`` (the words that gave the date) in the article text, or None when
    the date came from front matter or the caller.
    """

    date: dt.date | None
    source: str  # "front-matter", "publication-line", "dateline", "inferred", "given", "none"
    text: str = ""
    start: int | None = None
    end: int | None = None
    year_inferred: bool = False
    reasons: tuple[str, ...] = ()

    @property
    def iso(self) -> str | None:
        return self.date.isoformat() if self.date else None


@dataclass(frozen=True)
class Mention:
    """One temporal expression in a text, normalised against an anchor date.

    ``start``/``end`` are character offsets into the text given to the engine
    (``text == source[start:end]``).  ``value`` is a TimeML value: ``YYYY``,
    ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-Qn`` (``YYYY-QX``: a quarter the
    text does not place in the calendar), ``YYYY-SU``, ``YYY`` (decade), ``PAST_REF``,
    ``PRESENT_REF`` or ``FUTURE_REF``.
    """

    start: int
    end: int
    text: str
    value: str
    precision: str  # one of PRECISIONS
    rule: str  # short rule id, e.g. "weekday-past"
    reason: str  # human explanation, e.g. "weekday before reference 2015-01-22"
    anchor: str | None = None  # ISO date it was resolved against, if any
    type: str = "DATE"  # TimeML type: DATE, TIME, DURATION, SET
    approximate: bool = False  # "about", "around", "c.", "early", "late"
    modifier: str | None = None  # TimeML mod: "START", "MID", "END", "BEFORE", "AFTER", "APPROX"
    # The last period of a range, mostly of the kind of ``value``: "2009-2010" -> "2010",
    # "March 15-19" -> its 19th, "from 2015 to 2017" -> "2017" (on the mention of the first
    # end); a range across years may end in a coarser one ("from the latter half of 2025
    # through 2028": 2025-H2 .. 2028).
    end_value: str | None = None
    # The clock time a day value names, in ISO-TimeML: "T09:00" ("9 a.m. Tuesday"). The value
    # stays the day (an event's date is a day); ``timeml_value`` joins the two.
    time: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def is_calendar(self) -> bool:
        """True when the value is a plain calendar date: YYYY, YYYY-MM or YYYY-MM-DD."""
        v = self.value
        return (
            (len(v) == 4 and v.isdigit())
            or (len(v) == 7 and v[:4].isdigit() and v[4] == "-" and v[5:].isdigit())
            or (len(v) == 10 and v[:4].isdigit() and v[5:7].isdigit() and v[8:].isdigit())
        )

    @property
    def timeml_value(self) -> str:
        """The TimeML value with the time of day, if the text gives one: "2000-04-04T09:00"."""
        return self.value + self.time if self.time and self.precision == "day" else self.value

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("extra")
        data["timeml_value"] = self.timeml_value
        return data
