"""Months, days and seasons listed before one whose year is written share that year ("in
March and April of 1987"); before, the first was read as the one nearest the reference."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1989-10-26"


@pytest.mark.parametrize("text,mention,value", [
    ("Rainfall peaked in March and April of 1987.", "March", "1987-03"),
    ("Rainfall peaked in March and again in April 1987.", "March", "1987-03"),
    ("The ponds froze in the winter and spring of 1985.", "winter", "1985-WI"),
    ("The barns burned in the summer and fall of 1986.", "summer", "1986-SU"),
    ("The choir toured in June or July of 1984.", "June", "1984-06"),
    ("The choir toured in March, April and May of 1986.", "March", "1986-03"),
    ("The choir toured in March, April and May of 1986.", "April", "1986-04"),
    ("Floods came in December and January 1987.", "December", "1986-12"),
    ("The votes were held on March 3 and April 5, 1986.", "March 3", "1986-03-03"),
])
def test_listed_before_a_written_year(text, mention, value):
    assert value_of(text, REF, mention) == value


@pytest.mark.parametrize("text,mention,value", [
    ("Rainfall peaked in March and April.", "March", "1989-03"),  # no year written
    ("The choir toured last March and in April 1987.", "last March", "1989-03"),
    ("The choir toured in March and 1987 was a quiet year.", "March", "1989-03"),
    ("The choir toured in March and in the summer of 1987.", "March", "1989-03"),
    # a second mention with its own preposition opening a clause of its own
    ("The weaver was born in May and in June 1987 she moved to Harlow Cross.", "May",
     "1989-05"),
    ("Sales fell in March, and in April 1987 the tannery closed.", "March", "1989-03"),
])
def test_no_year_to_share(text, mention, value):
    assert value_of(text, REF, mention) == value


@pytest.mark.parametrize("text,mention,value", [
    ("Rainfall peaked in March and April of 1987.", "March", "1987-03"),
    ("Rainfall peaked in March and in April 1987, the records show.", "March", "1987-03"),
])
def test_listed_with_no_reference(text, mention, value):
    assert value_of(text, None, mention) == value
