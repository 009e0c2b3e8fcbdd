"""A sentence whose subject is both sides ("The two sides …") and which names a topic term is
on topic in an article about the topic, also when its verb is no action of the topic's kind
(finishing talks, opening them). Invented wire copy."""

from __future__ import annotations

import pytest
from one_article import article_events


def _dated(tmp_path, published, body):
    return sorted((e.date, e.title) for e in article_events(tmp_path, published, body))


def test_both_sides_concluding_talks_on_a_pact_is_an_event(tmp_path):
    body = ("Russia and Iran will sign a security cooperation pact next week, the Kremlin said on "
            "Monday.\n\nThe two sides finished their talks about the security pact on "
            "June 12, 2022.")
    dates = [d for d, _ in _dated(tmp_path, "2023-04-10", body)]
    assert "2022-06-12" in dates


def test_both_sides_with_no_topic_term_stay_off_topic(tmp_path):
    body = ("Russia and Iran will sign a security cooperation pact next week, the Kremlin said on "
            "Monday.\n\nThe two sides opened embassies in each other's capitals on June 12, 1992.")
    dates = [d for d, _ in _dated(tmp_path, "2023-04-10", body)]
    assert "1992-06-12" not in dates


def test_both_sides_in_an_article_off_the_topic_stay_off_topic(tmp_path):
    body = ("Brazil and Argentina agreed on a trade framework on Monday.\n\nThe two sides "
            "finished their talks about the security pact on June 12, 2022.")
    assert _dated(tmp_path, "2023-04-10", body) == []


def test_what_was_said_at_the_time_joins_the_event_just_told(tmp_path):
    body = ("Putin received Raisi at his residence near Moscow on February 9, the Kremlin "
            "said.\n\nThe two sides reviewed plans for joint naval drills, aides noted at the time.")
    events = article_events(tmp_path, "2023-04-10", body)
    assert [e.date for e in events] == ["2023-02-09"]
    assert "aides noted at the time" in events[0].sources[0].quote


def test_an_act_at_the_time_is_no_statement_and_keeps_its_event(tmp_path):
    body = ("Putin received Raisi at his residence near Moscow on February 9, the Kremlin "
            "said.\n\nThe two sides signed a security cooperation pact at the time.")
    dates = sorted(e.date for e in article_events(tmp_path, "2023-04-10", body))
    assert dates == ["2023-02-09", "2023-02-09"]


def test_a_statement_later_that_day_keeps_its_own_event(tmp_path):
    # only "at the time" joins the event just told: "later in the day" tells a time of its own
    body = ("Putin received Raisi at his residence near Moscow on February 9, the Kremlin "
            "said.\n\nLater in the day, Russia announced it would deliver Su-35 jets to Iran, "
            "the defence ministry said.")
    events = article_events(tmp_path, "2023-04-10", body)
    assert sorted(e.date for e in events) == ["2023-02-09", "2023-02-09"]
    assert not any("Later in the day" in e.sources[0].quote and "received" in e.sources[0].quote
                   for e in events)


@pytest.mark.parametrize("after", [
    "The two countries established consulates in 1957 and have widened their cooperation since.",
    "Both countries were hit by a storm on June 12, 2022, which slowed their cooperation.",
])
def test_a_topic_term_after_the_date_is_another_clauses(tmp_path, after):
    # the term must be among the act's own words, before its date
    body = ("Russia and Iran will sign a security cooperation pact next week, the Kremlin said on "
            f"Monday.\n\n{after}")
    dates = [d for d, _ in _dated(tmp_path, "2023-04-10", body)]
    assert dates == ["2023-04-10"]
