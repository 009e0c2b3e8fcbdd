"""Two reports on one day and the next: the same verb done to another object, by another
doer, or to another ordinal of a thing is another act (review E, problem 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_counts


def _merged(tmp_path: Path, first: str, second: str) -> list[int]:
    return merged_counts(tmp_path, [("2024-06-03", first), ("2024-06-04", second)])


@pytest.mark.parametrize(("first", "second"), [
    # another object of the same verb
    ("Russian and Iranian officials signed a memorandum on air defence training in Isfahan "
     "on Monday.",
     "Russian and Iranian officials signed a memorandum on satellite launches in Isfahan "
     "on Tuesday."),
    # another ordinal of one thing
    ("Russia handed over the third batch of Yak-130 trainer jets to Iran at Shiraz air base on "
     "Monday, officials said.",
     "Russia handed over the fourth batch of Yak-130 trainer jets to Iran at Shiraz air base on "
     "Tuesday, officials said."),
    # no object, another doer; the port is no object of "arrived"
    ("A Russian destroyer arrived at the Iranian port of Chabahar on Monday ahead of joint "
     "manoeuvres.",
     "A Russian tanker arrived at the Iranian port of Chabahar on Tuesday ahead of joint "
     "manoeuvres."),
])
def test_another_act_on_the_next_day_is_not_merged(tmp_path, first, second):
    assert _merged(tmp_path, first, second) == [1, 1]


def test_one_act_told_on_the_day_and_the_next_is_merged(tmp_path):
    lead = ("Russia handed over the third batch of Yak-130 trainer jets to Iran at Shiraz air "
            "base on {day}, officials said.")
    assert _merged(tmp_path, lead.format(day="Monday"), lead.format(day="Tuesday")) == [2]
