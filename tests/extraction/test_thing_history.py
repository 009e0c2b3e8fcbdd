"""A definite thing of the topic's kind, told with no side named and a word of its history
("The Xyz-class vessels were originally commissioned in 1989"), whose act is years before the
article, is that thing's own past, not the news; an act's noun ("The sale was approved in
2019") and a transaction ("were first ordered in 2019") stay the acts they tell."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = "Russia handed over four used Gepard-class frigates to Iran on Monday."


@pytest.mark.parametrize(("second", "date"), [
    ("The Gepard-class vessels were originally commissioned in 2002.", None),
    ("The four frigates first entered service in 2003 and were refitted later.", None),
    # near misses: an act's noun; a transaction; the thing's act this year
    ("The sale was approved in 2019, after years of talks.", "2019"),
    ("The four frigates were first ordered in 2019, after years of talks.", "2019"),
    ("The Gepard-class vessels were decommissioned in January 2024.", "2024-01"),
])
def test_a_things_history_is_no_event(tmp_path, second, date):
    events = article_events(tmp_path, "2024-05-15", LEAD + "\n\n" + second)
    assert [e.date for e in events if e.date != "2024-05-13"] == ([date] if date else [])
