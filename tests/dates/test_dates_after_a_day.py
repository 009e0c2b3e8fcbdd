"""A weekday in an "after" ("before") phrase right after a day told is the last such weekday
before that day (the first after it), whatever the tense: "is due in Rome on Monday after
talks in Vienna on Sunday" is the Sunday before that Monday, ahead of the story too."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "2012-05-09"  # a Wednesday


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # ahead of the story: the Sunday just before the coming Monday (was last Sunday)
    ("The envoy is due in Rome on Monday after talks in Vienna on Sunday.", "Sunday",
     "2012-05-13"),
    ("A verdict is expected on Friday, after closing arguments on Thursday.", "Thursday",
     "2012-05-10"),
    # a weekday of the week before the day ahead (was next Monday)
    ("The naval drills end on Friday after starting on Monday.", "Monday", "2012-05-07"),
    # behind the story, as before
    ("The envoy reached Rome on Monday after talks in Vienna on Sunday.", "Sunday",
     "2012-05-06"),
    # "before": the first such weekday after the day told
    ("The activist was freed on Friday, before a hearing on Tuesday.", "Tuesday",
     "2012-05-08"),
])
def test_a_weekday_next_to_a_day_told_counts_from_it(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # another sentence: no phrase next to the day
    ("The vote was held on Monday. After talks on Sunday, the sides will sign.", "Sunday",
     "2012-05-13"),
])
def test_no_day_next_to_it(text, mention, expected):
    assert value_of(text, REF, mention) == expected
