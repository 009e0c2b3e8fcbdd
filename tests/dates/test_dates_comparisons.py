"""Year-ago comparisons count from the period reported on (issue 14): a forecast is not
reported on, and a period already a year before the reported one is the year-ago period."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import value_of

from chronology.dates import find_mentions
from chronology.extraction.dating import choose_date

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


LAST_YEAR_COMPARED = [
    # "last year" right after a figure compared, in a report of a quarter or half: that
    # period a year before, as "a year ago" is there
    ("In the latest quarter, the insurer lost $23 million, compared with earnings of $33 "
     "million last year.", "last year", "1988-Q3"),
    ("Net rose to 78 cents a share in the third quarter from 60 cents a share last year.",
     "last year", "1988-Q3"),
    ("Third-quarter sales were 2% higher than last year.", "last year", "1988-Q3"),
    ("Sales rose in the first half of the year, to $9 million from $7 million last year.",
     "last year",
     "1988-H1"),
    # the quarter "last year's quarter" names is still the one reported on
    ("Net sales for this year's third quarter fell from $21 million last year. Sales for "
     "last year's quarter included Britain.", "last year's quarter", "1988-Q3"),
    # not a figure compared, nor a thing of the year, nor with no quarter told: the year
    ("The company earned $5 million last year.", "last year", "1988"),
    ("Sales rose 5% in the third quarter, more than for all of last year.", "last year",
     "1988"),
    ("Third-quarter results include a charge from last year's restructuring.", "last year",
     "1988"),
    ("In the third quarter, the firm, which cut 300 jobs last year, earned more.",
     "last year", "1988"),
    # a quarter of another sentence: this sentence may tell another period ("In the second
    # half", unnamed by a date), so "last year" stays the year
    ("Tupolev reported third-quarter profit of $40 million. In the second half, the plant "
     "built 10 airliners, against 6 last year.", "last year", "1988"),
    ("Mostar Arms said its third-quarter exports were worth $3 billion. Sales to Chile "
     "reached $1 billion, up from $600 million last year, when it shipped its first radars "
     "there.", "last year", "1988"),
    # "last year, when …": the clause tells what happened in the year
    ("Third-quarter sales to Chile reached $1 billion, up from $600 million last year, when "
     "the firm shipped its first radars there.", "last year", "1988"),
    # "the quarter" names, in its own sentence, the quarter told before
    ("Tupolev reported third-quarter profit of $40 million. Sales in the quarter rose to $2 "
     "billion from $1.5 billion last year.", "last year", "1988-Q3"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), LAST_YEAR_COMPARED)
def test_last_year_after_a_figure_compared_is_the_period_a_year_before(text, mention,
                                                                        expected):
    assert value_of(text, REF, mention) == expected


WHOLE_PERIODS = [
    # "the full year" is the year reported on, not a forecast year named in passing.
    ("Profit rose in the third quarter. The new plant opens in 1992. For the full year, "
     "profit will rise.", "the full year", "1989"),
    ("Kellogg forecast an increase for the full year.", "the full year", "1989"),
    ("Sales fell in 1987, and for the whole year the loss was large.", "the whole year",
     "1987"),
    ("Profit will rise in 1990, and for the full year margins will widen.", "the full year",
     "1990"),
    # Two quarters of a year are its half.
    ("Sales will fall through the first two quarters of 1990.",
     "the first two quarters of 1990", "1990-H1"),
    ("Sales rose in the last two quarters of the year.", "the last two quarters of the year",
     "1989-H2"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), WHOLE_PERIODS)
def test_whole_periods(text, mention, expected):
    assert value_of(text, REF, mention) == expected


SEQUENTIAL = [
    # "the previous quarter" after a quarter named is the one before it, not the one
    # before the reference's.
    ("Profit rose in the third quarter from the previous quarter.", "the previous quarter",
     "1989-Q2"),
    ("Profit rose 5% in the second quarter of 1988 from the preceding quarter.",
     "the preceding quarter", "1988-Q1"),
    # "the latest quarter" is the one reported on, named before it; else the latest over.
    ("Sales rose in the fiscal second quarter. The latest quarter included a gain.",
     "The latest quarter", "1989-Q2"),
    ("The latest quarter included a gain.", "The latest quarter", "1989-Q3"),
    # With none named, the quarter before the reference's.
    ("Sales fell in the prior quarter.", "the prior quarter", "1989-Q3"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SEQUENTIAL)
def test_sequential_quarters(text, mention, expected):
    assert value_of(text, REF, mention) == expected


MONTH_QUARTERS_AND_FISCAL_HALVES = [
    # A month before "quarter" names the quarter ending in it (in the month's own year).
    ("Net rose in the September quarter.", "the September quarter", "1989-Q3"),
    ("Net will rise in the December quarter.", "the December quarter", "1989-Q4"),
    ("Net rose in the June quarter, up from the year-earlier quarter.",
     "the year-earlier quarter", "1988-Q2"),
    # A half of a fiscal year is a half, not the year.
    ("Sales rose in the second half of fiscal 1989.", "the second half of fiscal 1989",
     "1989-H2"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), MONTH_QUARTERS_AND_FISCAL_HALVES)
def test_month_quarters_and_fiscal_halves(text, mention, expected):
    assert value_of(text, REF, mention) == expected


def test_a_year_told_by_its_act_dates_that_act():
    """"… up from $600 million last year, when the firm delivered …" after a sentence of
    quarterly figures: the delivery is dated by the year (the quarter of the sentence before
    gave it a quarter's value, and no date)."""
    text = ("Mostar Arms said its first-quarter exports were worth $3 billion. Sales to Chile "
            "reached $1 billion, up from $600 million last year, when the firm delivered the "
            "first radar systems to Chile.")
    start = text.index("Sales")
    dating = choose_date(text, start, len(text), find_mentions(text, dt.date(2019, 5, 10)), [])
    assert (dating.mention.text, dating.mention.value) == ("last year", "2018")
