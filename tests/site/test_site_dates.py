"""Date display: precision shown honestly, ranges collapsed, spans for calendars."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.site.dates import display_date, display_range, precision, quarter
from chronology.spans import day_after, first_day, last_day


@pytest.mark.parametrize(("value", "approximate", "expected"), [
    ("2015-01-20", False, "20 January 2015"),
    ("2015-01-02", False, "2 January 2015"),
    ("2015-01", False, "January 2015"),
    ("2015", False, "2015"),
    ("2015-12-31", True, "c. 31 December 2015"),
    ("2015-09", True, "c. September 2015"),
    ("0999", False, "999"),
])
def test_display_date(value, approximate, expected):
    assert display_date(value, approximate) == expected


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2015-01-20", None, "20 January 2015"),
    ("2015-01-20", "2015-01-20", "20 January 2015"),
    ("2015-01-20", "2015-01-22", "20–22 January 2015"),
    ("2015-01-30", "2015-02-02", "30 January – 2 February 2015"),
    ("2015-12-30", "2016-01-02", "30 December 2015 – 2 January 2016"),
    ("2015-03", "2015-05", "March–May 2015"),
    ("2015", "2017", "2015–2017"),
    ("2015-03", "2016-01", "March 2015 – January 2016"),
])
def test_display_range(start, end, expected):
    assert display_range(start, end) == expected


@pytest.mark.parametrize(("value", "kind", "first", "after", "q"), [
    ("2015-01-20", "day", dt.date(2015, 1, 20), dt.date(2015, 1, 21), 1),
    ("2015-12-31", "day", dt.date(2015, 12, 31), dt.date(2016, 1, 1), 4),
    ("2016-02", "month", dt.date(2016, 2, 1), dt.date(2016, 3, 1), 1),
    ("2016-12", "month", dt.date(2016, 12, 1), dt.date(2017, 1, 1), 4),
    ("2016", "year", dt.date(2016, 1, 1), dt.date(2017, 1, 1), None),
])
def test_spans(value, kind, first, after, q):
    assert (precision(value), first_day(value), day_after(value), quarter(value)) == (kind, first, after, q)


@pytest.mark.parametrize(("value", "last"), [
    ("2016", dt.date(2016, 12, 31)), ("2016-02", dt.date(2016, 2, 29)),
    ("2015-02", dt.date(2015, 2, 28)), ("2015-01-20", dt.date(2015, 1, 20)),
])
def test_last_day_of_a_value(value, last):
    assert last_day(value) == last
    assert day_after(value) == last + dt.timedelta(days=1)
