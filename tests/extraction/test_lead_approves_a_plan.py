"""A wire lead whose verb endorses or adopts a plan ("<Body> has <done verb> a <modifier> plan
to <verb> <things>") tells a done act: it is the day's event, dated by the dateline, not a
plan to be left out; a lead whose own verb plans or intends still tells no act.  A statement
later in the lead's paragraph that tells the same act again keeps the lead's headline.
Invented wire copy (issue 9, round en21)."""

from __future__ import annotations

from one_article import article_events as _events

HEAD = "Interceptors Endorsed\n\n"
DATELINE = "TEHRAN (Example Wire) — "


def test_a_lead_endorsing_a_plan_tells_the_endorsement(tmp_path):
    body = HEAD + DATELINE + ("Iran's cabinet has endorsed an air force plan to purchase "
                              "Russian Su-35 interceptors for roughly $4 billion.")
    events = _events(tmp_path, "2023-09-27", body)
    assert [e.date for e in events] == ["2023-09-27"]
    assert "endorse" in events[0].title.lower()


def test_a_lead_whose_verb_intends_tells_no_act(tmp_path):
    body = HEAD + DATELINE + ("Iran's cabinet intends to purchase Russian Su-35 interceptors "
                              "for roughly $4 billion.")
    assert _events(tmp_path, "2023-09-27", body) == []


def test_a_later_statement_of_the_lead_keeps_the_leads_headline(tmp_path):
    body = HEAD + DATELINE + ("Iran's cabinet has endorsed an air force plan to purchase 18 "
                              "Russian Su-35 interceptors for roughly $4 billion. Officials "
                              "called it a landmark order. Defence Minister Ashtiani told "
                              "reporters on Wednesday that deliveries of the 18 Su-35 "
                              "interceptors would begin in 2025 and end by 2027.")
    events = _events(tmp_path, "2023-09-27", body)
    assert [e.date for e in events] == ["2023-09-27"]
    assert "endorse" in events[0].title.lower()
