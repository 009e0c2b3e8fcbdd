"""A later sentence whose subject is the thing of a day, named by that day ("<Weekday>'s contract
was sealed aboard …"), tells again the event an earlier sentence of that day told ("… signed a
contract on <Weekday> …"): one event, not two (``extraction._retells``)."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Chile–Norway defence
period: {start: 2005, end: 2030}
topic:
  actors:
    Chile: [Chile, Chilean, Santiago]
    Norway: [Norway, Norwegian, Oslo]
  terms: [military, air defence, frigates, deal]
"""


def test_the_days_deal_told_again_is_one_event(tmp_path):
    body = ("Chile buys Norwegian frigates\n\n"
            "On Tuesday Chile's navy chief signed a contract for two frigates from Norway, "
            "officials in Oslo said.\n\n"
            "The ships will be handed over next year after a refit.\n\n"
            "Tuesday's contract was sealed aboard a Norwegian frigate in Bergen.")
    events = article_events(tmp_path, "2024-06-19", body, site_config(tmp_path, SITE))
    assert [e.date for e in events].count("2024-06-18") == 1


def test_the_days_other_thing_stays_apart(tmp_path):
    body = ("Chile buys Norwegian frigates\n\n"
            "On Tuesday Chile's navy chief signed a contract for two frigates from Norway, "
            "officials in Oslo said.\n\n"
            "Tuesday's exercise was held off Valparaiso with a Norwegian frigate.")
    events = article_events(tmp_path, "2024-06-19", body, site_config(tmp_path, SITE))
    assert [e.date for e in events].count("2024-06-18") == 2
