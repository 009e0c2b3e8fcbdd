"""Date forms a reader would see misread on a timeline (helper engine23; every sentence
invented for these tests).  The reference is a Wednesday, 2021-03-10.

- "a week from Monday", "two weeks from Tuesday": counted from the coming weekday.
- "Monday the 1st": the day of the month nearest the reference that is that weekday.
- "the 80s" without its apostrophe is a decade, but not a reading on a scale.
- "noon Tuesday", "midnight Friday": the clock word belongs to the day's mention.
"""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import value_of

from chronology.dates import find_mentions

WED = "2021-03-10"


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("The vote will take place a week from Monday.", "a week from Monday", "2021-03-22"),
    ("The vote is a week from Monday.", "a week from Monday", "2021-03-22"),
    ("Voting ends two weeks from Tuesday.", "two weeks from Tuesday", "2021-03-30"),
    ("The parts arrived two weeks after March 1.", "two weeks after March 1", "2021-03-15"),
    ("The envoy left the day before Tuesday.", "the day before Tuesday", "2021-03-08"),
    ("The vote is a week from tomorrow.", "a week from tomorrow", "2021-03-18"),
    # an occasion's day is its own, past here: counted from it
    ("The deadline is two weeks from Friday's meeting.", "two weeks from Friday", "2021-03-19"),
])
def test_weeks_counted_from_a_day(text, mention, value):
    assert value_of(text, WED, mention) == value


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("The fair runs for two weeks from March 1.", "March 1", "2021-03-01"),
    ("Stalls stay open over the two weeks from March 1.", "March 1", "2021-03-01"),
    ("The fair runs two weeks from March 1 to March 14.", "March 1", "2021-03-01"),
    ("Strikes will last for a week from Monday through Sunday.", "Monday", "2021-03-15"),
    # "for" after a word of a schedule: the day counted
    ("The vote is set for a week from Monday.", "a week from Monday", "2021-03-22"),
])
def test_a_span_from_a_day_is_no_day_counted_from_it(text, mention, value):
    assert value_of(text, WED, mention) == value


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("Police detained him on Monday the 1st.", "Monday the 1st", "2021-03-01"),
    ("The vote is set for Monday the 22nd.", "Monday the 22nd", "2021-03-22"),
    ("The council meets on Monday, the 17th.", "Monday, the 17th", "2021-05-17"),
    ("It rained on Sunday the 28th.", "Sunday the 28th", "2021-02-28"),
])
def test_a_weekday_with_its_day_of_the_month(text, mention, value):
    assert value_of(text, WED, mention) == value


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("On Monday, the 25th anniversary of the strike was marked.", "Monday", "2021-03-08"),
    ("Police said on Monday the 3rd battalion had left.", "Monday", "2021-03-08"),
    # no Monday the 2nd within three months: the weekday alone, not lost
    ("He said on Monday the 2nd in command had quit.", "Monday the 2nd", "2021-03-08"),
    # an ordinal that counts a series: the weekday alone ("in" may follow a day otherwise)
    ("The court ruled on Monday, the 8th in a row against the plan.", "Monday", "2021-03-08"),
    ("The team lost on Monday, the 8th in succession.", "Monday", "2021-03-08"),
    ("Talks closed on the 8th in a row of sessions.", "the 8th", None),
])
def test_an_ordinal_that_goes_on_with_a_noun_is_no_day_of_the_month(text, mention, value):
    assert value_of(text, WED, mention) == value


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("The band was famous in the 80s.", "the 80s", "198"),
    ("The depot was built in the late 70s.", "the late 70s", "197"),
])
def test_a_decade_without_its_apostrophe(text, mention, value):
    assert value_of(text, WED, mention) == value


@pytest.mark.parametrize("text", [
    "Highs will be in the 80s this weekend.",
    "Temperatures climbed into the mid-80s.",
    "The senator was polling in the low 40s.",
    "A woman in her 80s was hurt.",
    "Support stood at 45%, down from the 50s.",
])
def test_a_reading_on_a_scale_is_no_decade(text):
    assert not [m for m in find_mentions(text, dt.date.fromisoformat(WED))
                if m.rule == "decade"]


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("The meeting started at noon Tuesday.", "noon Tuesday", "2021-03-09T12:00"),
    ("Bids are due by midday Friday.", "midday Friday", "2021-03-12T12:00"),
    ("The strike ends at midnight Friday.", "midnight Friday", "2021-03-12"),
])
def test_a_clock_word_before_a_weekday(text, mention, value):
    found = [m for m in find_mentions(text, dt.date.fromisoformat(WED)) if m.text == mention]
    assert [m.timeml_value for m in found] == [value]
