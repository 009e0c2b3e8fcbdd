"""The present in general (TimeML PRESENT_REF), not the day of writing: "today" of an age
or a way of life, and "this moment" (issue 14)."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "2015-01-22"

GENERIC = [
    ("Today's youth face hard choices about work.", "Today", "PRESENT_REF"),
    ("The youth of today want steady jobs.", "today", "PRESENT_REF"),
    ("Phones run much of today's economy.", "today", "PRESENT_REF"),
    ("Few of today's young people read newspapers.", "today", "PRESENT_REF"),
    ("He would not travel at this crucial moment.", "this crucial moment", "PRESENT_REF"),
    ("At this moment nobody knows the answer.", "this moment", "PRESENT_REF"),
    # "current" before a noun is the present, "then current" the past.
    ("She arrived with her current husband.", "current", "PRESENT_REF"),
    ("Under current rules, nobody may leave.", "current", "PRESENT_REF"),
    ("They may buy at the then current price.", "then current", "PAST_REF"),
]
THE_DAY = [
    ("Today's vote was close.", "Today", "2015-01-22"),
    ("The minister left today for Paris.", "today", "2015-01-22"),
    ("Today's talks in the world capital ended early.", "Today", "2015-01-22"),
    ("The youth rally was held today.", "today", "2015-01-22"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), GENERIC + THE_DAY)
def test_generic_present_and_the_day(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize("text", [
    "The current account deficit widened.",  # the balance of payments
    "An alternating current motor hummed.",  # a wire's current
    "The swimmers fought the current.",  # the sea's, a noun
])
def test_current_that_is_no_time(text):
    assert value_of(text, REF, "current") is None


@pytest.mark.parametrize("text", [
    "Now, the question is who pays for the new bridge.",
    "The plan failed. Now, officials said, a second plan is ready.",
    "Sales fell. But now, after the merger, the group sells more.",
])
def test_discourse_now_is_no_time(text):
    """"Now," opening a sentence, set off by its comma, turns the discourse: no time."""
    assert value_of(text, REF, "now") is None and value_of(text, REF, "Now") is None


@pytest.mark.parametrize(("text", "mention"), [
    ("Now the company sells more cars.", "Now"),
    ("The plant is now closed, officials said.", "now"),
    ("Until now, nobody had asked.", "now"),
])
def test_now_of_the_present_stays(text, mention):
    assert value_of(text, REF, mention) == "PRESENT_REF"
