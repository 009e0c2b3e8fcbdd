"""A story that opens with its history ("The programme dates back to 2015, when …") puts its
news lead, with no date of its own, in the next paragraph: the lead convention dates it (issue
9, real article 618).  Invented wire copy."""

from __future__ import annotations

from one_article import article_events as _events

LEAD = ("Iranian and Russian officials have held talks in Tehran to speed up the radar "
        "programme, the agency reports.")


def _dates(tmp_path, opening):
    return sorted(e.date for e in _events(tmp_path, "2019-05-01", f"{opening}\n\n{LEAD}"))


def test_the_lead_after_a_history_opening_is_the_news_of_the_day(tmp_path):
    opening = ("The radar programme dates back to 2015, when Iran and Russia agreed to build "
               "early-warning radars together.")
    assert _dates(tmp_path, opening) == ["2015", "2019-05-01"]


def test_an_opening_that_tells_no_history_keeps_the_lead_convention_to_itself(tmp_path):
    opening = "Iran and Russia agreed in 2015 to build early-warning radars together."
    assert _dates(tmp_path, opening) == ["2015"]


def test_background_after_a_history_opening_takes_no_lead_convention(tmp_path):
    opening = ("The radar programme dates back to 2015, when Iran and Russia agreed to build "
               "early-warning radars together.")
    background = ("Iran and Russia have worked closely on air defence for decades, and Russian "
                  "engineers have trained most of Iran's radar crews.")
    events = _events(tmp_path, "2019-05-01", f"{opening}\n\n{background}")
    assert sorted(e.date for e in events) == ["2015"]


def test_the_first_act_since_a_year_after_a_history_opening_is_the_news(tmp_path):
    opening = ("The corvette programme dates back to 2016, when Iran and Russia agreed to build "
               "patrol ships together.")
    lead = "Iran and Russia signed their first shipbuilding pact since 2018 in Moscow."
    events = _events(tmp_path, "2021-06-02", f"{opening}\n\n{lead}")
    assert sorted(e.date for e in events) == ["2016", "2021-06-02"]


def test_background_behind_an_opening_adverb_takes_no_lead_convention(tmp_path):
    opening = ("The corvette programme dates back to 2016, when Iran and Russia agreed to build "
               "patrol ships together.")
    background = "Meanwhile, Iran and Russia have traded naval know-how for years."
    events = _events(tmp_path, "2021-06-02", f"{opening}\n\n{background}")
    assert sorted(e.date for e in events) == ["2016"]
