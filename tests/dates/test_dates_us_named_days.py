"""The named days of the United States' calendar are listed once (en.US_NAMED_DAYS: the key,
the name as written and the date): the gate, the tagger's rule and the dates all read it."""

from __future__ import annotations

import string

import pytest
from datecases import value_of

from chronology.dates import periods
from chronology.languages import en

REF = "1998-01-08"


@pytest.mark.parametrize("key", sorted(en.US_NAMED_DAYS))
def test_each_listed_day_is_found_and_dated(key):
    name = string.capwords(key)
    value = value_of(f"The parade in Dunmore Falls was held on {name}.", REF, name)
    assert value == periods.HOLIDAYS[key](1997).isoformat()


@pytest.mark.parametrize("text,mention,value", [
    ("The fair in Corrow opened on Columbus Day.", "Columbus Day", "1997-10-13"),
    ("Choirs in Penmarsh sang on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
     "1997-01-20"),
    ("Veterans' Day brought a march to Ellery.", "Veterans' Day", "1997-11-11"),
])
def test_spellings_of_listed_days(text, mention, value):
    assert value_of(text, REF, mention) == value
