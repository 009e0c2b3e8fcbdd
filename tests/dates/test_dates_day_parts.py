"""A part of the day named from the day of writing ("last night", "this morning"): that day,
a TimeML TIME with the part's code; and the words that only look like it."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import mention_texts

from chronology.dates import find_mentions

REF = "2019-07-04"  # a Thursday


def _the(text: str, words: str):
    found = [m for m in find_mentions(text, dt.date.fromisoformat(REF)) if m.text == words]
    assert len(found) == 1, [m.text for m in find_mentions(text, dt.date.fromisoformat(REF))]
    return found[0]


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Gunmen attacked a border post last night, the ministry said.", "last night",
     "2019-07-03TNI"),
    ("Last night's blast damaged a bridge.", "Last night", "2019-07-03TNI"),
    ("Police said late last night that two men were held.", "late last night",
     "2019-07-03TNI"),
    ("The envoys met last evening in the capital.", "last evening", "2019-07-03TEV"),
    ("The minister arrived in Ankara this morning.", "this morning", "2019-07-04TMO"),
    ("This morning's session ended without a vote.", "This morning", "2019-07-04TMO"),
    ("The talks resume this afternoon.", "this afternoon", "2019-07-04TAF"),
    ("The council will vote this evening.", "this evening", "2019-07-04TEV"),
    ("Earlier this morning, the minister laid a wreath.", "Earlier this morning",
     "2019-07-04TMO"),
    ("The council meets again later this afternoon.", "later this afternoon", "2019-07-04TAF"),
])
def test_a_part_of_the_day_of_writing_is_that_day(text, words, value):
    mention = _the(text, words)
    assert mention.timeml_value == value
    assert mention.value == value[:10]  # an event's date is the day
    assert mention.type == "TIME"


@pytest.mark.parametrize("text", [
    "It was the last night of the festival.",  # the last of a series
    "He spent his last night in office at home.",
    "Crowds gathered for last night of the fair.",
    "She watched This Morning on television.",  # a programme's title
    "The Last Night of the Proms was broadcast.",
    "Fog lingered until the morning.",  # no day of writing named
])
def test_no_part_of_the_day_of_writing(text):
    assert mention_texts(text, REF) == []
