"""A state institution named first with its country ("the Chilean Defence Ministry") and later
bare ("The MoD on <date> picked …", "…, the Defence Ministry added") is that country's
(``people.Cast.institutions_named``): the bare sentence names its side."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Chile–Norway defence
period: {start: 2005, end: 2030}
topic:
  actors:
    Chile: [Chile, Chilean, Santiago]
    Norway: [Norway, Norwegian, Oslo]
  terms: [military, air defence, NASAMS, selection, licence]
"""


def test_a_bare_ministry_is_the_one_named_with_its_country_before(tmp_path):
    body = ("Chile picks an air defence system\n\n"
            "The Chilean MoD ran field trials of three systems for two years.\n\n"
            "The MoD on 14 March picked NASAMS as the winner of those trials.\n\n"
            "\"Officials cleared the licence to export it on May 2,\" the Defence Ministry "
            "added.")
    events = article_events(tmp_path, "2024-06-20", body, site_config(tmp_path, SITE))
    dates = {e.date for e in events}
    assert "2024-03-14" in dates and "2024-05-02" in dates


def test_a_bare_ministry_after_another_countrys_names_no_side(tmp_path):
    body = ("Chile picks an air defence system\n\n"
            "The Peruvian MoD is watching the Chilean tender closely.\n\n"
            "The MoD on 14 March picked NASAMS as the winner of those trials.")
    events = article_events(tmp_path, "2024-06-20", body, site_config(tmp_path, SITE))
    assert not any(e.date == "2024-03-14" for e in events)
