"""A sentence that names no side but whose subject is one bare plural that is a topic term, told
of by an on-topic sentence before ("… fell behind on its payments. Payments were stopped in
March 2018 …"), continues the story (``told_things.bare_subject_head``, ``thing_told``)."""

from __future__ import annotations

from one_article import article_events

from chronology.config import load_config

SITE = """title: Korea–Indonesia defence
period: {start: 2005, end: 2030}
topic:
  actors:
    South Korea: [South Korea, South Korean, Seoul]
    Indonesia: [Indonesia, Indonesian, Jakarta]
  terms: [fighter, payments, development]
"""

BODY = ("Fighter payments stall\n\n"
        "SEOUL -- Jakarta's share of the joint fighter project with Seoul has been in doubt "
        "for years because of its late payments. Payments were stopped in March 2018 before "
        "being restarted in May 2021. Prices were raised in June 2020, a trade group said.")


def test_a_bare_plural_topic_term_told_before_continues_the_story(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text(SITE, encoding="utf-8")
    events = article_events(tmp_path, "2023-10-05", BODY, load_config(path, required=True))
    dates = {e.date for e in events}
    assert "2018-03" in dates
    # near miss: a bare plural that is no topic term ("Prices") stays off topic
    assert "2020-06" not in dates
