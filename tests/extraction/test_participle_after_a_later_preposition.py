"""A year right after a past participle that ends a noun phrase, after a main clause of its
own ("… passed on the third of its ships out of the six promised in 2022, …, the minister
said on Monday"): the year is the promise's, not the handing over's
(``dating._reduced_relative``, which reads every preposition of the window, the nearer ones
too, not only the first)."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Chile–Norway defence
period: {start: 2005, end: 2030}
topic:
  actors:
    Chile: [Chile, Chilean, Santiago]
    Norway: [Norway, Norwegian, Oslo, Haugen]
  terms: [military, frigates, navy]
"""


def test_the_year_of_a_participle_after_the_nearer_preposition(tmp_path):
    body = ("Norway hands over a frigate\n\n"
            "Norway has passed to Chile the third of its older frigates out of the six "
            "promised in 2022, with the others to follow, Norwegian Defence Minister "
            "Lene Haugen said on Monday.")
    events = article_events(tmp_path, "2024-06-19", body, site_config(tmp_path, SITE))
    assert [e.date for e in events] == ["2024-06-17"]
