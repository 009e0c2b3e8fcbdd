"""An arms maker of one home country names that country's side of the topic: a sentence in
which one side chooses or buys the maker's product tells an act between the two sides, though
it names the other country by no name of the topic (``en.ARMS_MAKER_HOMES``). A maker of a
third country names no side. Invented wire copy."""

from __future__ import annotations

from one_article import article_events

from chronology.config import Topic
from chronology.extraction.relevance import match_topic


def _dates(tmp_path, published, body):
    return sorted(e.date for e in article_events(tmp_path, published, body))


def test_a_maker_of_the_other_side_makes_the_choice_an_event(tmp_path):
    body = "Iran picked a Kamov design for its new helicopters on Monday, officials in Tehran said."
    assert _dates(tmp_path, "2023-03-08", body) == ["2023-03-06"]


def test_a_maker_of_a_third_country_names_no_side(tmp_path):
    body = "Iran picked an Embraer design for its new airliners on Monday, officials in Tehran said."
    assert _dates(tmp_path, "2023-03-08", body) == []


def test_a_maker_names_its_home_group():
    topic = Topic(actors={"Japan": ("Japan", "Tokyo"), "Australia": ("Australia", "Canberra")},
                  terms=("treaty",))
    found = match_topic("Australia chose Mitsubishi Heavy Industries' frigate design.", topic)
    assert found.groups == {"Japan", "Australia"} and found.relevant
    assert match_topic("Australia chose a frigate design.", topic).groups == {"Australia"}


def test_the_list_is_general_not_the_set_s_makers():
    """The large makers of one home country are in the list, not only those of the articles
    measured (reviewer rv19b): a Spanish and a Norwegian yard name their country."""
    topic = Topic(actors={"Spain": ("Spain", "Madrid"), "Norway": ("Norway", "Oslo"),
                          "Turkey": ("Turkey", "Ankara")}, terms=("frigate",))
    assert match_topic("Turkey chose a Navantia frigate design.", topic).groups == {"Spain", "Turkey"}
    assert match_topic("Turkey chose a Kongsberg frigate radar.", topic).groups == {"Norway", "Turkey"}
