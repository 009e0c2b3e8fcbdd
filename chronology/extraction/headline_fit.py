"""Whether the article's headline may tell a sentence's event: a headline tells the article's
lead news, so it stands in only for an event of the article's days, and never for a sentence
that names another year, another edition of a named thing or another place.

>>> contradicts("Polish warships arrive in Gdynia for Baltic Shield 2024 drills",
...             "They arrived in Tallinn in 2021 for the Baltic Shield 2021 drills.")
True
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronology.languages import en

# a headline reports what happened (or will) within days of its publication
LEAD_DAYS = 7
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NAMED_NUMBER = re.compile(r"([A-Z][\w’'-]*)[\s-](\d+)\b")  # "Sea 2019", "Shield-2"
_PLACE = re.compile(r"\b(?:" + "|".join(en.PLACE_PREPOSITIONS) + r")\s+([A-Z][\w’'-]+)")
_MONTHS = {w for pair in en.MONTH_NAMES for w in pair}


def contradicts(headline: str, sentence: str) -> bool:
    """The sentence names a year, an edition ("Joint Sea 2016") or a place ("in
    Zhanjiang") other than the one the headline names in its stead."""
    years, told_years = set(_YEAR.findall(headline)), set(_YEAR.findall(sentence))
    if years and told_years and not years & told_years:
        return True
    editions = dict(_NAMED_NUMBER.findall(sentence))
    if any(name in editions and editions[name] != number
           for name, number in _NAMED_NUMBER.findall(headline)):
        return True
    places = set(_PLACE.findall(headline)) - _MONTHS
    told_places = set(_PLACE.findall(sentence)) - _MONTHS
    return bool(places and told_places and not places & told_places
                and not any(p in sentence for p in places))


def of_the_lead_days(value: str, reported: str) -> bool:
    """The event's date (``value``: a day, a month or a year) comes within ``LEAD_DAYS`` of
    the article's date; True when either is unknown or of another form."""
    bounds, day = _bounds(value), _bounds(reported)
    if bounds is None or day is None:
        return True
    first, last = bounds
    margin = timedelta(days=LEAD_DAYS)
    return first - margin <= day[0] and day[0] <= last + margin


def _bounds(value: str) -> tuple[date, date] | None:
    """The first and last day of "2016", "2016-09" or "2016-09-15"; None for other forms."""
    parts = value.split("-") if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value or "") else None
    if not parts:
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2:
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date(year, month, 1), end
    day = date(year, month, int(parts[2]))
    return day, day
