"""The Solar Hijri calendar (Iran's civil calendar), through jdatetime: never hand arithmetic.

A Solar Hijri month or year without a day spans two Gregorian months or years.  Its value
is the Gregorian month (or year) in which most of it falls, marked approximate, and the
exact Gregorian span is given as ``first``/``last`` (the mention's reason says it).

>>> to_gregorian(1393, 10, 30)
datetime.date(2015, 1, 20)
>>> solar_year_span(1394)
(datetime.date(2015, 3, 21), datetime.date(2016, 3, 19))
>>> majority_month(*solar_month_span(1393, 10))
(2015, 1)
"""

from __future__ import annotations

import datetime as dt

import jdatetime


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri date; None when it does not exist."""
    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


# A numeric Hijri date of 1420 or later ("۱۴۴۵/۰۹/۲۳") is the lunar calendar's, printed next
# to the Solar date on Persian pages (lunar 1445 is 2023/24): Solar Hijri 1420 is 2041, a
# year no page written now is dated by. Raise it when the Solar years come near.
LUNAR_NUMERIC_FROM = 1420


def numeric_solar(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri date written in figures only; None when it does
    not exist or its year is a lunar Hijri year (``LUNAR_NUMERIC_FROM``).

    >>> numeric_solar(1403, 1, 15), numeric_solar(1445, 9, 23)
    (datetime.date(2024, 4, 3), None)
    """
    return None if year >= LUNAR_NUMERIC_FROM else to_gregorian(year, month, day)


def solar_year_of(day: dt.date) -> int:
    """The Solar Hijri year a Gregorian day falls in."""
    return jdatetime.date.fromgregorian(date=day).year


def solar_month_of(day: dt.date) -> tuple[int, int]:
    """The Solar Hijri (year, month) a Gregorian day falls in."""
    solar = jdatetime.date.fromgregorian(date=day)
    return solar.year, solar.month


def solar_month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Solar Hijri month."""
    first = jdatetime.date(year, month, 1)
    following = jdatetime.date(year + (month == 12), month % 12 + 1, 1)
    return first.togregorian(), following.togregorian() - dt.timedelta(days=1)


def solar_year_span(year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Solar Hijri year."""
    first = jdatetime.date(year, 1, 1).togregorian()
    return first, jdatetime.date(year + 1, 1, 1).togregorian() - dt.timedelta(days=1)


def majority_month(first: dt.date, last: dt.date) -> tuple[int, int]:
    """The Gregorian (year, month) holding most days of ``first``..``last``."""
    counts: dict[tuple[int, int], int] = {}
    day = first
    while day <= last:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
        day += dt.timedelta(days=1)
    return max(sorted(counts), key=counts.__getitem__)
