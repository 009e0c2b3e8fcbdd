"""The six months of a half called a period ("the January-June period") are that half, as
three months so called are their quarter; "the same period last year" after it is the half a
year before."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1998-08-12"

TEXT = ("Grain imports in the January-June period reached 4 million tons, up 3 percent from "
        "the same period last year.")


@pytest.mark.parametrize("text,mention,value", [
    (TEXT, "the January-June period", "1998-H1"),
    (TEXT, "the same period last year", "1997-H1"),
    ("Wool exports in the July-December period will rise.", "the July-December period",
     "1998-H2"),
    ("Wool exports in the April-June period rose.", "the April-June period", "1998-Q2"),
    ("Wool exports rose in January-June.", "January-June", "1998-01"),  # no period named
])
def test_half_ranges(text, mention, value):
    assert value_of(text, REF, mention) == value
