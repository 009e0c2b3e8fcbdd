"""The other named days of the United States' calendar and of news ("Veterans Day",
"Presidents' Day", "Mother's Day", "May Day"): the day, in the direction of the tense;
before, they were no date ("May Day" was read as the month of May)."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1989-10-26"  # a Thursday


@pytest.mark.parametrize("text,mention,value", [
    ("The museums were shut on Veterans Day.", "Veterans Day", "1988-11-11"),
    ("The museums will shut on Veterans Day.", "Veterans Day", "1989-11-11"),
    ("Wreaths were laid on Armistice Day.", "Armistice Day", "1988-11-11"),
    ("The banks closed for Columbus Day.", "Columbus Day", "1989-10-09"),
    ("The mayor spoke on Presidents' Day.", "Presidents' Day", "1989-02-20"),
    ("The mayor spoke on Presidents Day.", "Presidents Day", "1989-02-20"),
    ("Choirs performed on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
     "1989-01-16"),
    ("Choirs performed on Martin Luther King Day.", "Martin Luther King Day", "1989-01-16"),
    ("Florists ran out of roses on Mother's Day.", "Mother's Day", "1989-05-14"),
    ("Florists ran out of roses on Father's Day.", "Father's Day", "1989-06-18"),
    ("Pipers marched on St. Patrick's Day.", "St. Patrick's Day", "1989-03-17"),
    ("Pipers marched on St Patrick's Day.", "St Patrick's Day", "1989-03-17"),
    ("Dockers rallied on May Day.", "May Day", "1989-05-01"),
    ("Flags were raised on Flag Day.", "Flag Day", "1989-06-14"),
    ("Dockers will rally on May Day 1990.", "May Day 1990", "1990-05-01"),
])
def test_named_day(text, mention, value):
    assert value_of(text, REF, mention) == value
