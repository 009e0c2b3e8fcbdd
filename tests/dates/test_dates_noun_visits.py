"""A base form after a determiner and a modifier is a noun ("the state visit", "his official
visit"), no schedule looking ahead: a month beside it in a past sentence goes back.  A plural
subject before the base form ("the leaders meet") is still a schedule."""

from __future__ import annotations

import pytest
from datecases import value_of

FEBRUARY = "2024-02-06"

CASES = [
    ("During the state visit to Riyadh in October, the office said talks were in the final "
     "stage.", FEBRUARY, "October", "2023-10"),
    ("At the time of his official visit in October, the minister hinted that a deal was near.",
     FEBRUARY, "October", "2023-10"),
    ("Kim's working visit in October ended with a new accord.", FEBRUARY, "October", "2023-10"),
    # near misses: a schedule in the present, by a plural or a named subject
    ("The defence ministers meet in October to sign the accord.", FEBRUARY, "October",
     "2024-10"),
    ("Putin and Kim meet in October, the Kremlin said.", FEBRUARY, "October", "2024-10"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), CASES)
def test_noun_visits(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected
