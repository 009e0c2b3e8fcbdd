"""A sentence whose subject is both sides ("The two countries …") and which names a topic term
is on topic in an article about the topic, also when its verb is no action of the topic's kind
(concluding talks, opening negotiations). Invented wire copy."""

from __future__ import annotations

from one_article import article_events


def _dated(tmp_path, published, body):
    return sorted((e.date, e.title) for e in article_events(tmp_path, published, body))


def test_both_sides_concluding_talks_on_a_pact_is_an_event(tmp_path):
    body = ("Russia and Iran will sign a security cooperation pact next week, the Kremlin said on "
            "Monday.\n\nThe two countries concluded negotiations on the security pact on "
            "March 7, 2023.")
    dates = [d for d, _ in _dated(tmp_path, "2023-04-10", body)]
    assert "2023-03-07" in dates


def test_both_sides_with_no_topic_term_stay_off_topic(tmp_path):
    body = ("Russia and Iran will sign a security cooperation pact next week, the Kremlin said on "
            "Monday.\n\nThe two countries established diplomatic relations on March 7, 1992.")
    dates = [d for d, _ in _dated(tmp_path, "2023-04-10", body)]
    assert "1992-03-07" not in dates


def test_both_sides_in_an_article_off_the_topic_stay_off_topic(tmp_path):
    body = ("Brazil and Argentina agreed on a trade framework on Monday.\n\nThe two countries "
            "concluded negotiations on the security pact on March 7, 2023.")
    assert _dated(tmp_path, "2023-04-10", body) == []


def test_what_was_said_at_the_time_joins_the_event_just_told(tmp_path):
    body = ("Putin spoke by telephone with Raisi on March 26, the Kremlin said.\n\nThe two "
            "leaders discussed security cooperation, officials said at the time.")
    events = article_events(tmp_path, "2023-04-10", body)
    assert [e.date for e in events] == ["2023-03-26"]
    assert "officials said at the time" in events[0].sources[0].quote


def test_an_act_at_the_time_is_no_statement_and_keeps_its_event(tmp_path):
    body = ("Putin met Raisi in Moscow on March 26, the Kremlin said.\n\nThe two countries "
            "signed a security cooperation pact at the time.")
    dates = sorted(e.date for e in article_events(tmp_path, "2023-04-10", body))
    assert dates == ["2023-03-26", "2023-03-26"]
