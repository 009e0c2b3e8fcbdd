"""A lead with no date of its own that tells a deal ("has agreed a $2 billion deal for
warplanes", an agreement) and a later sentence of the week before that tells the purchase with
its own date ("… on Friday, … would buy 12 fighter jets", an arms deal) are one act told
twice: the dated sentence is the event, the lead no second one (``extraction._restates``:
an agreement and an arms deal are kinds of one deal)."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Chile–Norway defence
period: {start: 2005, end: 2030}
topic:
  actors:
    Chile: [Chile, Chilean, Santiago, Rojas]
    Norway: [Norway, Norwegian, Oslo]
  terms: [military, fighter jets, warplanes, deal]
"""


def test_the_lead_deal_and_the_dated_purchase_are_one_event(tmp_path):
    body = ("Chile buys warships\n\n"
            "Chile has agreed a $2 billion deal for Norwegian warplanes, President Ana Rojas "
            "said.\n\n"
            "Speaking at an air base on Friday, Rojas said Chile would buy 12 Norwegian "
            "fighter jets.")
    events = article_events(tmp_path, "2025-11-15", body, site_config(tmp_path, SITE))
    assert [e.date for e in events] == ["2025-11-14"]
