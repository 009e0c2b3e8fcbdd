"""Year-ago comparisons count from the period reported on (issue 14): a forecast is not
reported on, and a period already a year before the reported one is the year-ago period."""

from __future__ import annotations

import pytest
from datecases import value_of

REF = "1989-10-26"  # a Thursday, in the fourth quarter

CASES = [
    # A forecast quarter named last is not the one the results are compared with.
    ("Profit rose in the third quarter. Analysts expect weakness through the third quarter "
     "of 1990. In the year-ago period, the company lost money.", "the year-ago period",
     "1988-Q3"),
    # The quarter under way is not reported on yet.
    ("Third-quarter sales fell, and the drop will continue into the fourth quarter. In the "
     "year-earlier quarter, sales had risen.", "the year-earlier quarter", "1988-Q3"),
    # A period already a year before the reported one is the year-ago period itself.
    ("For the nine months, net rose, against a loss in the 1988 period. The year-ago "
     "results included a large charge.", "The year-ago", "1988"),
    ("Net rose in the third quarter. Last year the plant was shut. The year-earlier "
     "figures were restated.", "The year-earlier", "1988"),
    # Otherwise a year before the period named last, as before.
    ("Profit rose in the third quarter, compared with year-earlier profit of $4 million.",
     "year-earlier", "1988-Q3"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_year_ago_comparisons(text, mention, expected):
    assert value_of(text, REF, mention) == expected
