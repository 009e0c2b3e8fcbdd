"""A month or season with its year's century left out (issue 14, round engine20): "March
'88", "the summer of '88", "fall '89" are that month or season of the year the short year
gives ("in '89": the year with those digits at most ten years after the reference's), one
mention; before, the month or season took the reference's year (1989) and "'88" was read
apart, or not at all after a bare month."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

REF = "1989-10-26"

CASES = [
    ("The plant opened in March '88.", "March '88", "1988-03"),
    ("The plant opened in March of '88.", "March of '88", "1988-03"),
    ("It happened in the summer of '88.", "summer of '88", "1988-SU"),
    ("The line was launched in fall ’87.", "fall ’87", "1987-FA"),
    ("Deliveries start in spring '91.", "spring '91", "1991-SP"),
    ("The law passed in late May '85.", "late May '85", "1985-05"),
    # ten years ahead at most, as "in '89" is
    ("The mine closed in June '62.", "June '62", "1962-06"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_a_month_or_season_with_a_short_year(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize("text", [
    "The plant opened in March '88.",
    "It happened in the summer of '88.",
])
def test_one_mention(text):
    assert len(mention_texts(text, REF)) == 1, mention_texts(text, REF)


def test_a_title_after_the_month_is_no_year():
    # "'60 Minutes" is a programme, as it is after "in" ("in '60 Minutes", ``shortyear``)
    assert mention_texts("In March '60 Minutes' aired the interview.", REF) == ["March"]
