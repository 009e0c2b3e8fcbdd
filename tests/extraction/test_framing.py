"""Sentences that frame the news ("The drills come amid closer ties …", "It comes after X
arrived …"): a backdrop's date dates no event, and the act after "comes after" is one
(issue 9, real articles 489–528).  Invented wire copy."""

from __future__ import annotations

import pytest
from one_article import article_events as _events

from chronology.extraction.framing import frame_link

LEAD = ("MOSCOW, July 25 (Reuters) - Russian and Iranian warships held joint drills in the Gulf "
        "of Oman on Wednesday, the Russian defence ministry said.\n\n")


def _dates(tmp_path, body, published="2024-07-25"):
    return sorted(e.date for e in _events(tmp_path, published, body))


@pytest.mark.parametrize("frame", [
    "The drills come amid closer ties between Russia and Iran, especially since Western "
    "sanctions were imposed on Moscow following its invasion of Ukraine in February 2022.",
    "The exercise comes as Tehran edges closer to Moscow through military and other ties, "
    "following Iran's isolation last year by Western powers.",
])
def test_a_backdrop_date_in_a_framing_sentence_dates_nothing(tmp_path, frame):
    assert _dates(tmp_path, LEAD + frame) == ["2024-07-24"]


def test_comes_after_a_clause_tells_that_act(tmp_path):
    body = ("TEHRAN, Dec 16 (IRNA) - Iran and Russia agreed on Monday to expand their military "
            "cooperation, the defence ministry said.\n\nIt comes after Russian Defence Minister "
            "Sergei Shoigu arrived in Tehran on Sunday evening on an official visit to Iran, "
            "his first foreign trip since his reappointment in September.")
    assert _dates(tmp_path, body, "2024-12-16") == ["2024-12-15", "2024-12-16"]


def test_a_deal_signed_after_the_link_is_still_an_act(tmp_path):
    body = LEAD + ("The drills came after a defence cooperation deal between Russia and Iran "
                   "signed in February, the ministry said.")
    assert "2024-02" in _dates(tmp_path, body)


@pytest.mark.parametrize(("sentence", "link"), [
    ("The contract comes as Tehran edges closer to Moscow.", "as"),
    ("Despite this, the joint patrol comes amid closer ties.", "amid"),
    ("July 24's flights came days after Moscow said so.", "after"),
    ("The deal, which came after months of talks, was signed on Monday.", None),
    ("The minister said the deal comes as ties grow.", None),
])
def test_frame_link(sentence, link):
    found = frame_link(sentence)
    assert (found.group("link") if found else None) == link


def test_a_dated_subject_framed_by_a_third_country_s_act_is_the_story_s_event(tmp_path):
    body = ("Russian and Iranian jets staged a joint patrol over the Caspian Sea, but Moscow and "
            "Tehran stressed it was not aimed at any third party.\n\nJuly 24's flights, with "
            "long-range bombers, came days after Moscow said the United States sent its own "
            "bombers close to Russian airspace.")
    events = {e.date: e for e in _events(tmp_path, "2024-07-25", body)}
    assert "2024-07-24" in events
    flights = events["2024-07-24"]
    assert flights.title.startswith("Russian and Iranian jets stage joint patrol")
    assert "July 24's flights" in flights.sources[0].quote


def test_a_third_country_s_act_after_comes_after_stays_off_topic(tmp_path):
    body = LEAD + ("The drills came days after the United States and Britain held naval exercises "
                   "in the Arabian Sea on Monday.")
    assert _dates(tmp_path, body) == ["2024-07-24"]


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("It came as Russian warships arrived in Bandar Abbas on Sunday for a four-day port call.",
     "2024-07-21", "Russian warships arrive in Bandar Abbas"),
    ("The drills come after Iran paid Russia for the Su-35 jets in March, the agency reported.",
     "2024-03", "Iran pays Russia for Su-35 jets"),
])
def test_the_act_after_comes_after_or_as_heads_its_event(tmp_path, sentence, date, title):
    events = {e.date: e.title for e in _events(tmp_path, "2024-07-25", LEAD + sentence)}
    assert events[date].startswith(title)


def test_a_date_of_a_followed_act_of_another_country_dates_nothing(tmp_path):
    body = LEAD + ("Lavrov called it the largest drill in years, and it follows a naval deal "
                   "signed by Iran on July 3 to buy four Chinese frigates.")
    assert _dates(tmp_path, body) == ["2024-07-24"]


def test_a_date_of_a_followed_act_of_the_two_sides_still_dates_it(tmp_path):
    body = LEAD + ("Lavrov called it the largest drill in years, and it follows a naval deal "
                   "signed by Iran and Russia on July 3 to hold more of them.")
    assert _dates(tmp_path, body) == ["2024-07-03", "2024-07-24"]


@pytest.mark.parametrize("followed", [
    "a naval deal signed by Iran's navy chief with Chinese officials in Tehran on July 3",
    "talks held by Iran's navy chief with Chinese officials in Beijing on July 3",
])
def test_a_longer_agent_phrase_of_another_country_s_followed_act_dates_nothing(tmp_path,
                                                                               followed):
    body = LEAD + f"Lavrov called it the largest drill in years, and it follows {followed}."
    assert _dates(tmp_path, body) == ["2024-07-24"]


@pytest.mark.parametrize("followed", [
    "a naval deal signed by Iran and Russia in Moscow in the presence of Belarusian envoys on "
    "July 3",
    "talks held by Russian and Iranian admirals on the sidelines of an Indian naval forum in "
    "Goa on July 3",
])
def test_a_followed_act_of_both_sides_that_names_a_third_country_still_dates_it(tmp_path,
                                                                                followed):
    body = LEAD + f"Lavrov called it the largest drill in years, and it follows {followed}."
    assert _dates(tmp_path, body) == ["2024-07-03", "2024-07-24"]
