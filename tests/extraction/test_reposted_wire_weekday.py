"""A wire story a site reposts days after its dateline: its weekdays count from the
dateline's day, not from the page's date ("CITY, Oct. 17 (Agency) -- … on Wednesday" on a
page of Thursday 20 October 2022 is Wednesday 12 October, the Wednesday before the wire was
written, not the page's Wednesday the 19th)."""

from __future__ import annotations

import pytest
from one_article import article_events

STORY = ("ASTARA, {day} (Example Wire) -- Iran and Russia signed a memorandum on river "
         "patrols on Wednesday, the Iranian border guard said.")


@pytest.mark.parametrize(("day", "date"), [
    ("Oct. 17", "2022-10-12"),  # reposted three days later: the wire's Wednesday
    ("Oct. 20", "2022-10-19"),  # posted the day it was written: the page's Wednesday
])
def test_weekday_of_a_reposted_wire(tmp_path, day, date):
    events = article_events(tmp_path, "2022-10-20", STORY.format(day=day))
    assert [e.date for e in events] == [date]
