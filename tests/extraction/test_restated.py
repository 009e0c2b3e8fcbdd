"""A headline and standfirst run into the story's first line, and the body tells that
standfirst sentence again: one event, from the sentence told cleanly (issue 9, real articles
489–528).  Invented copy in the style of an Indian news site."""

from __future__ import annotations

from one_article import article_events as _events

RUN_IN = ("Iran gets second Russian-built frigate; commissioning event held in Bandar Abbas Iran "
          "signed a deal with Russia in 2018 for the construction of four frigates under a "
          "transfer of technology agreement.\n\n")
BODY = ("The Iranian navy formally inducted its second Russian-built frigate on Sunday during a "
        "ceremony in Bandar Abbas, state media reported.\n\n")
AGAIN = ("Notably, Iran signed a deal with Russia in 2018 for the construction of four frigates "
         "under a transfer of technology agreement.")


def test_a_run_in_standfirst_told_again_gives_one_event(tmp_path):
    events = _events(tmp_path, "2025-12-22", RUN_IN + BODY + AGAIN)
    deals = [e for e in events if e.date == "2018"]
    assert len(deals) == 1
    assert deals[0].title.startswith("Iran signs deal with Russia")


def test_two_different_sentences_of_one_year_stay_two_events(tmp_path):
    other = ("Russia delivered the first of the four frigates to Iran in 2018 at a ceremony in "
             "Saint Petersburg attended by both navies.")
    events = _events(tmp_path, "2025-12-22", BODY + AGAIN + "\n\n" + other)
    assert len([e for e in events if e.date == "2018"]) == 2
