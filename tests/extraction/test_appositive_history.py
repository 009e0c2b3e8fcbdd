"""A date in an appositive's participle dates the thing it describes, not the act (issue 9,
round en25): "…, a training simulator acquired from Germany in 2014, …" tells the
simulator's history.  Invented wire copy."""

from __future__ import annotations

import pytest
from one_article import article_events as _events

LEAD = ("TEHRAN, Aug. 9 (Reuters) - Russian navy chief Admiral Ivan Petrov visited Iran on "
        "Thursday for talks with Iranian commanders.\n\n")


@pytest.mark.parametrize("aside", [
    "The visit included a tour of the Iranian submarine trainer, a costly training asset "
    "acquired from Germany in 2014, and a briefing on the dock project.",
    "Petrov inspected the Russian-built frigate Sahand, the second warship delivered to the "
    "fleet in 2019, at Bandar Abbas.",
])
def test_an_appositive_participle_year_gives_no_event(tmp_path, aside):
    dates = sorted(e.date for e in _events(tmp_path, "2024-08-09", LEAD + aside))
    assert dates == ["2024-08-08"]


def test_an_appositive_with_a_finite_verb_keeps_its_date(tmp_path):
    body = LEAD + ("Iran and Russia held naval drills in the Caspian Sea, a ship carried the "
                   "Russian marines to Bandar Anzali in March.")
    dates = sorted(e.date for e in _events(tmp_path, "2024-08-09", body))
    assert "2024-03" in dates
