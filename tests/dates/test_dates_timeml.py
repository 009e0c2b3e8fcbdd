"""Calendar periods and their TimeML values."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates.patterns import spelled_year
from chronology.dates.periods import easter
from chronology.dates.timeml import Period, weekday_on_or_after, weekday_on_or_before

D = dt.date(2015, 1, 22)

VALUES = [
    (Period.of_day(D), "2015-01-22", "day"),
    (Period.of_week(D), "2015-W04", "week"),
    (Period.of_week(dt.date(2016, 1, 1)), "2015-W53", "week"),
    (Period.of_week(D, weekend=True), "2015-W04-WE", "week"),
    (Period("month", 2015, 1), "2015-01", "month"),
    (Period.of_quarter(1989, 3), "1989-Q3", "quarter"),
    (Period("half", 1989, n=2), "1989-H2", "quarter"),
    (Period("season", 1997, n="FA"), "1997-FA", "season"),
    (Period("year", 2014), "2014", "year"),
    (Period("decade", 1990, n=199), "199", "decade"),
    (Period("century", 2000, n=20), "20", "century"),
]


@pytest.mark.parametrize(("period", "value", "precision"), VALUES)
def test_value(period, value, precision):
    assert (period.value, period.precision) == (value, precision)


SHIFTS = [
    (Period.of_day(D), "day", 1, "2015-01-23"),
    (Period.of_day(D), "day", -22, "2014-12-31"),
    (Period.of_day(D), "week", -1, "2015-01-15"),
    (Period.of_day(dt.date(2016, 2, 29)), "year", 1, "2017-02-28"),
    (Period.of_day(dt.date(2015, 1, 31)), "month", 1, "2015-02-28"),
    (Period("month", 2015, 1), "month", -1, "2014-12"),
    (Period.of_quarter(1989, 1), "quarter", -1, "1988-Q4"),
    (Period.of_quarter(1989, 3), "year", -1, "1988-Q3"),
    (Period.of_week(D), "week", -1, "2015-W03"),
    (Period("year", 2014), "year", 1, "2015"),
    (Period("decade", 1990, n=199), "decade", -1, "198"),
]


@pytest.mark.parametrize(("period", "unit", "n", "value"), SHIFTS)
def test_shift(period, unit, n, value):
    assert period.shift(unit, n).value == value


def test_weekday_search():
    assert weekday_on_or_before(D, 3) == D  # Thursday
    assert weekday_on_or_before(D, 3, strict=True) == dt.date(2015, 1, 15)
    assert weekday_on_or_after(D, 1) == dt.date(2015, 1, 27)


@pytest.mark.parametrize(("words", "year"), [
    ("nineteen ninety-six", 1996), ("nineteen seventy-nine", 1979), ("two thousand", 2000),
    ("two thousand and one", 2001), ("nineteen hundred", 1900), ("nineteen oh five", 1905),
])
def test_spelled_year(words, year):
    assert spelled_year(words) == year


@pytest.mark.parametrize(("year", "day"), [(2015, "2015-04-05"), (2019, "2019-04-21"),
                                           (1998, "1998-04-12")])
def test_easter(year, day):
    assert easter(year).isoformat() == day
