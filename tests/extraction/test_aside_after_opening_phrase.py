"""A participle aside set off by dashes after a main clause that itself follows an
introduction with no verb ("In <noun phrase>, <main clause> – the <things> X and Y, <participle>
in <month> <year> – …") dates the things it names, not the act of the sentence: the main
clause is looked for after the introduction, not in it.  Invented wire copy (issue 9, round
en21)."""

from __future__ import annotations

from one_article import article_events as _events

LEAD = ("MOSCOW, March 3 (Example Wire) - Iran is close to buying two corvettes from Russia, "
        "officials said on Tuesday.\n\n")


def test_an_aside_after_an_introduction_gives_no_event(tmp_path):
    body = LEAD + ("In the view of analysts, both hulls could come from the Russian fleet's "
                   "existing programme – the corvettes Aurora and Borea, completed in May 2019 "
                   "and June 2020 – so the sale to Iran might move fast.")
    assert sorted(e.date for e in _events(tmp_path, "2021-03-03", body)) == ["2021-03-02"]


def test_an_aside_after_a_plain_main_clause_still_gives_no_event(tmp_path):
    body = LEAD + ("Both hulls could come from the Russian fleet's existing programme – the "
                   "corvettes Aurora and Borea, completed in May 2019 – so Iran gets them soon.")
    assert sorted(e.date for e in _events(tmp_path, "2021-03-03", body)) == ["2021-03-02"]


def test_an_introduction_before_a_dated_act_keeps_its_date(tmp_path):
    body = LEAD + "Under the old accord, Russia handed a first corvette to Iran in May 2019."
    assert "2019-05" in {e.date for e in _events(tmp_path, "2021-03-03", body)}
