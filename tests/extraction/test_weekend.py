"""An act done "over the weekend" or "this weekend" happened then: it is dated by the
weekend's Saturday, "c." (two days, told as the first); "over the past year" stays a span."""

from __future__ import annotations

from one_article import article_events

LEAD = ("Russia has made a secret delivery of surface-to-air missile systems to the Iranian "
        "military, according to reports.\n\n")


def test_an_act_over_the_weekend_is_dated_by_its_saturday(tmp_path):
    body = LEAD + ("Reports claim the delivery of missiles was made over the weekend as Russian "
                   "transport planes landed in Tehran.")
    events = article_events(tmp_path, "2022-04-11", body)  # a Monday
    assert [(e.date, e.approximate) for e in events] == [("2022-04-09", True)]


def test_this_weekend_too(tmp_path):
    body = ("Iran has received a Russian air defence system as part of a covert operation this "
            "weekend, officials in Tehran said.")
    events = article_events(tmp_path, "2022-04-11", body)
    assert [(e.date, e.approximate) for e in events] == [("2022-04-09", True)]


def test_over_the_past_year_is_still_a_span(tmp_path):
    body = ("Russia has delivered dozens of drones to Iran over the past year, officials in "
            "Tehran said.")
    events = article_events(tmp_path, "2022-04-11", body)
    assert [(e.date, e.approximate) for e in events] == [("2022-04-11", True)]  # the lead's day


def test_a_weekend_named_by_its_day_is_that_day(tmp_path):
    # review F: "the weekend of October 4" is not the weekend before the article
    body = ("Iran and Russia held joint naval drills over the weekend of October 4 in the "
            "Caspian Sea, officials said.")
    events = article_events(tmp_path, "2025-10-15", body)
    assert [e.date for e in events] == ["2025-10-04"]
