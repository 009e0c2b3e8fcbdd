"""A year that a figure's change is measured from ("…, a <change noun> from <its figure> in
<year>", "an <change noun> over <its figure> of <year>") is the earlier figure's time, a
statistic's base, not the date of the sentence's act: no event for it; a year of the act
itself keeps its event.  Invented wire copy (issue 9, round en21)."""

from __future__ import annotations

import pytest
from one_article import article_events as _events

LEAD = ("TEHRAN, March 4 (Example Wire) - Iran and Russia signed a naval cooperation accord "
        "on Tuesday, the defence ministry said.\n\n")


@pytest.mark.parametrize("statistic", [
    "Tehran now spends $5 billion a year on Russian arms, a steep jump from its spending "
    "in 2019.",
    "Tehran now spends $5 billion a year on Russian arms, an increase over its outlay of "
    "2019.",
])
def test_a_change_base_year_gives_no_event(tmp_path, statistic):
    dates = sorted(e.date for e in _events(tmp_path, "2020-03-04", LEAD + statistic))
    assert dates == ["2020-03-03"]


def test_a_year_of_the_act_keeps_its_event(tmp_path):
    body = LEAD + "Iran bought Russian Yak-130 trainers in 2019, a rise in its arms spending."
    assert "2019" in {e.date for e in _events(tmp_path, "2020-03-04", body)}
