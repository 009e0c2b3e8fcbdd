"""Invented wire sentences for review A's English problems (plans, history, statistics)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import find_mentions
from chronology.extraction.dating import choose_date
from chronology.extraction.sentences import quoted_spans


def _dated(sentence: str, today: dt.date = dt.date(2023, 9, 4)) -> str | None:
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, today),
                         quoted_spans(sentence))
    return dating.mention.text if dating else None


@pytest.mark.parametrize(("sentence", "expected"), [
    # a plan in the reference's own month is still a plan
    ("Defence Minister Arjun Rao is scheduled to travel to Moscow later this month.", None),
    ("The second frigate is due to join the fleet in September, the navy said.", None),
    ("The corvette is expected to reach Karachi later this month.", None),
    # an act already done this month keeps its date
    ("The second frigate joined the fleet earlier this month, the navy said.", "earlier this month"),
])
def test_a_plan_in_the_references_month_is_no_event(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # earlier editions of a series, named by an ordinal standing for the noun, are history
    ("It is the fourth edition of the drill, following the first off Gwadar in March 2019 and "
     "the second in Qingdao in May 2021.", None),
    ("The ministers held talks on the same day, the second such meeting after the first in "
     "Manila in June 2022.", None),
    ("The talks were the third since the previous one held in Ankara in October 2022.", None),
    # an act of its own after "after" keeps its date
    ("More troops arrived after talks in August 2023.", "August 2023"),
])
def test_earlier_editions_do_not_date_events(sentence, expected):
    assert _dated(sentence) == expected
