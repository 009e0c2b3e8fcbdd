"""Counts in words past twenty before a unit ("thirty-five years ago", "a hundred years
ago"), as broadcast transcripts write them: counted as the digits would be."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

from chronology.dates.patterns import number

REF = "1998-01-08"  # a Thursday


@pytest.mark.parametrize("text,mention,value", [
    ("Thirty-five years ago, the dam was opened.", "Thirty-five years ago", "1963"),
    ("The league was founded twenty-one years ago.", "twenty-one years ago", "1977"),
    ("The league was founded twenty one years ago.", "twenty one years ago", "1977"),
    ("Sixty years ago the first ferry sailed.", "Sixty years ago", "1938"),
    ("The bridge was built a hundred years ago.", "a hundred years ago", "1898"),
    ("One hundred years ago, the town had a mill.", "One hundred years ago", "1898"),
    ("Two hundred years ago the fort was taken.", "Two hundred years ago", "1798"),
    ("The fort fell a hundred and fifty years ago.", "a hundred and fifty years ago", "1848"),
    ("One hundred twenty years ago the canal opened.", "One hundred twenty years ago", "1878"),
    ("The abbey burned two hundred and six years ago.", "two hundred and six years ago",
     "1792"),
    ("The ship sank forty-two days ago.", "forty-two days ago", "1997-11-27"),
    ("The pact expired twenty-four months ago.", "twenty-four months ago", "1996-01"),
])
def test_spelled_count_before_a_unit(text, mention, value):
    assert value_of(text, REF, mention) == value


@pytest.mark.parametrize("text", [
    "The firm has twenty-five years of history.",  # how long, not when
    "He spent a hundred days in prison.",
])
def test_spelled_count_of_a_stretch_is_no_date(text):
    assert mention_texts(text, REF) == []


@pytest.mark.parametrize("word,n", [
    ("thirty-five", 35), ("twenty one", 21), ("ninety", 90), ("a hundred", 100),
    ("three hundred", 300), ("two", 2), ("several", None), ("hundred", None),
    ("a hundred and fifty", 150), ("one hundred twenty-five", 125), ("two hundred and six", 206),
    ("three hundred and twelve", 312),
])
def test_number_of_spelled_counts(word, n):
    assert number(word) == n
