"""A month, day, season, quarter or half "of that year" / "of the following year" is of the
year the text told before (or the year after or before it), one mention, never the
reference's year."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

REF = "2019-10-16"  # a Wednesday

TOLD = [
    ("The navy left the port in 2015. In March of that year, the ships came back.",
     "March of that year", "2015-03"),
    ("The navy left the port in 2015. In March that year, the ships came back.",
     "March that year", "2015-03"),
    ("The navy left the port in 2015. In May of the same year, the ships came back.",
     "May of the same year", "2015-05"),
    ("The navy left the port in 2015. In March of the following year, the ships came back.",
     "March of the following year", "2016-03"),
    ("The navy left the port in 2015. In December of the previous year, it had been refitted.",
     "December of the previous year", "2014-12"),
    ("The navy left the port in 2015. In the autumn of that year, the ships came back.",
     "autumn of that year", "2015-FA"),
    ("The navy left the port in 2015. By the spring of the next year, the ships came back.",
     "spring of the next year", "2016-SP"),
    ("The plant opened on May 5, 2014. In the third quarter of that year, output fell.",
     "the third quarter of that year", "2014-Q3"),
    ("The plant opened on May 5, 2014. In the second half of the following year, output fell.",
     "the second half of the following year", "2015-H2"),
    ("The navy left the port in 2015. On March 3 of the following year, the ships came back.",
     "March 3 of the following year", "2016-03-03"),
    # a weekday told between (its year is the reference's, never written) does not count
    ("Iran bought the tanks in 2011. Officials said on Monday that in June of that year the "
     "first ones came.", "June of that year", "2011-06"),
    # with no date told before, "the following year" counts from the reference
    ("In November of the previous year, the ships had been refitted.",
     "November of the previous year", "2018-11"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), TOLD)
def test_period_of_a_year_told_before(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize("text", [
    "In March of that year, the ships came back.",  # no year told: never guessed
    "The 1990s were hard. In March of that year, the ships came back.",  # only a decade
    "The envoy spoke on Monday. In March of that year, the ships came back.",  # a weekday
])
def test_that_year_with_no_year_told_is_left_out(text):
    assert not [t for t in mention_texts(text, REF) if "March" in t]


def test_year_end_after_that_is_no_year_of_the_month():
    assert mention_texts("He said in March that year-end profit would fall.", REF) == ["March"]
