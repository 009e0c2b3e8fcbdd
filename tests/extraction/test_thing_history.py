"""A definite thing of the topic's kind, told with no side named and a word of its history
("The Abc-class boats were originally launched in 1995"), whose act is years before the
article, is that thing's own past, not the news; an act's noun ("The sale was approved in
2019") and a transaction ("were first ordered in 2019") stay the acts they tell."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = "Iran received three used Heron-class frigates from Russia on Monday."


@pytest.mark.parametrize(("second", "date"), [
    ("The Heron-class vessels were originally commissioned in 2001.", None),
    ("The three frigates first entered service in 2004 and were rearmed later.", None),
    # near misses: an act's noun; a transaction; the thing's act this year
    ("The sale was approved in 2018, after long negotiations.", "2018"),
    ("The three frigates were first ordered in 2018, after long negotiations.", "2018"),
    ("The Heron-class vessels were decommissioned in February 2024.", "2024-02"),
])
def test_a_things_history_is_no_event(tmp_path, second, date):
    events = article_events(tmp_path, "2024-05-15", LEAD + "\n\n" + second)
    assert [e.date for e in events if e.date != "2024-05-13"] == ([date] if date else [])
