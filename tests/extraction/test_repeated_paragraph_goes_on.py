"""A page that prints its lead paragraph twice (a summary, then the wire copy) gives one event,
and the sentence that goes on after the second copy with what the act comprised ("They
include the purchase of …") joins that event's quote, though the copy it followed is the one
dropped.  Invented wire copy (issue 9, round en21)."""

from __future__ import annotations

from one_article import article_events as _events

LEAD = ("Iran's defence ministry said on May 26 that it had signed 12 contracts with Russian "
        "suppliers during the Kish arms fair.")
BODY = ("Kish contracts\n\n" + LEAD + "\n\nKish (Example Wire) - " + LEAD + "\nThey include the "
        "purchase of 10 Yak-130 trainers and two radar stations, the ministry said.")


def test_what_the_act_comprised_joins_the_kept_copy(tmp_path):
    events = _events(tmp_path, "2023-05-26", BODY)
    assert [e.date for e in events] == ["2023-05-26"]
    assert "Yak-130" in events[0].sources[0].quote


def test_a_content_verb_after_a_single_lead_joins_its_quote(tmp_path):
    body = "Kish contracts\n\n" + LEAD + " They include the purchase of 10 Yak-130 trainers."
    events = _events(tmp_path, "2023-05-26", body)
    assert [e.date for e in events] == ["2023-05-26"]
    assert "Yak-130" in events[0].sources[0].quote
