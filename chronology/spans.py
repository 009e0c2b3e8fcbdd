"""The days a date value covers: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, and which are real.

One definition for ``check`` (is ``end_date`` before ``date``?), the site (iCalendar spans,
feed dates), the article reader (front-matter ``published``) and the settings (``period``),
so they can never disagree on a date.  Years run from ``MIN_YEAR`` to ``MAX_YEAR``: there is
no year 0, and the site needs the day after every date (an iCalendar end is exclusive), which
9999-12-31 does not have.

>>> first_day("2016"), last_day("2016-02"), day_after("2016-12")
(datetime.date(2016, 1, 1), datetime.date(2016, 2, 29), datetime.date(2017, 1, 1))
>>> date_problem("2015-02-30"), date_problem("9999"), date_problem("2016-02-29")
('February 2015 has 28 days', 'years run from 1 to 9998', None)
"""

from __future__ import annotations

import calendar
import datetime as dt

MIN_YEAR, MAX_YEAR = 1, 9998


def date_problem(value: str) -> str | None:
    """Why ``YYYY[-MM[-DD]]`` (digits) is not a real date in range, or None when it is."""
    year, month, day = parts(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return f"years run from {MIN_YEAR} to {MAX_YEAR}"
    if month is not None and not 1 <= month <= 12:
        return f"there is no month {month}"
    if day is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return f"{calendar.month_name[month]} {year} has {days} days"
    return None


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
