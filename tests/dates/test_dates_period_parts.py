"""Parts of a period: "the latter part of the year", "early in 1990", "late in March",
"by midyear", "mid-month" are the period named, with its TimeML mod (START, END, MID); a
year with its century left out ("in '89") is the nearest one with those digits; "the first
Tuesday of every month" and "every other Tuesday" recur (a SET), no day of their own; "this
past week" is the last one; decades in words take a part and a century ("the early nineteen
nineties")."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import mention_texts

from chronology.dates import find_mentions

REF = dt.date(2019, 10, 16)  # a Wednesday

PARTS = [
    ("Exports improved in the early part of the year.", "the early part of the year", "2019",
     "START"),
    ("Exports slowed in the latter part of the year.", "the latter part of the year", "2019",
     "END"),
    ("The new frigate is due in the latter part of next year.",
     "the latter part of next year", "2020", "END"),
    ("Heavy rains came early in the year.", "early in the year", "2019", "START"),
    ("The plant opened early in 1990.", "early in 1990", "1990", "START"),
    ("The plant was sold late in 1989.", "late in 1989", "1989", "END"),
    ("The talks resumed late in March.", "late in March", "2019-03", "END"),
    ("Output fell in the first part of 2015.", "the first part of 2015", "2015", "START"),
    ("The envoy is due in the middle part of next year.", "the middle part of next year",
     "2020", "MID"),
    ("The base will reopen by midyear.", "midyear", "2019", "MID"),
    ("The base will reopen by mid-year, officials said.", "mid-year", "2019", "MID"),
    ("Payments are due at mid-month.", "mid-month", "2019-10", "MID"),
    ("The deal should close by midyear next year.", "midyear next year", "2020", "MID"),
    # the year told before, as "the middle of the year" takes it
    ("The army withdrew in 2015. By midyear, the rebels were back.", "midyear", "2015", "MID"),
    # a year written after it is the year named
    ("The base reopened in midyear 2017.", "midyear 2017", "2017", "MID"),
    ("The navy expects the ships by mid-year 2021.", "mid-year 2021", "2021", "MID"),
    ("The army withdrew in 2015. Late in the year, the rebels were back.", "Late in the year",
     "2015", "END"),
]


@pytest.mark.parametrize(("text", "mention", "value", "mod"), PARTS)
def test_part_of_a_period(text, mention, value, mod):
    found = [(m.value, m.modifier) for m in find_mentions(text, REF) if m.text == mention]
    assert found == [(value, mod)]


@pytest.mark.parametrize("text", [
    "The company will publish its midyear review.",  # an adjective before a noun
    "He was late in paying the bill.",
    "The vote came late in the day.",
])
def test_no_period_part(text):
    assert mention_texts(text, REF.isoformat()) == []


SHORT_YEARS = [
    ("The base was built in '89 and sold in '94.", "'94", "1994"),
    ("Prices have fallen since ’08, officials said.", "’08", "2008"),
    ("The firm expects a profit in fiscal '90.", "fiscal '90", "1990"),
    ("The frigate will be ready by '25.", "'25", "2025"),  # up to ten years ahead
    ("In '35 the war began.", "'35", "1935"),
]


@pytest.mark.parametrize(("text", "mention", "value"), SHORT_YEARS)
def test_year_with_its_century_left_out(text, mention, value):
    assert [m.value for m in find_mentions(text, REF) if m.text == mention] == [value]


@pytest.mark.parametrize("text", [
    "He said in '60 Minutes that he would run.",  # a name after it
    "He said ''89 people died.''",  # a quote mark before a count
    "Gonzalez said on CBS's '60 Minutes.''",  # no word that takes a year before it
])
def test_no_short_year(text):
    assert mention_texts(text, REF.isoformat()) == []


@pytest.mark.parametrize("text", [
    "The council meets on the first Tuesday of every month.",
    "The council meets on the first Tuesday of each month.",
    "The board meets every other Tuesday.",
])
def test_a_weekday_of_every_month_recurs(text):
    assert [(m.type, m.value) for m in find_mentions(text, REF)] == [("SET", "XXXX-WXX-2")]


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("This past week, the rebels attacked a convoy.", "This past week", "2019-W41"),
    ("Exports rose this past quarter.", "this past quarter", "2019-Q3"),
    ("This past month, prices fell.", "This past month", "2019-09"),
])
def test_this_past_unit_is_the_last_one(text, mention, value):
    assert [m.value for m in find_mentions(text, REF) if m.text == mention] == [value]


@pytest.mark.parametrize(("text", "mention", "value", "mod"), [
    ("Prices rose in the early nineties.", "the early nineties", "199", "START"),
    ("Prices fell in the late eighties.", "the late eighties", "198", "END"),
    ("The war ended in the nineteen nineties.", "the nineteen nineties", "199", None),
    ("The plant opened in the nineteen-eighties.", "the nineteen-eighties", "198", None),
    ("Prices rose in the early nineteen nineties.", "the early nineteen nineties", "199",
     "START"),
])
def test_a_decade_in_words(text, mention, value, mod):
    found = [(m.value, m.modifier) for m in find_mentions(text, REF) if m.text == mention]
    assert found == [(value, mod)]


@pytest.mark.parametrize("text", [
    "The general is in his nineties.",
    # a part of the decade after a possessive: still an age
    "The veterans, now in their late eighties, met the envoy.",
    "The admiral, in his early nineties, spoke first.",
])
def test_an_age_in_decades_is_no_date(text):
    assert [t for t in mention_texts(text, REF.isoformat()) if t != "now"] == []


@pytest.mark.parametrize(("text", "mention", "value"), [
    # the last quarter of a year named with it is that year's fourth ...
    ("Exports fell in the last quarter of 2017, the ministry said.",
     "the last quarter of 2017", "2017-Q4"),
    ("Exports fell in the final quarter of last year.", "the final quarter of last year",
     "2018-Q4"),
    # (told in the fourth quarter: this year's, as "the fourth quarter" is)
    ("Exports fell in the last quarter of the year.", "the last quarter of the year",
     "2019-Q4"),
    # ... alone, "last quarter" is still the one before the current
    ("Exports fell last quarter, the ministry said.", "last quarter", "2019-Q3"),
])
def test_the_last_quarter_of_a_year_is_its_fourth(text, mention, value):
    assert [m.value for m in find_mentions(text, REF) if m.text == mention] == [value]


@pytest.mark.parametrize("text", [
    "The striker scored twice in the last quarter of the match.",
    "Rents rose in the last quarter of the century.",
])
def test_the_last_quarter_of_something_else_is_no_date(text):
    assert mention_texts(text, REF.isoformat()) == []


# A fiscal year over two calendar years ("2023-24") is one range: its quarter is left
# undated, never read as a quarter of its first year with "-24" left over.
@pytest.mark.parametrize("text", [
    "Exports fell in the last quarter of 2017-18, the ministry said.",
    "Exports fell in the first quarter of fiscal 2017–18.",
    "Exports fell in the third quarter of 2017-2018, the annual report said.",
])
def test_the_quarter_of_a_fiscal_range_is_undated(text):
    assert not [m for m in find_mentions(text, REF) if "quarter" in m.text
                or m.text.startswith("2017")]


# Its half and its quarter written "Q3"/"3Q" alike: one range, left undated, never split.
@pytest.mark.parametrize("text", [
    "Imports rose in the second half of 2017-18, the ministry said.",
    "Imports rose in the first half of fiscal 2017–2018.",
    "In Q3 2017-18 the yard delivered two corvettes.",
    "The yard delivered two corvettes in 3Q 2017-18, the report said.",
])
def test_a_half_or_q_form_of_a_fiscal_range_is_undated(text):
    assert find_mentions(text, REF) == []


def test_a_half_or_q_form_of_one_year_is_still_dated():
    assert [m.value for m in find_mentions("Imports rose in Q3 2017 and in the first half of "
                                           "2018.", REF)] == ["2017-Q3", "2018-H1"]


@pytest.mark.parametrize(("reference", "text", "mention", "value"), [
    # the decade about to begin: "the '90s" written in 1989 is the 1990s
    ("1989-10-26", "Growth will slow in the '90s.", "the '90s", "199"),
    ("1989-10-26", "Demand should recover in the nineties.", "the nineties", "199"),
    ("1998-06-01", "Rates may rise in the '00s.", "the '00s", "200"),
    # a decade long begun or long past stays the one of the past
    ("2015-06-01", "Jazz thrived in the '20s.", "the '20s", "192"),
    ("1989-10-26", "Jazz thrived in the '20s.", "the '20s", "192"),
    ("1986-06-01", "Hemlines rose in the '90s.", "the '90s", "189"),
    ("1989-10-26", "Prices fell in the '80s.", "the '80s", "198"),
    # a past sentence tells no decade yet to come, however near (the town is invented)
    ("2017-06-01", "In the roaring '20s, trade boomed.", "'20s", "192"),
    ("2019-06-01", "In the '20s, trade boomed along the Pelloria coast.", "the '20s", "192"),
    # the coming decade only a year or two ahead
    ("2018-06-01", "Trade will boom in the '20s.", "the '20s", "202"),
    ("2017-06-01", "Trade will boom in the '20s.", "the '20s", "192"),
])
def test_a_decade_by_its_digits_is_the_nearest_begun_or_beginning(reference, text, mention, value):
    ref = dt.date.fromisoformat(reference)
    assert [m.value for m in find_mentions(text, ref) if m.text == mention] == [value]


@pytest.mark.parametrize(("text", "mention", "value"), [
    # decades or centuries counted back from the day of writing name a year, as years do
    ("The base was built a decade ago.", "a decade ago", "2009"),
    ("Two decades ago, the two countries signed a pact.", "Two decades ago", "1999"),
    ("A century ago the city fell.", "A century ago", "1919"),
    ("Ten years ago the war ended.", "Ten years ago", "2009"),
])
def test_decades_ago_from_the_day_of_writing_is_a_year(text, mention, value):
    ref = dt.date(2019, 6, 12)
    assert [(m.value, m.precision) for m in find_mentions(text, ref) if m.text == mention] == [
        (value, "year")]
