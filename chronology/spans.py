"""The days a date value covers: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

One definition for ``check`` (is ``end_date`` before ``date``?) and the site (iCalendar
spans, feed dates), so the two can never disagree on a date.

>>> first_day("2016"), last_day("2016-02"), day_after("2016-12")
(datetime.date(2016, 1, 1), datetime.date(2016, 2, 29), datetime.date(2017, 1, 1))
"""

from __future__ import annotations

import calendar
import datetime as dt


def parts(value: str) -> tuple[int, int | None, int | None]:
    """``"2015-01-20"`` -> ``(2015, 1, 20)``; missing parts are None."""
    pieces = [int(p) for p in value.split("-")]
    pieces += [None] * (3 - len(pieces))
    return pieces[0], pieces[1], pieces[2]


def first_day(value: str) -> dt.date:
    """The first calendar day a value covers (``"2015"`` -> 1 January 2015)."""
    year, month, day = parts(value)
    return dt.date(year, month or 1, day or 1)


def last_day(value: str) -> dt.date:
    """The last calendar day a value covers (``"2015-02"`` -> 28 February 2015)."""
    year, month, day = parts(value)
    if day:
        return dt.date(year, month, day)
    if month:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 12, 31)


def day_after(value: str) -> dt.date:
    """The first day after the span a value covers (an exclusive end, as iCalendar wants)."""
    return last_day(value) + dt.timedelta(days=1)
