"""Two years that date no act: a span that starts after the article's year, told with "will"
("deliveries … will run between 2027 and 2031": a plan), and a year range inside a title
("a forecast titled Chile Arms Outlook 2024-2029 …": a label) (``dating.choose_date``)."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Chile–Norway defence
period: {start: 2005, end: 2035}
topic:
  actors:
    Chile: [Chile, Chilean, Santiago]
    Norway: [Norway, Norwegian, Oslo, Kongsberg]
  terms: [military, defence, frigates, contract]
"""


def test_a_span_after_the_articles_year_told_with_will_is_a_plan(tmp_path):
    body = ("Norway to sell frigates\n\n"
            "Deliveries of the frigates to Chile from the Norwegian yard will run between "
            "2027 and 2031.")
    events = article_events(tmp_path, "2025-11-17", body, site_config(tmp_path, SITE))
    assert not [e for e in events if e.date.startswith("2027")]


def test_a_year_range_in_a_reports_name_is_a_label(tmp_path):
    body = ("Norway to sell frigates\n\n"
            "A consultancy's forecast, titled Chile Arms Outlook 2024-2029, expects Chilean "
            "military outlays on Norwegian frigates to double.")
    events = article_events(tmp_path, "2025-11-17", body, site_config(tmp_path, SITE))
    assert not [e for e in events if e.date.startswith("2024")]
