"""An arms maker names its home country's side only as a maker: a maker's name inside a
model's name (an aircraft type that fleets of any country fly) or a person's surname that is
a maker's name names no side. Invented wire copy."""

from __future__ import annotations

from one_article import article_events

from chronology.config import Topic
from chronology.extraction.relevance import match_topic

_TOPIC = Topic(actors={"Ukraine": ("Ukraine", "Kyiv"), "Chile": ("Chile", "Santiago")},
               terms=("treaty",))


def test_a_type_of_the_makers_home_flown_by_one_side_is_no_act_of_two(tmp_path):
    body = "An Iranian Ilyushin Il-76 cargo plane crashed near Tabriz on Monday, officials said."
    assert article_events(tmp_path, "2023-03-08", body) == []


def test_a_surname_that_is_a_makers_name_names_no_side():
    assert match_topic("Senator Pablo Antonov visited Santiago on Monday.", _TOPIC).groups == \
        {"Chile"}
    assert match_topic("Envoy Antonov met officials in Santiago.", _TOPIC).groups == {"Chile"}


def test_the_maker_itself_still_names_its_home():
    assert match_topic("Chile picked an Antonov design for its airlifters.", _TOPIC).groups == \
        {"Chile", "Ukraine"}
    assert match_topic("The Antonov offer reached Santiago.", _TOPIC).groups == \
        {"Chile", "Ukraine"}
