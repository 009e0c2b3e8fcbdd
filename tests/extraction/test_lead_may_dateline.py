"""A dateline in May ("TEHRAN, May 3 (Wire) -") is a month, not the auxiliary "may": the lead
after it still tells the day's news (the wire convention, issue 9 item 3)."""

from one_article import article_events

from chronology.extraction.news_lead import reports_an_action

LEAD = "Iran and Russia have formed a joint naval task force in the Caspian Sea."


def test_a_lead_after_a_may_dateline_tells_an_act():
    for dateline in ("TEHRAN, May 3 (Wire) - ", "TEHRAN, 3 May (Wire) - ", "TEHRAN, June 3 (Wire) - "):
        assert reports_an_action(dateline + LEAD)
    assert not reports_an_action("Iran may form a joint naval task force with Russia.")
    assert reports_an_action("In May, Iran and Russia formed a joint naval task force.")
    assert not reports_an_action("May Iran and Russia form a joint naval task force?")


def test_the_lead_is_dated_by_its_may_dateline(tmp_path):
    events = article_events(tmp_path, "2025-05-03", "TEHRAN, May 3 (Wire) - " + LEAD)
    assert [e.date for e in events] == ["2025-05-03"]
