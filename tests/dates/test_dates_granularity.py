"""Granularity (issue 14): a week of a month is a week, a season or month "of next year"
is of that year, and "the night before" counts a day."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import value_of

from chronology.dates import find_mentions

REF = "1998-03-12"  # a Thursday

CASES = [
    ("He arrived in the second week of March.", "the second week of March", "1998-W11"),
    ("He arrived in the first week of February.", "the first week of February", "1998-W06"),
    ("He will arrive in the last week of April.", "the last week of April", "1998-W18"),
    ("Talks took place in the third week of January 1996.",
     "the third week of January 1996", "1996-W03"),
    ("They will vote in the summer of next year.", "summer of next year", "1999-SU"),
    ("Prices rose in the spring of last year.", "spring of last year", "1997-SP"),
    ("The vote is in October of next year.", "October of next year", "1999-10"),
    ("He arrived on Monday. The night before, rebels attacked.", "The night before",
     "1998-03-08"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_granularity(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The talks ended the week before last.", "the week before last", "1998-W09"),
    ("The talks will resume the week after next.", "the week after next", "1998-W13"),
    ("Prices fell the year before last.", "the year before last", "1996"),
    # "last" here belongs to the weekday: the day before it.
    ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday",
     "1998-03-09"),
])
def test_two_units_away(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The law dates from the mid-19th century.", "the mid-19th century", ("18", "MID")),
    ("The law dates from the late 18th century.", "the late 18th century", ("17", "END")),
    ("Prices rose at the end of the 1980s.", "the end of the 1980s", ("198", "END")),
])
def test_part_of_a_decade_or_century(text, mention, expected):
    [m] = [m for m in find_mentions(text, dt.date.fromisoformat(REF)) if m.text == mention]
    assert (m.value, m.modifier) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # "last" with its unit left out, after "this year as/than": the unit before.
    ("The dividend will be twice as high this year as last.", "last", "1997"),
    ("Sales rose more this month than last, analysts said.", "last", "1998-02"),
])
def test_unit_left_out_after_last(text, mention, expected):
    assert value_of(text, REF, mention) == expected


def test_last_alone_is_no_date():
    assert value_of("He came last.", REF, "last") is None
