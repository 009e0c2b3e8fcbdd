"""A year inside a relative clause in the pluperfect after its noun, with no comma before it
("… short of the trainers that had served for decades before their withdrawal in 2015"), is
the thing's history, told aside: long before the article, it dates no event
(``dating._clause_rank``, ``_PLUPERFECT_RELATIVE``)."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Chile–Norway defence
period: {start: 2005, end: 2030}
topic:
  actors:
    Chile: [Chile, Chilean, Santiago]
    Norway: [Norway, Norwegian, Oslo]
  terms: [military, frigates, jets, air force]
"""


def test_a_pluperfect_relative_clause_year_dates_no_event(tmp_path):
    body = ("Norway sells jets to Chile\n\n"
            "Norway signed a deal on Tuesday to sell 12 used jets to Chile, the Norwegian "
            "government said.\n\n"
            "The Chilean air force is still short of the trainers that had served its pilots "
            "for three decades before their withdrawal in 2015.")
    events = article_events(tmp_path, "2024-04-17", body, site_config(tmp_path, SITE))
    assert not [e for e in events if e.date.startswith("2015")]
    assert [e for e in events if e.date == "2024-04-16"]
