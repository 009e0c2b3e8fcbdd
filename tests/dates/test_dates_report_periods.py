"""A year's quarter or half named with its year inside the phrase, as earnings reports write
them (issue 14, round engine20): "the comparable 1988 quarter", "the same period of 1988",
"the 1989 first half" are that quarter or half, not the whole year (and not this year's
quarter, as "the comparable period" read alone before "of 1988" gave); a quarter of a game
("a third-quarter touchdown") is none."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

REF = "1989-10-26"  # a Thursday, in the fourth quarter
REPORT = "Net income rose in the third quarter ended Sept. 30. "

CASES = [
    # a year between "the comparable" (same, corresponding) and "quarter" or "period":
    # "the 1988 quarter" was read so already
    (REPORT + "Sales were $5 million in the comparable 1988 quarter.",
     "the comparable 1988 quarter", "1988-Q3"),
    (REPORT + "Sales were $5 million in the same 1988 period.", "the same 1988 period",
     "1988-Q3"),
    (REPORT + "Sales were $5 million in the corresponding 1988 quarter.",
     "the corresponding 1988 quarter", "1988-Q3"),
    # the year after the period: "of 1988", "in 1988"
    (REPORT + "In the comparable period of 1988, sales were $5 million.",
     "the comparable period of 1988", "1988-Q3"),
    (REPORT + "Sales rose from the same quarter of 1988.", "the same quarter of 1988",
     "1988-Q3"),
    (REPORT + "Sales rose from $4 million in the corresponding period in 1988.",
     "the corresponding period in 1988", "1988-Q3"),
    # after "the nine months" the 1988 period is a year, as "the 1988 period" is there
    ("For the nine months, net rose, against a loss in the same period of 1988.",
     "the same period of 1988", "1988"),
    # a half with its year before it, with or without "'s"
    ("Profit rose in the 1989 first half.", "the 1989 first half", "1989-H1"),
    ("Sales fell in the 1988 second half.", "the 1988 second half", "1988-H2"),
    ("Sales fell in 1988's second half.", "1988's second half", "1988-H2"),
    ("In the 1990 fiscal first half, sales will rise.", "the 1990 fiscal first half",
     "1990-H1"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_a_period_with_its_year_inside_the_phrase(text, mention, expected):
    assert value_of(text, REF, mention) == expected



@pytest.mark.parametrize("text", [
    # a quarter of a game is no quarter of a year
    "The Bears scored a third-quarter touchdown to win 21-17 on Sunday.",
    "The Lakers led by 10 in the fourth quarter of Sunday's game.",
    "He kicked two fourth-quarter field goals.",
    "Smith hit a three-pointer in the second quarter of the playoff game.",
])
def test_a_quarter_of_a_game_is_no_date(text):
    assert not any("quarter" in t for t in mention_texts(text, REF))


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # a firm's quarter stays one, whatever follows it
    ("The firm set a fourth-quarter goal of $5 million in sales.", "fourth-quarter",
     "1989-Q4"),
    ("Sales rose in the fourth quarter of 1989.", "the fourth quarter of 1989", "1989-Q4"),
    ("Sales rose in the third quarter. The game was delayed.", "the third quarter", "1989-Q3"),
])
def test_a_firms_quarter_stays_a_date(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # a quarter two or more before the reference's, told as ahead, is next year's
    ("The company expects to complete the sale by the end of the first quarter.",
     "the first quarter", "1990-Q1"),
    ("The company expects the plant to open in the second quarter.", "the second quarter",
     "1990-Q2"),
    # not the quarter just over (its results come after it), nor a fiscal quarter, nor a past
    # act's
    ("The company will report third-quarter results next week.", "third-quarter", "1989-Q3"),
    ("The company will report its fiscal first-quarter results in January.",
     "its fiscal first-quarter", "1989-Q1"),
    ("The plant opened in the first quarter.", "the first quarter", "1989-Q1"),
])
def test_a_quarter_told_as_ahead(text, mention, expected):
    assert value_of(text, REF, mention) == expected
