"""Dates that belong to something other than the sentence's act (issue 9 item 7): a season
with its year dates an act to that year; a lead's "deal signed in July" dates the deal, not
the lead's act (the wire convention dates that); a participle aside after an adverb
("…, also liberated … in November 2020") dates what it describes."""

from one_article import article_events

from chronology.dates.model import Mention
from chronology.extraction.dating import _season_as_year


def _dates(events):
    return sorted(e.date for e in events)


def test_a_season_with_its_year_dates_an_act_to_that_year(tmp_path):
    body = ("Navies Drill\n\nIran and Russia held their first joint naval drill in the Caspian "
            "Sea in the summer of 2019, the Iranian navy said in a statement.")
    events = article_events(tmp_path, "2024-03-10", body)
    assert [e.date for e in events] == ["2019"]


def test_a_winter_is_approximate_and_a_relative_season_is_left():
    winter = Mention(0, 11, "winter 2014", "2014-WI", "season", "season", "")
    assert (_season_as_year(winter).value, _season_as_year(winter).approximate) == ("2014", True)
    last = Mention(0, 11, "last spring", "2015-SP", "season", "season", "")
    assert _season_as_year(last).value == "2015-SP"


def test_a_leads_act_is_not_dated_by_the_deal_it_names(tmp_path):
    body = ("Jets Arrive\n\nTEHRAN (Wire) — Iran's defence minister has taken delivery of the "
            "first batch of Russian jets, hailing the swift implementation of a deal signed in "
            "July despite Western sanctions.")
    events = article_events(tmp_path, "2024-12-06", body)
    assert _dates(events) == ["2024-12-06"]


def test_a_participle_aside_after_an_adverb_dates_what_it_describes(tmp_path):
    body = ("Ministers Meet\n\nIran and Russia signed a naval agreement on Tuesday.\n\n"
            "Iran's defence minister met his Russian counterpart in the port of Astrakhan, also "
            "rebuilt after a great flood in November 2020, and the two toured its shipyard.")
    events = article_events(tmp_path, "2024-12-06", body)
    assert "2020-11" not in _dates(events)
