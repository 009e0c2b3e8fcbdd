"""A page that prints its lead paragraph twice (a summary, then the wire copy) gives one event,
and the sentence that goes on after the second copy with what the act comprised ("They
cover …") joins that event's quote, though the copy it followed is the one
dropped.  Invented wire copy (issue 9, round en21)."""

from __future__ import annotations

from one_article import article_events as _events

LEAD = ("Iran's navy announced on March 3 that it had concluded nine deals with Russian "
        "shipyards at a naval show in Bandar Abbas.")
BODY = ("Naval show deals\n\n" + LEAD + "\n\nBandar Abbas (Example Wire) - " + LEAD + "\nThey "
        "cover the refit of two Yak-130 training jets and a floating dock, officers added.")


def test_what_the_act_comprised_joins_the_kept_copy(tmp_path):
    events = _events(tmp_path, "2022-03-03", BODY)
    assert [e.date for e in events] == ["2022-03-03"]
    assert "Yak-130" in events[0].sources[0].quote


def test_a_content_verb_after_a_single_lead_joins_its_quote(tmp_path):
    body = "Naval show deals\n\n" + LEAD + " They comprise the refit of two Yak-130 training jets."
    events = _events(tmp_path, "2022-03-03", body)
    assert [e.date for e in events] == ["2022-03-03"]
    assert "Yak-130" in events[0].sources[0].quote
