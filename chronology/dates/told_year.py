"""Periods of a year told before: "in March of that year", "the summer of the following year".

A month, day, season, quarter or half named with "of that year" ("the same year", "the
following year", "the previous year") belongs to the year of the date told before it, or to
the year after or before that one, not to the reference's: after "The army withdrew in
2015.", "In March of the following year" is March 2016.  With no date told before (or only a
decade or a century), "that year" is left out, never guessed, and "the following year"
counts from the reference's year, as "the following year" alone does.
"""

from __future__ import annotations

import datetime as dt

from chronology.dates.patterns import ORDINALS, day_number, month
from chronology.dates.timeml import Period, valid_day
from chronology.languages import en, en_grammar

_SEASON_CODE = en_grammar.PERIODS_SEASON_CODE
_YEAR_OR_FINER = ("day", "week", "weekend", "month", "quarter", "half", "season", "year")


def _norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def the_year(c, s) -> tuple[int, str, dt.date | None] | None:
    """The year "of that year" / "of the following year" names, with the words it counts
    from and their first day (None when it counts from the reference); None when it names
    a year the text never told.  The year is the last one written or counted from a written
    one: a weekday's year ("on Monday") is the reference's, never told."""
    word = _norm(c.g("toldyear"))
    offset = en.YEAR_TOLD[word]
    base = s.told
    if base is not None and base[0].kind in _YEAR_OR_FINER:
        period, text = base
        return period.year + offset, f"'{text}'", period.first_day()
    if offset == 0 or s.reference is None:
        return None
    return s.reference.year + offset, f"the reference ({s.reference.isoformat()})", None


def period_of(c, year: int) -> Period | None:
    """The period candidate ``c`` names in ``year``: its month, day, season, quarter or half."""
    if c.kind == "month":
        return Period("month", year, month(c.g("mon")))
    if c.kind == "monthday":
        m, d = month(c.g("mon")), day_number(c.groups)
        return Period("day", year, m, d) if valid_day(year, m, d) else None
    if c.kind == "season":
        return Period("season", year, n=_SEASON_CODE[_norm(c.g("season"))])
    if c.kind == "quarter" and c.g("ord"):
        return Period.of_quarter(year, int(ORDINALS[_norm(c.g("ord"))]))
    if c.kind == "half":
        return Period("half", year, n=1 if _norm(c.g("hord")) == "first"
                      or _norm(c.g("hq")) == "first" else 2)
    return None


def resolve(c, s):
    """``(period, rule, reason, anchor)`` for a candidate with "of that year" and the like,
    or None."""
    found = the_year(c, s)
    if found is None:
        return None
    year, source, anchor = found
    p = period_of(c, year)
    if p is None:
        return None
    how = {1: "the year after", -1: "the year before"}.get(
        en.YEAR_TOLD[_norm(c.g("toldyear"))], "the year of")
    return p, "told-year", f"'{c.text}': {how} {source} ({year})", anchor
